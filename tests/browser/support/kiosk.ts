import { inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';

/** The address of the built kiosk served by the browser project's global setup. */
export function kioskUrl(hash = ''): string {
  return `${inject('baseUrl')}${hash}`;
}

/** Opens the kiosk at a hash route and waits until its content has loaded (or failed to load). */
export async function openKiosk(context: BrowserContext, hash = '#/'): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught error in the kiosk page: ${error.message}`);
  });
  await page.goto(kioskUrl(hash));
  await page.locator('h1').first().waitFor();
  return page;
}

/** Waits until no "loading" status is shown. */
export async function waitForContent(page: Page): Promise<void> {
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((element) => /Memuat konten|Loading content/.test(element.textContent ?? '')));
}

/** The accessible name of the focused element (what a screen reader would say first). */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses a key until the focused element's name matches, or fails after `limit` presses. */
export async function pressUntilFocused(page: Page, key: string, name: RegExp, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`After ${limit} presses of ${key}, focus never reached ${name} (last: "${await focusedName(page)}")`);
}

/** Waits until a screen with this title is shown and its heading has focus (arrival is complete). */
export async function waitForScreen(page: Page, title: string | RegExp): Promise<void> {
  const pattern = typeof title === 'string' ? `^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : title.source;
  await page.waitForFunction(
    (source) => {
      const heading = document.querySelector('h1');
      return !!heading && new RegExp(source, 'i').test(heading.textContent ?? '') && document.activeElement === heading;
    },
    pattern,
  );
}
