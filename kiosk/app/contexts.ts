import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Pack } from '../../content/model/pack.ts';
import type { Services } from '../services.ts';
import { DEFAULT_SETTINGS, type VisitorSettings } from './settings.ts';

/** The content as the screens see it. */
export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; pack: Pack }
  | { status: 'failed'; detail: string };

/** Content plus the one way to replace it (after a successful pack import). */
export interface ContentContextValue {
  content: ContentState;
  replacePack(pack: Pack): void;
  reload(): void;
}

/** The active content. */
export const ContentContext = createContext<ContentContextValue>({
  content: { status: 'loading' },
  replacePack: () => undefined,
  reload: () => undefined,
});

/** The visitor's settings and how to change them. */
export const SettingsContext = createContext<{ settings: VisitorSettings; update(change: Partial<VisitorSettings>): void }>({
  settings: DEFAULT_SETTINGS,
  update: () => undefined,
});

/** The services built by the composition root. */
export const ServicesContext = createContext<Services | undefined>(undefined);

/** The active content and its controls. */
export function useContent(): ContentContextValue {
  return useContext(ContentContext);
}

/** The visitor's settings. */
export function useSettings() {
  return useContext(SettingsContext);
}

/** The kiosk's services (throws outside the app: a programming error). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs <ServicesContext.Provider> (rendered by App)');
  return services;
}
