// The composition root: the one place that builds real adapters (ARCHITECTURE.md). Tests and later
// issues swap adapters here, never inside screens.
import { IdbContentStore } from '../content/store/idb-content-store.web.ts';
import { MemoryContentStore, type ContentStore } from '../content/store/content-store.ts';
import { createSpeechServices, type SpeechServices } from './speech-services.ts';

/** Everything the screens need from the outside world. */
export interface Services {
  contentStore: ContentStore;
  /** Fetches the sample pack bundled with this build (precached with the app). */
  fetchBundledPack(): Promise<string>;
  /** The one owner of speech. */
  speech: SpeechServices;
}

/** Where the build puts the bundled sample pack (public/packs). */
export const BUNDLED_PACK_URL = `${import.meta.env.BASE_URL}packs/sample.pack.json`;

/** Builds the real services for the kiosk in this browser. */
export function createServices(): Services {
  return {
    // Without IndexedDB (some private modes) the kiosk still works for the visit; nothing is stored.
    contentStore: typeof indexedDB === 'undefined' ? new MemoryContentStore() : new IdbContentStore(),
    speech: createSpeechServices(),
    async fetchBundledPack() {
      const response = await fetch(BUNDLED_PACK_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${BUNDLED_PACK_URL}`);
      return response.text();
    },
  };
}
