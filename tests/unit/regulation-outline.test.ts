import { describe, expect, it } from 'vitest';
import { linesOf } from '../../kiosk/screens/Regulation/regulation-outline.ts';

describe('linesOf', () => {
  it('gives each trimmed line with the offset where it starts in the law text', () => {
    const text = 'Pasal 1\n  (1) Setiap orang berhak.\n\n(2) Negara menjamin. \n';
    const lines = linesOf(text, 0, text.length);
    expect(lines.map((line) => line.text)).toEqual(['Pasal 1', '(1) Setiap orang berhak.', '(2) Negara menjamin.']);
    for (const line of lines) expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text);
  });

  it('works on a slice in the middle of the text', () => {
    const text = 'BAB I\nKETENTUAN UMUM\nPasal 1\nIsi.';
    const start = text.indexOf('Pasal 1');
    expect(linesOf(text, start, text.length)).toEqual([
      { start, text: 'Pasal 1' },
      { start: start + 8, text: 'Isi.' },
    ]);
  });
});
