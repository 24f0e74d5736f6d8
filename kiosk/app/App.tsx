import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { CATALOGUES, StringsContext } from '../i18n/strings.ts';
import type { Route } from '../routing/routes.ts';
import { Finder } from '../screens/Finder/Finder.tsx';
import { Help } from '../screens/Help/Help.tsx';
import { Home } from '../screens/Home/Home.tsx';
import { NotFound } from '../screens/NotFound/NotFound.tsx';
import { Notices } from '../screens/Notices/Notices.tsx';
import { Program } from '../screens/Program/Program.tsx';
import { Programs } from '../screens/Programs/Programs.tsx';
import { Regulation } from '../screens/Regulation/Regulation.tsx';
import { Regulations } from '../screens/Regulations/Regulations.tsx';
import { Scan } from '../screens/Scan/Scan.tsx';
import { Search } from '../screens/Search/Search.tsx';
import { Settings } from '../screens/Settings/Settings.tsx';
import { ReadingRuler } from '../components/ReadingRuler.tsx';
import type { Services } from '../services.ts';
import { applyTheme } from './apply-theme.ts';
import { installArrowNavigation } from './arrow-navigation.ts';
import { ContentContext, ServicesContext, SettingsContext } from './contexts.ts';
import { goBack, useRoute } from './navigation.ts';
import { DEFAULT_SETTINGS, type VisitorSettings } from './settings.ts';
import { useContentLoader } from './use-content-loader.ts';

/** The screen for a route. */
function ScreenFor({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'programs':
      return <Programs />;
    case 'program':
      return <Program id={route.id} />;
    case 'regulations':
      return <Regulations />;
    case 'regulation':
      return <Regulation id={route.id} />;
    case 'notices':
      return <Notices />;
    case 'search':
      return <Search query={route.query} />;
    case 'finder':
      return <Finder />;
    case 'settings':
      return <Settings />;
    case 'help':
      return <Help />;
    case 'scan':
      return <Scan />;
    case 'not-found':
      return <NotFound path={route.path} />;
  }
}

/** The kiosk app: visitor settings, content, strings and the current screen. */
export function App({ services }: { services: Services }) {
  const route = useRoute();
  const [settings, setSettings] = useState<VisitorSettings>(DEFAULT_SETTINGS);
  const update = useCallback((change: Partial<VisitorSettings>) => setSettings((current) => ({ ...current, ...change })), []);
  const settingsValue = useMemo(() => ({ settings, update }), [settings, update]);
  const content = useContentLoader(services);

  useEffect(() => installArrowNavigation(goBack), []);

  // Before paint: text in the new language must never be read with the old lang attribute, and a new
  // theme, size or spacing never flashes the old one. Everything is custom properties and data attributes
  // on <html>; the CSS only reads them.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = settings.language;
    applyTheme(root, settings.theme);
    root.style.setProperty('--text-scale', String(settings.textSize / 100));
    root.dataset.spacing = settings.spacing;
    root.dataset.ruler = String(settings.ruler);
    root.dataset.layout = settings.layout;
  }, [settings]);

  return (
    <ServicesContext.Provider value={services}>
      <SettingsContext.Provider value={settingsValue}>
        <StringsContext.Provider value={CATALOGUES[settings.language]}>
          <ContentContext.Provider value={content}>
            <ScreenFor route={route} />
            {settings.ruler > 0 && <ReadingRuler lines={settings.ruler} layoutKey={`${settings.textSize} ${settings.spacing}`} />}
          </ContentContext.Provider>
        </StringsContext.Provider>
      </SettingsContext.Provider>
    </ServicesContext.Provider>
  );
}
