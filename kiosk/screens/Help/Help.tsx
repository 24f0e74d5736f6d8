import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';

/** How to use the kiosk: touch, keys, privacy, asking staff. */
export function Help() {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.helpTitle} screenKey="help">
      <p class="lead">{strings.helpIntro}</p>
      <section aria-labelledby="help-touch">
        <h2 id="help-touch">{strings.helpTouchTitle}</h2>
        <p>{strings.helpTouch}</p>
      </section>
      <section aria-labelledby="help-keys">
        <h2 id="help-keys">{strings.helpKeysTitle}</h2>
        <dl class="key-list">
          {strings.helpKeys.map(([key, action]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="help-privacy">
        <h2 id="help-privacy">{strings.helpPrivacyTitle}</h2>
        <p>{strings.helpPrivacy}</p>
      </section>
      <section aria-labelledby="help-staff">
        <h2 id="help-staff">{strings.helpStaffTitle}</h2>
        <p>{strings.helpStaff}</p>
      </section>
    </ScreenLayout>
  );
}
