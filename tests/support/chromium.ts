import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (installed by scripts/ensure-chromium.mjs before tests and benchmarks run). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags measured on this machine kind (../shared/PLATFORM.md): without the background-networking ones
 * Chromium keeps trying to reach Google's hosts, which this closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium with a fresh, empty profile (so IndexedDB and service workers start clean). */
export interface FreshBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Chromium with a new profile directory, removed again on close. */
export async function launchFreshChromium(options: { viewport?: { width: number; height: number }; extraArgs?: string[] } = {}): Promise<FreshBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'jurubaca-chromium-'));
  // launchPersistentContext: passing --user-data-dir to launch() throws (PLATFORM.md).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1080, height: 1920 },
    locale: 'id-ID',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
