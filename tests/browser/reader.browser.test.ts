import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { describeAxeProblems, runAxe } from './support/axe.ts';
import { installFakeSpeech, spokenLog, waitForSpoken, type FakeSpeechOptions } from './support/fake-speech-synthesis.ts';
import { kioskUrl, openKiosk, waitForContent, waitForScreen } from './support/kiosk.ts';

// Listening, in real Chromium with a faithful fake of speechSynthesis (headless Chromium has no voices):
// what is spoken, what is highlighted, how commands interrupt, and what a visitor hears when no voice exists.

let browser: FreshBrowser;

async function openWithSpeech(hash: string, options: FakeSpeechOptions = {}): Promise<Page> {
  await installFakeSpeech(browser.context, options);
  const page = await openKiosk(browser.context, hash);
  await waitForContent(page);
  return page;
}

/** The text of the current sentence highlight (CSS Custom Highlight API), or null. */
function highlighted(page: Page, name = 'reader-sentence'): Promise<string | null> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => (range as Range).toString()).join(' ') : null;
  }, name);
}

const button = (page: Page, name: string) => page.locator('.reader').getByRole('button', { name, exact: true });

beforeEach(async () => {
  browser = await launchFreshChromium();
});

afterEach(async () => {
  await browser?.close();
});

describe('reading a program card aloud', () => {
  it('[play] speaks the card from its title, normalised for the voice, highlighting the sentence', async () => {
    const page = await openWithSpeech('#/program/pkh');
    await button(page, 'Dengarkan').click();
    const first = await waitForSpoken(page, /Program Keluarga Harapan/);
    expect(first.text).toBe('Program Keluarga Harapan (pe ka ha)');
    expect(first.lang).toMatch(/^id/);
    await waitForSpoken(page, /^pe ka ha adalah bantuan uang/);
    await expect.poll(() => highlighted(page)).toMatch(/^PKH adalah bantuan uang/);
    await expect.poll(() => button(page, 'Jeda').count()).toBe(1);
  });

  it('[lists] reads a list with its length and each item’s number', async () => {
    const page = await openWithSpeech('#/program/pkh', { msPerChar: 1 });
    await button(page, 'Dengarkan').click();
    await waitForSpoken(page, /^Siapa yang berhak: empat butir\.$/, { timeout: 20_000 });
    await waitForSpoken(page, /^satu, Keluarga terdaftar/);
  });

  it('[pause, resume] pause interrupts at once; resume speaks the sentence again', async () => {
    const page = await openWithSpeech('#/program/pkh', { endMode: 'manual' });
    await button(page, 'Dengarkan').click();
    await waitForSpoken(page, /Program Keluarga Harapan/);
    await button(page, 'Jeda').click();
    await expect.poll(async () => (await spokenLog(page))[0]?.error).toBe('interrupted');
    expect(await page.locator('.reader-message').textContent()).toBe('Dijeda.');
    await button(page, 'Lanjutkan').click();
    await expect.poll(async () => (await spokenLog(page)).filter((entry) => entry.text.startsWith('Program Keluarga Harapan')).length).toBe(2);
  });

  it('[next sentence] skips ahead immediately, interrupting the current sentence', async () => {
    const page = await openWithSpeech('#/program/pkh', { endMode: 'manual' });
    await button(page, 'Dengarkan').click();
    await waitForSpoken(page, /Program Keluarga Harapan/);
    await button(page, 'Kalimat berikutnya').click();
    await waitForSpoken(page, /^pe ka ha adalah/);
    const log = await spokenLog(page);
    expect(log[0]?.state).toBe('error');
    expect(await highlighted(page)).toMatch(/^PKH adalah/);
  });

  it('[navigation] leaving the screen stops speech at once; nothing more is said', async () => {
    const page = await openWithSpeech('#/program/pkh', { endMode: 'manual' });
    await button(page, 'Dengarkan').click();
    await waitForSpoken(page, /Program Keluarga Harapan/);
    await page.keyboard.press('Escape');
    await waitForScreen(page, 'Selamat datang');
    await expect.poll(async () => (await spokenLog(page)).at(-1)?.state).toBe('error');
    const count = (await spokenLog(page)).length;
    await page.waitForTimeout(500);
    expect((await spokenLog(page)).length).toBe(count);
  });

  it('[no boundary events] the word highlight still moves, estimated from timing', async () => {
    const page = await openWithSpeech('#/program/pkh', { hasBoundaries: false, msPerChar: 60 });
    await button(page, 'Dengarkan').click();
    await waitForSpoken(page, /Program Keluarga Harapan/);
    await expect.poll(() => highlighted(page, 'reader-word'), { timeout: 5000 }).toMatch(/^(Program|Keluarga|Harapan|\(PKH\)|PKH)/);
  });

  it('[stuck utterance] the watchdog recovers and reading goes on with the next sentence', async () => {
    const page = await openWithSpeech('#/program/pkh', { stuckUtterances: [0] });
    await button(page, 'Dengarkan').click();
    await waitForSpoken(page, /Program Keluarga Harapan/);
    await waitForSpoken(page, /^pe ka ha adalah/, { timeout: 20_000 });
  });
});

describe('reading a regulation aloud', () => {
  it('[go to Pasal] jumps to Pasal 5 of UU 8/2016, reads it and says where it is', async () => {
    const page = await openWithSpeech('#/regulation/uu-2016-8');
    await page.locator('#reader-pasal').fill('5');
    await page.getByRole('button', { name: 'Buka Pasal' }).click();
    await waitForSpoken(page, /^Pasal lima$/);
    expect(await highlighted(page)).toBe('Pasal 5');
    await button(page, 'Di mana saya?').click();
    await waitForSpoken(page, /^Pasal lima dari seratus lima puluh tiga Pasal/);
    expect(await page.locator('.reader-message').textContent()).toMatch(/^Pasal 5 dari 153 Pasal, \d+ persen\.$/);
  });

  it('[go to Pasal with ayat] goes to Pasal 5 ayat (2)', async () => {
    const page = await openWithSpeech('#/regulation/uu-2016-8');
    await page.locator('#reader-pasal').fill('5');
    await page.locator('#reader-ayat').fill('2');
    await page.getByRole('button', { name: 'Buka Pasal' }).click();
    await expect.poll(() => highlighted(page)).toMatch(/^\(2\) Selain hak Penyandang Disabilitas/);
  });

  it('[bad input] a Pasal that does not exist, and an empty box, are said plainly', async () => {
    const page = await openWithSpeech('#/regulation/uu-2016-8');
    await page.locator('#reader-pasal').fill('999');
    await page.getByRole('button', { name: 'Buka Pasal' }).click();
    await waitForSpoken(page, /Pasal sembilan ratus sembilan puluh sembilan tidak ada/);
    expect(await page.locator('.reader-message').textContent()).toBe('Pasal 999 tidak ada dalam peraturan ini.');
    await page.locator('#reader-pasal').fill('');
    await page.getByRole('button', { name: 'Buka Pasal' }).click();
    await expect.poll(() => page.locator('.reader-message').textContent()).toBe('Tulis dulu nomor Pasal, misalnya 5.');
  });

  it('[next Pasal] moves Pasal by Pasal', async () => {
    const page = await openWithSpeech('#/regulation/uu-2016-8', { endMode: 'manual' });
    await page.locator('#reader-pasal').fill('152');
    await page.getByRole('button', { name: 'Buka Pasal' }).click();
    await waitForSpoken(page, /^Pasal seratus lima puluh dua$/);
    await button(page, 'Pasal berikutnya').click();
    await waitForSpoken(page, /^Pasal seratus lima puluh tiga$/);
    expect(await highlighted(page)).toBe('Pasal 153');
  });

  it('[speed] Faster says the new speed, and the next sentence is spoken at it', async () => {
    const page = await openWithSpeech('#/regulation/uu-2011-13');
    await button(page, 'Lebih cepat').click();
    await waitForSpoken(page, /^Kecepatan satu koma dua lima kali$/);
    await button(page, 'Dengarkan').click();
    await expect.poll(async () => (await spokenLog(page)).at(-1)?.rate).toBe(1.25);
  });
});

describe('for the rest of the visit', () => {
  it('[memory] a law opened again continues where the visitor left it', async () => {
    const page = await openWithSpeech('#/regulation/uu-2016-8', { endMode: 'manual' });
    await page.locator('#reader-pasal').fill('5');
    await page.getByRole('button', { name: 'Buka Pasal' }).click();
    await waitForSpoken(page, /^Pasal lima$/);
    await page.keyboard.press('Escape');
    await waitForScreen(page, 'Selamat datang');
    await page.evaluate(() => (location.hash = '#/regulation/uu-2016-8'));
    await waitForScreen(page, 'Penyandang Disabilitas');
    const before = (await spokenLog(page)).length;
    await button(page, 'Dengarkan').click();
    await expect.poll(async () => (await spokenLog(page)).slice(before).map((entry) => entry.text)).toContain('Pasal lima');
  });

  it('[settings] speed, volume and pitch chosen in Settings are used, and each choice is spoken', async () => {
    const page = await openWithSpeech('#/settings');
    await page.locator('input[name="speech-rate"][value="1.5"]').check();
    const confirmation = await waitForSpoken(page, /^Kecepatan bicara: Kecepatan satu koma lima kali\.$/);
    expect(confirmation.rate).toBe(1.5);
    await page.locator('input[name="speech-volume"][value="50"]').check();
    expect((await waitForSpoken(page, /^Volume suara: lima puluh persen\.$/)).volume).toBe(0.5);
    await page.locator('input[name="speech-pitch"][value="1.2"]').check();
    expect((await waitForSpoken(page, /^Nada suara: Tinggi\.$/)).pitch).toBe(1.2);
  });
});

describe('when the kiosk has no voice that speaks Indonesian', () => {
  it('[no voice] shows and announces it, and Listen explains instead of failing silently', async () => {
    await installFakeSpeech(browser.context, { voices: [] });
    const page = await browser.context.newPage();
    // The offline fallback voice is unreachable too, so there is truly no voice.
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(kioskUrl('#/program/pkh'));
    await waitForContent(page);
    const alert = page.locator('.reader [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('Tidak ada suara bahasa Indonesia di kios ini');
    await button(page, 'Dengarkan').click();
    await expect.poll(() => page.locator('.reader-message').textContent()).toContain('Tidak ada suara bahasa Indonesia');
    await expect.poll(() => page.locator('[data-announcer="assertive"]').textContent()).toContain('Tidak ada suara bahasa Indonesia');
    const problems = await runAxe(page);
    expect(problems, describeAxeProblems(problems)).toEqual([]);
  });
});

describe('axe on the reader', () => {
  it.each(['id', 'en'] as const)('has no violations while reading, paused and stopped (%s)', async (language) => {
    const page = await openWithSpeech('#/regulation/uu-2011-13', { endMode: 'manual' });
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const play = language === 'en' ? 'Listen' : 'Dengarkan';
    const pause = language === 'en' ? 'Pause' : 'Jeda';
    await button(page, play).click();
    await expect.poll(() => highlighted(page)).not.toBeNull();
    for (const step of ['reading', 'paused']) {
      const problems = await runAxe(page);
      expect(problems, `${step}: ${describeAxeProblems(problems)}`).toEqual([]);
      if (step === 'reading') await button(page, pause).click();
    }
  });
});
