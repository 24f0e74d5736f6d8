import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';

/** Placeholder until the scan issue: says plainly that scanning is coming and who can help now. */
export function Scan() {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.scanTitle} screenKey="scan">
      <p class="lead">{strings.scanComingSoon}</p>
    </ScreenLayout>
  );
}
