import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Pack } from '../model/pack.ts';
import type { ContentStore } from './content-store.ts';

/** Database name and version: bump the version with a migration when the layout changes. */
const DB_NAME = 'jurubaca-content';
const DB_VERSION = 1;

interface ContentDb extends DBSchema {
  packs: { key: 'active' | 'previous'; value: unknown };
}

/** The kiosk's content store in IndexedDB (the only file that touches indexedDB for content). */
export class IdbContentStore implements ContentStore {
  #db: Promise<IDBPDatabase<ContentDb>> | undefined;

  async loadActivePack(): Promise<unknown> {
    const db = await this.#open();
    return db.get('packs', 'active');
  }

  async saveActivePack(pack: Pack): Promise<void> {
    const db = await this.#open();
    // One transaction: either the new pack is active and the old one kept as previous, or nothing changed.
    // Strict durability: a power cut right after "saved" must not lose the pack (Chromium defaults to relaxed).
    const transaction = db.transaction('packs', 'readwrite', { durability: 'strict' });
    const current = await transaction.store.get('active');
    if (current !== undefined) await transaction.store.put(current, 'previous');
    await transaction.store.put(pack, 'active');
    await transaction.done;
  }

  #open(): Promise<IDBPDatabase<ContentDb>> {
    this.#db ??= openDB<ContentDb>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('packs');
      },
    });
    return this.#db;
  }
}
