// The non-blank lines of a text as trimmed ranges: the paragraphs the reader reads, the blocks of a law, and
// the lines the regulation screen shows. One definition, so a line's start offset (which the screen uses as
// its element id, `reg-line-<start>`) is the same everywhere.
import type { TextRange } from './segment.ts';

/** The non-blank lines of text[from, to), each trimmed of white space, as ranges into the whole text. */
export function trimmedLines(text: string, from: number, to: number): TextRange[] {
  const lines: TextRange[] = [];
  const end = Math.min(to, text.length);
  let position = Math.max(from, 0);
  while (position < end) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    const start = skipSpaces(text, position, lineEnd);
    const stop = trimEndAt(text, lineEnd, start);
    if (start < stop) lines.push({ start, end: stop });
    position = lineEnd + 1;
  }
  return lines;
}

/** True for whitespace, including no-break and typographic spaces. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000 || code === 0xfeff;
}

/** The first non-space offset in [from, to), or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

/** The end of [floor, end) without trailing spaces. */
export function trimEndAt(text: string, end: number, floor: number): number {
  let index = end;
  while (index > floor && isSpace(text.charCodeAt(index - 1))) index -= 1;
  return index;
}
