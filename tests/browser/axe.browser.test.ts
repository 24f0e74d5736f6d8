import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { describeAxeProblems, runAxe } from './support/axe.ts';
import type { TextSize, Theme } from '../../kiosk/app/settings.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// Every screen must pass axe-core with zero violations (wcag2a/aa, wcag21aa, wcag22aa, best-practice, with
// target-size enabled): every theme in both languages, and large text sizes. The colour table itself is
// checked exhaustively in tests/unit/themes; here axe checks what is actually rendered.

let browser: FreshBrowser;
let page: Page;

/** A screen to audit; some need steps after arriving (finder results, a search with results). */
interface Screen {
  name: string;
  hash: string;
  after?: (page: Page) => Promise<void>;
}

/** Every screen and state. */
const SCREENS: Screen[] = [
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

/** Sets language, theme and text size through the settings screen, as a visitor would. */
async function choose(language: 'id' | 'en', theme: Theme, textSize: TextSize = 100) {
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await page.locator(`input[name="theme"][value="${theme}"]`).check();
  await page.locator(`input[name="text-size"][value="${textSize}"]`).check();
  await page.waitForFunction(
    ([lang, name, scale]) => document.documentElement.lang === lang && document.documentElement.dataset.theme === name && document.documentElement.style.getPropertyValue('--text-scale') === scale,
    [language, theme, String(textSize / 100)] as const,
  );
}

/** Opens a screen, runs its extra steps and expects axe to find nothing. */
async function expectNoViolations({ hash, after }: Screen) {
  await page.evaluate((target) => (location.hash = target), hash);
  await waitForContent(page);
  await page.waitForFunction((target) => location.hash === target || (target === '#/' && location.hash === ''), hash);
  await after?.(page);
  const problems = await runAxe(page);
  expect(problems, describeAxeProblems(problems)).toEqual([]);
}

// Every screen in every theme at every text size the issue names (100, 200, 400%), in Indonesian: layout
// changes with size (target size, overlap, reflow) and colour pairs change with theme.
const THEME_NAMES = ['standard', 'yellow-on-black', 'white-on-black', 'black-on-white'] as const;
describe.each(THEME_NAMES.flatMap((theme) => ([100, 200, 400] as const).map((size) => [theme, size] as const)))('axe in Indonesian, theme %s, text size %i%%', (theme, textSize) => {
  beforeAll(() => choose('id', theme, textSize));

  it.each(SCREENS)('$name has no violations', expectNoViolations);
});

// English changes every string (lengths, lang attributes): every screen in every theme.
describe.each(THEME_NAMES)('axe in English, theme %s', (theme) => {
  beforeAll(() => choose('en', theme));

  it.each(SCREENS)('$name has no violations', expectNoViolations);
});
