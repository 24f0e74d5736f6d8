import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { Tiles } from '../../components/Tiles.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { routeHref } from '../../routing/routes.ts';

/** The home screen: large tiles for everything the kiosk does. */
export function Home() {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.homeTitle} screenKey="home" isHome>
      <p class="lead">{strings.homeIntro}</p>
      <Tiles
        tiles={[
          { href: routeHref({ name: 'programs' }), title: strings.tilePrograms, hint: strings.tileProgramsHint, icon: <Icon name="programs" /> },
          { href: routeHref({ name: 'finder' }), title: strings.tileFinder, hint: strings.tileFinderHint, icon: <Icon name="finder" /> },
          { href: routeHref({ name: 'regulations' }), title: strings.tileRegulations, hint: strings.tileRegulationsHint, icon: <Icon name="regulations" /> },
          { href: routeHref({ name: 'search', query: '' }), title: strings.tileSearch, hint: strings.tileSearchHint, icon: <Icon name="search" /> },
          { href: routeHref({ name: 'notices' }), title: strings.tileNotices, hint: strings.tileNoticesHint, icon: <Icon name="notices" /> },
          { href: routeHref({ name: 'scan' }), title: strings.tileScan, hint: strings.tileScanHint, icon: <Icon name="scan" /> },
          { href: routeHref({ name: 'settings' }), title: strings.tileSettings, hint: strings.tileSettingsHint, icon: <Icon name="settings" /> },
          { href: routeHref({ name: 'help' }), title: strings.tileHelp, hint: strings.tileHelpHint, icon: <Icon name="help" /> },
        ]}
      />
    </ScreenLayout>
  );
}
