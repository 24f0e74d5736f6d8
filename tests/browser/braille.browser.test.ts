import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { describeAxeProblems, runAxe } from './support/axe.ts';
import { installFakeSpeech } from './support/fake-speech-synthesis.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// Braille for every document: an on-screen Unicode braille view and a BRF download for an embosser.

/** The 64 characters of North American ASCII braille (BRF), plus line and page breaks. */
const BRF_CHARACTERS = /^[ -_\r\n\f]*$/;

let browser: FreshBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchFreshChromium();
  await installFakeSpeech(browser.context);
  page = await openKiosk(browser.context, '#/regulation/uu-2011-13');
  await waitForContent(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('braille', () => {
  it('[view] shows the law in Unicode braille on screen, and hides it again', async () => {
    await page.getByRole('button', { name: 'Tampilkan braille di layar' }).click();
    const view = page.getByRole('region', { name: 'Teks dalam huruf braille (Unicode)' });
    await expect.poll(() => view.isVisible()).toBe(true);
    const text = (await view.textContent()) ?? '';
    expect(text.length).toBeGreaterThan(1000);
    expect(text.replace(/[\u2800-\u28ff\s\u00a0]/g, '')).toBe('');
    const problems = await runAxe(page);
    expect(problems, describeAxeProblems(problems)).toEqual([]);
    await page.getByRole('button', { name: 'Sembunyikan braille' }).click();
    await expect.poll(() => view.isVisible()).toBe(false);
  });

  it('[BRF download] gives an embosser file: 40 cells per line, 25 lines per page, ASCII braille only', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas BRF untuk printer braille' }).click()]);
    expect(download.suggestedFilename()).toBe('uu-2011-13.brf');
    const brf = readFileSync(await download.path(), 'latin1');
    expect(brf).toMatch(BRF_CHARACTERS);
    const pages = brf.split('\f');
    expect(pages.length).toBeGreaterThan(5);
    for (const brfPage of pages) {
      const lines = brfPage.split('\r\n').slice(0, -1);
      expect(lines.length).toBeLessThanOrEqual(25);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    }
    // "PENANGANAN FAKIR MISKIN" in capital-word braille appears near the start.
    expect(pages[0]).toContain(',,PENANGANAN ,,FAKIR ,,MISKIN');
    await expect.poll(() => page.locator('.braille .reader-message').textContent()).toBe('Berkas uu-2011-13.brf sudah diunduh.');
  });
});
