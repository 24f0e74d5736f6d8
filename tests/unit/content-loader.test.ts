import { describe, expect, it } from 'vitest';
import { MemoryContentStore } from '../../content/store/content-store.ts';
import { importPackFile, loadInitialContent, MAX_PACK_BYTES } from '../../kiosk/content/content-loader.ts';
import { minimalPack } from '../fixtures/minimal-pack.ts';

const bundled = () => Promise.resolve(JSON.stringify({ ...minimalPack(), packVersion: 'bundled' }));

describe('loadInitialContent', () => {
  it('uses the bundled pack on first start and stores it', async () => {
    const store = new MemoryContentStore();
    const result = await loadInitialContent({ store, fetchBundledPack: bundled });
    expect(result).toMatchObject({ ok: true, origin: 'bundled', pack: { packVersion: 'bundled' } });
    expect(await store.loadActivePack()).toMatchObject({ packVersion: 'bundled' });
  });

  it('prefers the stored pack staff installed', async () => {
    const store = new MemoryContentStore({ ...minimalPack(), packVersion: 'staff' });
    const result = await loadInitialContent({ store, fetchBundledPack: bundled });
    expect(result).toMatchObject({ ok: true, origin: 'stored', pack: { packVersion: 'staff' } });
  });

  it('falls back to the bundled pack when the stored one no longer validates', async () => {
    const store = new MemoryContentStore({ format: 'jurubaca-pack', formatVersion: 1, items: 'broken' });
    const result = await loadInitialContent({ store, fetchBundledPack: bundled });
    expect(result).toMatchObject({ ok: true, origin: 'bundled' });
    // The broken pack is kept as "previous", so staff can still recover its content.
    expect(store.previous).toMatchObject({ items: 'broken' });
  });

  it('reports why when neither a stored nor a bundled pack is usable', async () => {
    const result = await loadInitialContent({ store: new MemoryContentStore(), fetchBundledPack: () => Promise.reject(new Error('offline')) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.detail).toContain('offline');
  });
});

describe('importPackFile', () => {
  it('installs a valid pack and keeps the old one as previous', async () => {
    const store = new MemoryContentStore({ ...minimalPack(), packVersion: 'old' });
    const result = await importPackFile(new Blob([JSON.stringify({ ...minimalPack(), packVersion: 'new' })]), store);
    expect(result).toMatchObject({ ok: true, pack: { packVersion: 'new' } });
    expect(await store.loadActivePack()).toMatchObject({ packVersion: 'new' });
    expect(store.previous).toMatchObject({ packVersion: 'old' });
  });

  it('refuses an invalid pack and leaves the active pack untouched', async () => {
    const store = new MemoryContentStore({ ...minimalPack(), packVersion: 'old' });
    const broken = { ...minimalPack(), items: [{ ...minimalPack().items[0], name: { id: '' } }] };
    const result = await importPackFile(new Blob([JSON.stringify(broken)]), store);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', problems: [expect.objectContaining({ itemId: 'contoh-program', field: 'name.id' })] });
    expect(await store.loadActivePack()).toMatchObject({ packVersion: 'old' });
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const huge = { size: MAX_PACK_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await importPackFile(huge, new MemoryContentStore())).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports a store that cannot save, and says the old content stays', async () => {
    const store = new MemoryContentStore();
    store.saveActivePack = () => Promise.reject(new Error('QuotaExceededError'));
    const result = await importPackFile(new Blob([JSON.stringify(minimalPack())]), store);
    expect(result).toMatchObject({ ok: false, reason: 'save-failed' });
  });
});
