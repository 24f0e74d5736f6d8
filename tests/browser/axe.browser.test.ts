import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { describeAxeProblems, runAxe } from './support/axe.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// Every screen, in both languages and both themes, must pass axe-core with zero violations
// (wcag2a/aa, wcag21aa, wcag22aa, best-practice, with target-size enabled).

let browser: FreshBrowser;
let page: Page;

/** The screens to audit; some need steps after arriving (finder results, a search with results). */
const SCREENS: Array<{ name: string; hash: string; after?: (page: Page) => Promise<void> }> = [
  { name: 'home', hash: '#/' },
  { name: 'programs', hash: '#/programs' },
  { name: 'program card', hash: '#/program/pkh' },
  { name: 'regulations', hash: '#/regulations' },
  { name: 'regulation with contents', hash: '#/regulation/uu-2016-8' },
  { name: 'library notices', hash: '#/notices' },
  { name: 'search (empty)', hash: '#/search' },
  { name: 'search with results', hash: '#/search?q=bansos%20lansia', after: (page) => page.locator('.result-why').first().waitFor() },
  {
    name: 'search with an empty-query error',
    hash: '#/search',
    after: async (page) => {
      await page.locator('form[role="search"] button[type="submit"]').click();
      await page.locator('#search-error').waitFor();
    },
  },
  { name: 'finder question', hash: '#/finder' },
  {
    name: 'finder results',
    hash: '#/finder',
    after: async (page) => {
      const skip = page.locator('.finder-step .button-secondary').first();
      while (await skip.isVisible()) await skip.click();
      await page.locator('#finder-results').waitFor();
    },
  },
  { name: 'settings', hash: '#/settings' },
  {
    name: 'settings with a refused pack',
    hash: '#/settings',
    after: async (page) => {
      await page.locator('#pack-file').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"jurubaca-pack","formatVersion":1,"items":[{"kind":"program"}]}') });
      await page.locator('.message-error').waitFor();
    },
  },
  { name: 'help', hash: '#/help' },
  { name: 'scan (placeholder)', hash: '#/scan' },
  { name: 'unknown address', hash: '#/nowhere' },
  { name: 'unknown program', hash: '#/program/does-not-exist' },
];

beforeAll(async () => {
  browser = await launchFreshChromium();
  page = await openKiosk(browser.context);
  await waitForContent(page);
});

afterAll(async () => {
  await browser?.close();
});

/** Sets language and theme through the settings screen, as a visitor would. */
async function chooseLanguageAndTheme(language: 'id' | 'en', theme: 'standard' | 'high-contrast') {
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await page.locator(`input[name="theme"][value="${theme}"]`).check();
  await page.waitForFunction(([lang, name]) => document.documentElement.lang === lang && document.documentElement.dataset.theme === name, [language, theme] as const);
}

describe.each([
  ['id', 'standard'],
  ['id', 'high-contrast'],
  ['en', 'standard'],
  ['en', 'high-contrast'],
] as const)('axe in language %s, theme %s', (language, theme) => {
  beforeAll(() => chooseLanguageAndTheme(language, theme));

  it.each(SCREENS)('$name has no violations', async ({ hash, after }) => {
    await page.evaluate((target) => (location.hash = target), hash);
    await waitForContent(page);
    await page.waitForFunction((target) => location.hash === target || (target === '#/' && location.hash === ''), hash);
    await after?.(page);
    const problems = await runAxe(page);
    expect(problems, describeAxeProblems(problems)).toEqual([]);
  });
});
