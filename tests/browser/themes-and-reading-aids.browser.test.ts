import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { COLOR_TOKENS, THEME_NAMES, THEMES } from '../../a11y/themes/theme-tokens.ts';
import { launchFreshChromium, type FreshBrowser } from '../support/chromium.ts';
import { installFakeSpeech, waitForSpoken } from './support/fake-speech-synthesis.ts';
import { openKiosk, waitForContent } from './support/kiosk.ts';

// The "see" settings in the real kiosk: a theme shows exactly the tested token table, the reading ruler
// comes and goes and follows focus and pointer, text spacing changes what is rendered, every choice is
// announced and spoken, and forced-colors mode keeps focus visible.

let browser: FreshBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchFreshChromium({ viewport: { width: 1080, height: 1920 } });
  await installFakeSpeech(browser.context, {
    voices: [
      { name: 'Bahasa Indonesia (fake)', lang: 'id-ID' },
      { name: 'English (fake)', lang: 'en-GB' },
    ],
  });
  page = await openKiosk(browser.context, '#/settings');
  await waitForContent(page);
});

afterAll(async () => {
  await browser?.close();
});

/** Chooses a radio on the settings screen, as a visitor would. */
async function choose(name: string, value: string | number): Promise<void> {
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
}

/** The politely announced text (the announcer sets it 50 ms after clearing). */
async function announced(): Promise<string> {
  await page.waitForFunction(() => (document.querySelector('[data-announcer="polite"]')?.textContent ?? '') !== '');
  return page.evaluate(() => document.querySelector('[data-announcer="polite"]')?.textContent ?? '');
}

describe('themes', () => {
  it.each(THEME_NAMES)('choosing %s puts exactly the table’s colour tokens on <html>', async (theme) => {
    await choose('theme', theme);
    await page.waitForFunction((name) => document.documentElement.dataset.theme === name, theme);
    const shown = await page.evaluate((tokens) => {
      const style = getComputedStyle(document.documentElement);
      return Object.fromEntries(tokens.map((token) => [token, style.getPropertyValue(`--color-${token}`).trim()]));
    }, [...COLOR_TOKENS]);
    expect(shown).toEqual(THEMES[theme].colors);
    const [red, green, blue] = [1, 3, 5].map((start) => Number.parseInt(THEMES[theme].colors.bg.slice(start, start + 2), 16));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(`rgb(${red}, ${green}, ${blue})`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(THEMES[theme].colorScheme);
  });

  it('[theme] the choice is announced and spoken in the visitor’s language', async () => {
    await choose('language', 'id');
    await choose('theme', 'yellow-on-black');
    expect(await announced()).toBe('Tampilan: Kuning di atas hitam.');
    await waitForSpoken(page, 'Tampilan: Kuning di atas hitam.');
    await choose('language', 'en');
    await waitForSpoken(page, 'Language: English.');
    await choose('theme', 'white-on-black');
    await waitForSpoken(page, 'Display: White on black.');
    await choose('language', 'id');
    await choose('theme', 'standard');
  });
});

describe('text spacing', () => {
  /** The body's computed letter spacing, word spacing, line height and font size, in px. */
  const bodySpacing = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      const px = (value: string) => (value === 'normal' ? 0 : Number.parseFloat(value));
      return { letter: px(style.letterSpacing), word: px(style.wordSpacing), line: px(style.lineHeight), font: px(style.fontSize) };
    });

  it('is normal by default', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.spacing)).toBe('normal');
    const spacing = await bodySpacing();
    expect(spacing.letter).toBe(0);
    expect(spacing.line / spacing.font).toBeCloseTo(1.5, 2);
  });

  it('[spacing] "wider" gives at least WCAG 1.4.12 letter, word and line spacing, also on buttons', async () => {
    await choose('spacing', 'wide');
    await waitForSpoken(page, 'Jarak huruf, kata dan baris: Lebih lega.');
    const spacing = await bodySpacing();
    expect(spacing.letter / spacing.font).toBeGreaterThanOrEqual(0.12 - 0.001);
    expect(spacing.word / spacing.font).toBeGreaterThanOrEqual(0.16 - 0.001);
    expect(spacing.line / spacing.font).toBeGreaterThanOrEqual(1.5);
    const buttonLetter = await page.evaluate(() => getComputedStyle(document.querySelector('button.nav-button')!).letterSpacing);
    expect(Number.parseFloat(buttonLetter)).toBeGreaterThan(0);
  });

  it('[spacing] "dyslexia-friendly" spaces letters, words and lines more, with the bundled system font', async () => {
    const wide = await bodySpacing();
    await choose('spacing', 'dyslexia');
    const dyslexia = await bodySpacing();
    expect(dyslexia.letter).toBeGreaterThan(wide.letter);
    expect(dyslexia.word).toBeGreaterThan(wide.word);
    expect(dyslexia.line).toBeGreaterThan(wide.line);
    expect(dyslexia.word).toBeGreaterThanOrEqual(3.5 * dyslexia.letter - 0.5);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/DejaVu Sans/);
  });

  it('at 400% with dyslexia-friendly spacing the settings, help and a regulation still reflow', async () => {
    await choose('text-size', 400);
    for (const hash of ['#/settings', '#/help', '#/regulation/uu-2016-8']) {
      await page.evaluate((target) => (location.hash = target), hash);
      await waitForContent(page);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, `${hash} is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
    }
    await choose('text-size', 100);
    await choose('spacing', 'normal');
    expect((await bodySpacing()).letter).toBe(0);
  });
});

describe('reading ruler', () => {
  /** The ruler's band (top and height in px), or null when there is no ruler. */
  const band = () =>
    page.evaluate(() => {
      const ruler = document.querySelector<HTMLElement>('.reading-ruler');
      if (!ruler) return null;
      const above = ruler.querySelector('.reading-ruler-above')!.getBoundingClientRect();
      const below = ruler.querySelector('.reading-ruler-below')!.getBoundingClientRect();
      return { top: above.bottom, bottom: below.top, isHidden: ruler.getAttribute('aria-hidden') === 'true', pointerEvents: getComputedStyle(ruler).pointerEvents };
    });

  it('is off by default', async () => {
    expect(await band()).toBeNull();
  });

  it('[ruler] 3 lines: appears around the focused control, hidden from screen readers, touches pass through', async () => {
    await choose('ruler', 3);
    // The speech normaliser reads the digit as a word.
    await waitForSpoken(page, /^Penggaris baca .*: tiga baris\.$/);
    // The ruler places itself in an effect, just after it is first painted.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.reading-ruler')?.style.getPropertyValue('--ruler-top') !== '');
    const shown = await band();
    expect(shown).toMatchObject({ isHidden: true, pointerEvents: 'none' });
    const lineHeight = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).lineHeight));
    expect(shown!.bottom - shown!.top).toBeGreaterThanOrEqual(3 * lineHeight);
    expect(shown!.bottom - shown!.top).toBeLessThanOrEqual(4 * lineHeight + 8);
    const focused = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect);
    expect(focused.top).toBeGreaterThanOrEqual(shown!.top - 1);
    expect(focused.bottom).toBeLessThanOrEqual(shown!.bottom + 1);
    // A touch on a control under the dimmed part still reaches it.
    await page.locator('input[name="ruler"][value="5"]').click();
    await page.waitForFunction(() => document.querySelector('.reading-ruler')?.getAttribute('data-lines') === '5');
  });

  it('[ruler] follows keyboard focus and the pointer', async () => {
    await page.locator('input[name="language"][value="id"]').focus();
    const atLanguage = await band();
    const language = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect);
    expect(language.top).toBeGreaterThanOrEqual(atLanguage!.top - 1);
    expect(language.bottom).toBeLessThanOrEqual(atLanguage!.bottom + 1);
    await page.mouse.move(500, 1500);
    const atPointer = await band();
    expect(atPointer!.top).toBeLessThan(1500);
    expect(atPointer!.bottom).toBeGreaterThan(1500);
  });

  it('[ruler] off: disappears', async () => {
    await choose('ruler', 0);
    await page.waitForFunction(() => !document.querySelector('.reading-ruler'));
    expect(await page.evaluate(() => document.documentElement.dataset.ruler)).toBe('0');
  });
});

describe('forced colors (Windows High Contrast)', () => {
  afterAll(() => page.emulateMedia({ forcedColors: 'none' }));

  it('focus stays visible as a system-coloured ring', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.locator('input[name="theme"][value="standard"]').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ style: 'solid', width: '4px' });
  });
});
