import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { focusedName, openKiosk, pressUntilFocused, waitForContent, waitForScreen } from './support/kiosk.ts';

// The first visitor journey, by keyboard alone (a kiosk keypad has arrows, Enter and Back):
// find a government program, see who qualifies and how to apply, find a regulation and jump to a Pasal,
// search, and let the finder suggest programs.

let browser: FreshBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchFreshChromium();
  page = await openKiosk(browser.context, '#/');
  await waitForContent(page);
});

afterAll(async () => {
  await browser?.close();
});

async function headingText(): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').trim();
}

async function activeTag(): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName ?? '');
}

describe('keyboard-only journey', () => {
  it('[arrival] the home heading has focus, so a screen reader starts at the title', async () => {
    expect(await headingText()).toBe('Selamat datang');
    expect(await activeTag()).toBe('H1');
  });

  it('[arrow keys] walk the home tiles and Enter opens the program list, focus on its heading', async () => {
    await pressUntilFocused(page, 'ArrowDown', /^Program Pemerintah/);
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'Program Pemerintah');
    expect(await activeTag()).toBe('H1');
    expect(await focusedName(page)).toBe('Program Pemerintah');
  });

  it('[program card] shows who qualifies, how to apply, documents, source and the sample flag', async () => {
    await pressUntilFocused(page, 'ArrowDown', /Program Keluarga Harapan/);
    await page.keyboard.press('Enter');
    await waitForScreen(page, /Program Keluarga Harapan/);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Siapa yang berhak', 'Cara mendaftar', 'Dokumen yang dibawa', 'Tempat mengurus', 'Sumber']));
    expect(await page.locator('.sample-flag').textContent()).toContain('Contoh — periksa sebelum dipakai');
    expect(await page.locator('#program-apply ~ ol li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.sources').textContent()).toMatch(/Terakhir diperiksa: \d{1,2} \w+ \d{4}/);
  });

  it('[Escape] goes back to the list with focus on its heading, and again to home', async () => {
    await page.keyboard.press('Escape');
    await waitForScreen(page, 'Program Pemerintah');
    expect(await activeTag()).toBe('H1');
    await page.keyboard.press('Escape');
    await waitForScreen(page, 'Selamat datang');
  });

  it('[regulation] opens UU 8/2016 and the contents jump to Pasal 5, focus on its heading', async () => {
    await pressUntilFocused(page, 'ArrowDown', /^Peraturan/);
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'Peraturan');
    await pressUntilFocused(page, 'ArrowDown', /Penyandang Disabilitas/i);
    await page.keyboard.press('Enter');
    await waitForScreen(page, /Penyandang Disabilitas/);
    expect(await page.locator('main .lead').first().textContent()).toBe('Undang-Undang Nomor 8 Tahun 2016 · 13 BAB, 153 Pasal');
    await pressUntilFocused(page, 'ArrowDown', /^Pasal 5$/, 200);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Pasal 5\b/.test(document.activeElement?.textContent ?? ''));
    expect(await activeTag()).toMatch(/^H[3-6]$/);
    // The Pasal's own text follows its heading: UU 8/2016 Pasal 5 lists the rights of persons with disabilities.
    const pasalText = await page.evaluate(() => document.activeElement?.closest('section')?.textContent ?? '');
    expect(pasalText).toContain('Penyandang Disabilitas memiliki hak');
  });

  it('[Home] the Home control is reachable with arrows from anywhere', async () => {
    await pressUntilFocused(page, 'ArrowUp', /^⌂? ?Beranda$/, 400);
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'Selamat datang');
  });

  it('[search] "bansos lansia" finds the social-assistance programs for older people, saying why', async () => {
    await pressUntilFocused(page, 'ArrowDown', /^Cari/);
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'Cari');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('bansos lansia');
    await page.keyboard.press('Enter');
    await page.locator('.result-why').first().waitFor();
    const titles = await page.locator('.item-list .item-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.slice(0, 3).join(' | ')).toMatch(/lanjut usia|lansia/i);
    expect(await page.locator('.result-why').first().textContent()).toMatch(/Cocok karena: .*lansia/);
  });

  it('[text field] arrows Up/Down leave a text field, Left/Right move the caret inside it', async () => {
    await page.locator('#search-input').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Cari');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  it('[finder] answering by keyboard lists PKH for an older person in the social register, with the reason', async () => {
    await page.evaluate(() => (location.hash = '#/finder'));
    await waitForScreen(page, 'Program untuk Saya');
    const answers: Record<string, string> = { usia: 'lansia', disabilitas: 'tidak', pelajar: 'tidak', ekonomi: 'dtks', pekerjaan: 'lainnya', wilayah: 'desa' };
    for (let step = 0; step < 6; step += 1) {
      const name = await page.locator('.finder-step input[type="radio"]').first().getAttribute('name');
      const question = (name ?? '').replace('finder-', '');
      await page.locator(`.finder-step input[value="${answers[question]}"]`).focus();
      await page.keyboard.press('Space');
      await pressUntilFocused(page, 'Tab', /^(Lanjut)$/);
      await page.keyboard.press('Enter');
    }
    await page.locator('#finder-results').waitFor();
    expect(await activeTag()).toBe('H2');
    const results = await page.locator('.finder-results li').allTextContents();
    const pkh = results.find((text) => text.includes('Program Keluarga Harapan'));
    expect(pkh).toMatch(/Cocok/);
    expect(pkh).toMatch(/60 tahun/);
  });

  it('[language] the switch on any screen turns interface and content into English, on the same screen', async () => {
    await page.evaluate(() => (location.hash = '#/program/kip-kuliah'));
    await waitForScreen(page, /KIP Kuliah/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('main h2').allTextContents()).toEqual(expect.arrayContaining(['Who qualifies', 'How to apply']));
    expect(await page.locator('.sample-flag').textContent()).toContain('Sample — check before use');
    // And back: the switch names the other language in that language.
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await page.locator('#program-who').textContent()).toBe('Siapa yang berhak');
  });
});
