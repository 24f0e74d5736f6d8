import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// Every control a visitor can touch is at least 48 × 48 CSS pixels (radio buttons through their whole
// label), on a portrait and a landscape kiosk screen, at normal, large and the largest text size (400%).
// At every size the page reflows (WCAG 1.4.10): nothing scrolls sideways and nothing is clipped.

let browser: FreshBrowser;
let page: Page;

/** The kiosk's screen, upright and on its side. */
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

const SCREENS = ['#/', '#/programs', '#/program/pkh', '#/regulations', '#/regulation/uu-2011-13', '#/notices', '#/search?q=sekolah', '#/finder', '#/settings', '#/help', '#/scan'];

beforeAll(async () => {
  browser = await launchFreshChromium({ viewport: PORTRAIT });
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

/**
 * Elements that hide part of their content: overflow hidden or clip, and content wider than the box.
 * The visually-hidden live regions are hidden on purpose; text fields scroll their own text.
 */
async function clippedElements(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => !element.closest('.visually-hidden') && !element.matches('input, textarea, select') && element.getClientRects().length > 0)
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
        return (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} “${(element.textContent ?? '').trim().slice(0, 40)}” ${element.scrollWidth}>${element.clientWidth}`),
  );
}

/** Opens a screen and waits until its content is there. */
async function open(hash: string): Promise<void> {
  await page.evaluate((target) => (location.hash = target), hash);
  await waitForContent(page);
  await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Menyiapkan'));
}

describe.each([
  ['portrait 1080×1920', PORTRAIT, [100, 300, 400]],
  ['landscape 1920×1080', LANDSCAPE, [100, 400]],
] as const)('on a %s screen', (_name, viewport, sizes) => {
  beforeAll(() => page.setViewportSize(viewport));

  describe.each(sizes)('at text size %i%%', (size) => {
    beforeAll(async () => {
      await page.evaluate(() => (location.hash = '#/settings'));
      await page.locator(`input[name="text-size"][value="${size}"]`).check();
      await page.waitForFunction((scale) => document.documentElement.style.getPropertyValue('--text-scale') === scale, String(size / 100));
    });

    it.each(SCREENS)('every control on %s is at least 48 px in both directions', async (hash) => {
      await open(hash);
      expect(await smallControls()).toEqual([]);
    });

    it.each(SCREENS)('nothing on %s scrolls sideways or is clipped', async (hash) => {
      await open(hash);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, `the page is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
      expect(await clippedElements()).toEqual([]);
    });
  });
});
