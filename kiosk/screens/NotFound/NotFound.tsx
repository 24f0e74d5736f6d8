import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { routeHref } from '../../routing/routes.ts';

/** An unknown address: a plain message and the way home (no dead end). */
export function NotFound({ path }: { path: string }) {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.notFoundTitle} screenKey={`not-found:${path}`}>
      <p class="lead">{strings.notFoundBody}</p>
      <p>
        <a class="button" href={routeHref({ name: 'home' })}>
          {strings.home}
        </a>
      </p>
    </ScreenLayout>
  );
}
