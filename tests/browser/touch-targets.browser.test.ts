import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// Every control a visitor can touch is at least 48 × 48 CSS pixels (radio buttons through their whole
// label), on a portrait kiosk screen, at normal and at the largest text size.

let browser: FreshBrowser;
let page: Page;

const SCREENS = ['#/', '#/programs', '#/program/pkh', '#/regulations', '#/regulation/uu-2011-13', '#/notices', '#/search?q=sekolah', '#/finder', '#/settings', '#/help', '#/scan'];

beforeAll(async () => {
  browser = await launchFreshChromium({ viewport: { width: 1080, height: 1920 } });
  page = await openKiosk(browser.context);
  await waitForContent(page);
});

afterAll(async () => {
  await browser?.close();
});

/** Controls smaller than 48 px in either direction, described for the failure message. */
async function smallControls(): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="radio"]), select, textarea, label.choice');
    return [...controls]
      .filter((control) => control.getClientRects().length > 0 && !control.classList.contains('skip-link'))
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(({ control, box }) => `${control.tagName.toLowerCase()} “${(control.textContent ?? '').trim().slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
  });
}

describe.each([100, 300])('touch targets at text size %i%%', (size) => {
  beforeAll(async () => {
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.locator(`input[name="text-size"][value="${size}"]`).check();
  });

  it.each(SCREENS)('every control on %s is at least 48 px in both directions', async (hash) => {
    await page.evaluate((target) => (location.hash = target), hash);
    await waitForContent(page);
    await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Menyiapkan'));
    expect(await smallControls()).toEqual([]);
  });

  it.each(SCREENS)('nothing on %s scrolls sideways', async (hash) => {
    await page.evaluate((target) => (location.hash = target), hash);
    await waitForContent(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
