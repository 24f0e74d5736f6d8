import { describe, expect, it } from 'vitest';
import { displayRangesFor } from '../../../a11y/reader/display-map.ts';
import { plainDocument } from '../../../a11y/reader/document-builders.ts';
import { joinDocuments } from '../../../a11y/reader/join-documents.ts';

describe('joinDocuments', () => {
  const first = plainDocument('a', 'A', 'Jam buka.\nSenin sampai Jumat.', 'id');
  const second = plainDocument('b', 'B', 'Kelas literasi.', 'id');
  const joined = joinDocuments('all', 'Semua', 'id', [first, second]);

  it('joins the texts with a line break and keeps every block on its own text', () => {
    expect(joined.document.text).toBe('Jam buka.\nSenin sampai Jumat.\nKelas literasi.');
    expect(joined.document.blocks.map((block) => joined.document.text.slice(block.start, block.end))).toEqual(['Jam buka.', 'Senin sampai Jumat.', 'Kelas literasi.']);
  });

  it('maps a range in the second part back to the second part’s element', () => {
    const start = joined.document.text.indexOf('literasi');
    expect(displayRangesFor(joined.display, start, start + 'literasi'.length)).toEqual([{ elementId: 'b-text', start: 6, end: 14 }]);
  });
});
