// Loaded with a dynamic import after the home screen is painted: validation (zod) is not needed to show
// the home tiles, and keeping it out of the first bundle keeps the kiosk's first paint fast.
import type { Pack } from '../../content/model/pack.ts';
import { parsePackJson, validatePack, type PackProblem } from '../../content/pack/validate-pack.ts';
import type { ContentStore } from '../../content/store/content-store.ts';

/** The largest pack file staff may load: far above a real pack (a few MB), far below what hurts a kiosk. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;

/** What the kiosk needs to find its content. */
export interface ContentSources {
  store: ContentStore;
  /** Fetches the pack bundled with the kiosk build, as text. */
  fetchBundledPack(): Promise<string>;
}

/** Result of startup loading: the pack and where it came from, or why nothing could be loaded. */
export type InitialContent =
  | { ok: true; pack: Pack; origin: 'stored' | 'bundled' }
  | { ok: false; problems: PackProblem[] };

/**
 * The active pack at startup: the stored one if it is still valid, else the bundled sample (which is then
 * stored). A stored pack that no longer validates is left in place, so staff can still recover it.
 */
export async function loadInitialContent(sources: ContentSources): Promise<InitialContent> {
  const stored = await sources.store.loadActivePack().catch(() => undefined);
  if (stored !== undefined) {
    const result = validatePack(stored);
    if (result.ok) return { ok: true, pack: result.pack, origin: 'stored' };
  }
  let text: string;
  try {
    text = await sources.fetchBundledPack();
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', detail: `bundled pack unavailable: ${String(error)}` }] };
  }
  const bundled = parsePackJson(text);
  if (!bundled.ok) return bundled;
  // Storing is best effort at startup: the kiosk still shows the bundled pack if storage is full or blocked.
  await sources.store.saveActivePack(bundled.pack).catch(() => undefined);
  return { ok: true, pack: bundled.pack, origin: 'bundled' };
}

/** Why an imported pack file was not installed. */
export type ImportRefusal =
  | { reason: 'too-large'; maxBytes: number }
  | { reason: 'unreadable' }
  | { reason: 'invalid'; problems: PackProblem[] }
  | { reason: 'save-failed'; detail: string };

/** Validates a pack file and makes it active; on any refusal the current pack stays active. */
export async function importPackFile(
  file: Blob,
  store: ContentStore,
): Promise<{ ok: true; pack: Pack } | ({ ok: false } & ImportRefusal)> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, reason: 'too-large', maxBytes: MAX_PACK_BYTES };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const result = parsePackJson(text);
  if (!result.ok) return { ok: false, reason: 'invalid', problems: result.problems };
  try {
    await store.saveActivePack(result.pack);
  } catch (error) {
    return { ok: false, reason: 'save-failed', detail: String(error) };
  }
  return { ok: true, pack: result.pack };
}
