import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { describeAxeProblems, runAxe } from './support/axe.ts';
import { installFakeSpeech } from './support/fake-speech-synthesis.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// The braille-friendly layout: strictly linear (one thing per line, in reading order), no decorative glyphs,
// text no wider than a 40-cell braille display.

let browser: FreshBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchFreshChromium();
  await installFakeSpeech(browser.context);
  page = await openKiosk(browser.context, '#/settings');
  await waitForContent(page);
  await page.locator('input[name="layout"][value="linear"]').check();
  await page.waitForFunction(() => document.documentElement.dataset.layout === 'linear');
});

afterAll(async () => {
  await browser?.close();
});

describe('braille-friendly layout', () => {
  it.each(['#/', '#/programs', '#/program/pkh', '#/regulation/uu-2011-13', '#/search?q=sekolah', '#/settings'])('%s is one column in reading order, without icons, and passes axe', async (hash) => {
    await page.evaluate((target) => (location.hash = target), hash);
    await waitForContent(page);
    const layout = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('main a[href], main button')].filter((element) => element.getClientRects().length > 0);
      const tops = controls.map((element) => element.getBoundingClientRect().top);
      return {
        isOneColumn: tops.every((top, index) => index === 0 || top > tops[index - 1]!),
        visibleIcons: [...document.querySelectorAll('svg')].filter((svg) => svg.getClientRects().length > 0).length,
        hasSideScroll: document.documentElement.scrollWidth > window.innerWidth,
      };
    });
    expect(layout).toEqual({ isOneColumn: true, visibleIcons: 0, hasSideScroll: false });
    const problems = await runAxe(page);
    expect(problems, describeAxeProblems(problems)).toEqual([]);
  });

  it('keeps running text within about 40 characters per line', async () => {
    await page.evaluate(() => (location.hash = '#/program/pkh'));
    await waitForContent(page);
    const widest = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.textContent = 'x'.repeat(40);
      document.querySelector('main p')!.append(probe);
      const fortyChars = probe.getBoundingClientRect().width;
      probe.remove();
      const widths = [...document.querySelectorAll<HTMLElement>('main p, main li')].map((element) => element.getBoundingClientRect().width);
      return Math.max(...widths) / fortyChars;
    });
    expect(widest).toBeLessThanOrEqual(1.1);
  });
});
