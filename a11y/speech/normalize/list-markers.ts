// List markers and bullets. A marker at the start of a line (or after "Menimbang :") becomes a short,
// pause-friendly form: "a." → "a,", "1." → "satu,", "(1)" → "satu,". Bullets are dropped: voices read "•"
// as "bullet" or skip it unpredictably, and the line break already gives the pause.
import { isAfterColon, isLineStart, matchAt, single, type Rewrite, type ScanContext } from './rule.ts';

/** "1.", "a.", "(1)", "(a)", "1)", "a)" and a space: an item marker ("(021)" is an area code, not item 21). */
const ITEM_MARKER = /(?:\(([1-9]\d{0,2}|[a-z])\)|([1-9]\d{0,2}|[a-z])[.)])(?=[ \t])/y;
/** A bullet at the start of a line, with the space after it. */
const LINE_BULLET = /[•●▪◦‣∙·*\-–—][ \t]+/y;
/** A bullet symbol anywhere, with the space after it ("-" and "*" only count at a line start). */
const BULLET = /[•●▪◦‣][ \t]*/y;

/** Rule: a list marker or bullet. */
export function listMarkerRule(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const bullet = matchAt(BULLET, source, at);
  if (bullet) return single(at, at + bullet[0].length, '');
  const atLineStart = isLineStart(source, at);
  if (atLineStart) {
    const lineBullet = matchAt(LINE_BULLET, source, at);
    if (lineBullet) return single(at, at + lineBullet[0].length, '');
  }
  if (!atLineStart && !isAfterColon(source, at)) return null;
  const marker = matchAt(ITEM_MARKER, source, at);
  if (!marker) return null;
  const label = marker[1] ?? marker[2]!;
  const spoken = /\d/.test(label) ? lang.cardinal(label) : label;
  return single(at, at + marker[0].length, `${spoken},`);
}
