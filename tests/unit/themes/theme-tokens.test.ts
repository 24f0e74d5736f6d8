import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_NON_TEXT_CONTRAST, MIN_TEXT_CONTRAST } from '../../../a11y/themes/contrast.ts';
import { COLOR_TOKENS, CONTRAST_PAIRS, DEFAULT_THEME, THEME_NAMES, THEMES, themeCustomProperties } from '../../../a11y/themes/theme-tokens.ts';

/** Every declared pair in every theme, as one table row. */
const ROWS = THEME_NAMES.flatMap((theme) =>
  CONTRAST_PAIRS.map((pair) => ({
    theme,
    ...pair,
    minimum: pair.kind === 'text' ? MIN_TEXT_CONTRAST : MIN_NON_TEXT_CONTRAST,
    ratio: contrastRatio(THEMES[theme].colors[pair.foreground], THEMES[theme].colors[pair.background]),
  })),
);

describe('theme contrast (WCAG 1.4.6 text ≥ 7:1, 1.4.11 non-text ≥ 3:1)', () => {
  it.each(ROWS)('$theme: $foreground on $background ($kind, $where) meets its minimum', ({ theme, foreground, background, kind, where, minimum, ratio }) => {
    const colors = THEMES[theme].colors;
    expect(ratio, `${theme}: ${foreground} ${colors[foreground]} on ${background} ${colors[background]} (${kind}, ${where}) is ${ratio.toFixed(2)}:1, needs ${minimum}:1`).toBeGreaterThanOrEqual(minimum);
  });
});

describe('theme table', () => {
  it.each(THEME_NAMES)('%s defines every colour token as #rrggbb and is named by its key', (theme) => {
    expect(THEMES[theme].name).toBe(theme);
    expect(Object.keys(THEMES[theme].colors).sort()).toEqual([...COLOR_TOKENS].sort());
    for (const token of COLOR_TOKENS) expect(THEMES[theme].colors[token], `${theme} ${token}`).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('every token the pairs name exists', () => {
    for (const pair of CONTRAST_PAIRS) {
      expect(COLOR_TOKENS).toContain(pair.foreground);
      expect(COLOR_TOKENS).toContain(pair.background);
    }
  });

  it('every colour token appears in at least one checked pair (no unchecked colour)', () => {
    const checked = new Set(CONTRAST_PAIRS.flatMap((pair) => [pair.foreground, pair.background]));
    expect(COLOR_TOKENS.filter((token) => !checked.has(token))).toEqual([]);
  });

  it('themeCustomProperties gives one --color-* property per token', () => {
    expect(themeCustomProperties('yellow-on-black')).toContainEqual(['--color-text', '#ffff00']);
    expect(themeCustomProperties('standard')).toHaveLength(COLOR_TOKENS.length);
  });
});

describe('tokens.css first-paint default', () => {
  // The stylesheet paints the default theme before the app applies the table; both must agree exactly.
  const css = readFileSync(new URL('../../../kiosk/styles/tokens.css', import.meta.url), 'utf8');

  it.each(themeCustomProperties(DEFAULT_THEME))('%s is %s in tokens.css', (property, value) => {
    const match = new RegExp(`${property}:\\s*(#[0-9a-fA-F]{3,6})\\s*;`).exec(css);
    expect(match?.[1]?.toLowerCase(), `tokens.css must set ${property}: ${value} (the ${DEFAULT_THEME} theme)`).toBe(value);
  });

  it('defines no other theme (the table is the one source of truth)', () => {
    expect(css).not.toMatch(/\[data-theme=/);
  });
});
