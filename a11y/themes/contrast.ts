// WCAG 2.x relative luminance and contrast ratio (pure maths, no DOM).
// https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and #dfn-contrast-ratio

/** The thresholds the kiosk holds itself to: text AAA (1.4.6) and non-text AA (1.4.11). */
export const MIN_TEXT_CONTRAST = 7;
/** Focus rings, borders and icons against what is next to them (WCAG 1.4.11). */
export const MIN_NON_TEXT_CONTRAST = 3;

/** A colour that is not `#rgb` or `#rrggbb` (the only forms the theme table uses). */
export class ColorFormatError extends Error {
  override name = 'ColorFormatError';
  constructor(color: string) {
    super(`"${color}" is not a hex colour: write theme colours as #rgb or #rrggbb`);
  }
}

/** The red, green and blue channels (0–255) of `#rgb` or `#rrggbb`. */
export function parseHex(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) throw new ColorFormatError(color);
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** One sRGB channel (0–255) linearised, as WCAG defines it. */
function linear(channel: number): number {
  const value = channel / 255;
  // WCAG 2.x prints 0.03928; the sRGB standard's 0.04045 gives the same result for 8-bit channels.
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a hex colour: 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [red, green, blue] = parseHex(color);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio of two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
