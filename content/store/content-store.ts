import type { Pack } from '../model/pack.ts';

/**
 * Where the kiosk keeps its active content pack between restarts. One owner: only the composition root
 * builds a store. What it returns is re-validated by the caller: storage outlives kiosk versions.
 */
export interface ContentStore {
  /** The active pack as stored (not yet validated), or undefined when the kiosk has none. */
  loadActivePack(): Promise<unknown>;
  /** Makes `pack` the active one atomically; the previous active pack is kept as the fallback. */
  saveActivePack(pack: Pack): Promise<void>;
}

/** A store in memory: for Node tests and for a kiosk whose storage is unavailable. */
export class MemoryContentStore implements ContentStore {
  #active: unknown;
  #previous: unknown;

  /** Creates a store, optionally holding an active pack already. */
  constructor(initial?: unknown) {
    this.#active = initial;
  }

  async loadActivePack(): Promise<unknown> {
    return structuredCloneSafe(this.#active);
  }

  async saveActivePack(pack: Pack): Promise<void> {
    this.#previous = this.#active;
    this.#active = structuredCloneSafe(pack);
  }

  /** The pack that was active before the last save (for tests of "nothing lost"). */
  get previous(): unknown {
    return this.#previous;
  }
}

function structuredCloneSafe<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
