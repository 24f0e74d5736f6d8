// Document builders: program cards read with their list framing, notices, regulations (blocks from lines,
// headings from the structure, units without the penjelasan's articles), plain text, and the map back to
// the screen for highlighting.
import { describe, expect, it } from 'vitest';
import { pickText } from '../../../content/model/language.ts';
import type { Program } from '../../../content/model/program.ts';
import {
  displayRangesFor,
  noticeDocument,
  plainDocument,
  programDocument,
  regulationDocument,
  type BuiltDocument,
} from '../../../a11y/reader/document-builders.ts';
import type { ReadableDocument } from '../../../a11y/reader/readable-document.ts';
import { LABELS_EN, LABELS_ID, parsedRegulation, sampleNotice, sampleProgram, samplePrograms, sampleRegulation } from './reader-fixtures.ts';

/** The first broken rule of blocks and display spans, or undefined. */
function findProblem({ document, display }: BuiltDocument): string | undefined {
  const { text } = document;
  for (const [index, block] of document.blocks.entries()) {
    const slice = text.slice(block.start, block.end);
    if (slice === '' || slice.trim() !== slice) return `block ${index} is empty or not trimmed`;
    if (index > 0 && block.start < document.blocks[index - 1]!.end) return `block ${index} overlaps the previous one`;
  }
  for (const [index, span] of display.entries()) {
    if (span.start >= span.end || span.end > text.length) return `span ${index} is empty or outside the text`;
    if (index > 0 && span.start < display[index - 1]!.end) return `span ${index} overlaps the previous one`;
  }
  return undefined;
}

function blockTexts(document: ReadableDocument): string[] {
  return document.blocks.map((block) => document.text.slice(block.start, block.end));
}

describe('programDocument', () => {
  const pkh = sampleProgram('pkh');

  it('reads a list with its name and length, then each item with its number (PKH, Indonesian)', () => {
    const { document } = programDocument(pkh, 'id', LABELS_ID);
    expect(document.text).toContain(
      `Siapa yang berhak: empat butir.\nSatu, ${pkh.eligibility[0]!.id}\nDua, ${pkh.eligibility[1]!.id}`,
    );
    const intro = document.blocks.find((block) => document.text.slice(block.start, block.end) === 'Siapa yang berhak: empat butir.');
    expect(intro).toMatchObject({ kind: 'heading', level: 2, label: 'Siapa yang berhak' });
    expect(document.blocks.filter((block) => block.kind === 'list-item').length).toBe(
      pkh.eligibility.length + pkh.benefits.length + pkh.howToApply.length + pkh.documents.length,
    );
  });

  it('starts with the name and summary, and says the sample flag', () => {
    const { document } = programDocument(pkh, 'id', LABELS_ID);
    expect(blockTexts(document).slice(0, 3)).toEqual([pkh.name.id, pkh.summary.id, LABELS_ID.sampleFlag]);
    expect(document.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(document).toMatchObject({ id: 'program:pkh:id', lang: 'id', title: pkh.name.id, units: [] });
  });

  it('reads a single-entry section as its heading and a paragraph, as the screen shows it', () => {
    const { document } = programDocument(pkh, 'id', LABELS_ID);
    const texts = blockTexts(document);
    const where = texts.indexOf('Tempat mengurus');
    expect(where).toBeGreaterThan(0);
    expect(texts[where + 1]).toBe(pkh.whereToGo.id);
    expect(texts).toContain('Biaya');
  });

  it('reads the steps of "how to apply" as a numbered list even when there is one step', () => {
    const oneStep: Program = { ...pkh, howToApply: [pkh.howToApply[0]!] };
    const { document } = programDocument(oneStep, 'id', LABELS_ID);
    expect(document.text).toContain(`Cara mendaftar: satu butir.\nSatu, ${pkh.howToApply[0]!.id}`);
  });

  it('says when no documents are needed, and leaves out a missing contact', () => {
    const bare: Program = { ...pkh, documents: [], contact: undefined };
    const texts = blockTexts(programDocument(bare, 'id', LABELS_ID).document);
    expect(texts).toContain(LABELS_ID.noDocuments);
    expect(texts).not.toContain('Kontak resmi');
  });

  it('reads English with English framing, and marks an Indonesian fallback block with lang "id"', () => {
    const partly: Program = { ...pkh, eligibility: [{ id: 'Keluarga terdaftar di DTSEN.' }, ...pkh.eligibility.slice(1)] };
    const { document } = programDocument(partly, 'en', LABELS_EN);
    expect(document.text).toContain('Who qualifies: four items.\nOne, Keluarga terdaftar di DTSEN.\nTwo, ');
    const fallback = document.blocks.find((block) => document.text.slice(block.start, block.end).startsWith('One, Keluarga'));
    expect(fallback?.lang).toBe('id');
    const english = document.blocks.find((block) => document.text.slice(block.start, block.end).startsWith('Two, '));
    expect(english?.lang).toBeUndefined();
  });

  it.each(samplePrograms().map((program) => program.id))('%s: blocks and display spans are ordered, trimmed and disjoint', (id) => {
    for (const [lang, labels] of [['id', LABELS_ID], ['en', LABELS_EN]] as const) {
      expect(findProblem(programDocument(sampleProgram(id), lang, labels))).toBeUndefined();
    }
  });

  it('maps an item to its list element verbatim, and the spoken framing to the heading element or nothing', () => {
    const { document, display } = programDocument(pkh, 'id', LABELS_ID);
    const item = pkh.eligibility[0]!.id;
    const itemStart = document.text.indexOf(`Satu, ${item}`);
    // The whole sentence "Satu, Keluarga ..." highlights the item's text in its <li>; "Satu, " is spoken only.
    expect(displayRangesFor(display, itemStart, itemStart + 6 + item.length)).toEqual([{ elementId: 'program-who-1', start: 0, end: item.length }]);
    expect(displayRangesFor(display, itemStart, itemStart + 4)).toEqual([]);
    // A word inside the item: its place in the element's text.
    const word = document.text.indexOf('terdaftar', itemStart);
    expect(displayRangesFor(display, word, word + 9)).toEqual([{ elementId: 'program-who-1', start: item.indexOf('terdaftar'), end: item.indexOf('terdaftar') + 9 }]);
    const intro = document.text.indexOf('Siapa yang berhak: empat butir.');
    expect(displayRangesFor(display, intro, intro + 10)).toEqual([{ elementId: 'program-who' }]);
  });

  it('every verbatim span is the on-screen text of its element', () => {
    const { document, display } = programDocument(pkh, 'en', LABELS_EN);
    const onScreen = new Map<string, string>([
      ['program-title', pickText(pkh.name, 'en')],
      ['program-summary', pickText(pkh.summary, 'en')],
      ['program-who-2', pickText(pkh.eligibility[1]!, 'en')],
      ['program-apply-1', pickText(pkh.howToApply[0]!, 'en')],
      ['program-where-1', pickText(pkh.whereToGo, 'en')],
      ['program-where', 'Where to go'],
    ]);
    for (const [elementId, shown] of onScreen) {
      const span = display.find((candidate) => candidate.elementId === elementId);
      expect(span?.elementOffset, elementId).toBe(0);
      expect(document.text.slice(span!.start, span!.end)).toBe(shown);
    }
  });
});

describe('noticeDocument', () => {
  it('reads title, category, place and body, with the screen ids', () => {
    const notice = { ...sampleNotice('jam-buka'), place: { id: 'Ruang baca lantai 1' }, startsOn: '2026-12-01', endsOn: '2026-12-03' };
    const { document, display } = noticeDocument(notice, 'id', LABELS_ID);
    expect(blockTexts(document)).toEqual([
      notice.title.id,
      'Jam buka',
      '2026-12-01 sampai 2026-12-03',
      'Tempat: Ruang baca lantai 1',
      ...notice.body.map((paragraph) => paragraph.id),
      LABELS_ID.sampleFlag,
    ]);
    expect(display.map((span) => span.elementId)).toEqual([
      'notice-jam-buka', 'notice-jam-buka-category', 'notice-jam-buka-when', 'notice-jam-buka-place',
      ...notice.body.map((_, index) => `notice-jam-buka-body-${index + 1}`), 'notice-jam-buka-sample-flag',
    ]);
    expect(document.blocks[0]).toMatchObject({ kind: 'heading', label: notice.title.id });
    expect(findProblem({ document, display })).toBeUndefined();
  });

  it('marks an untranslated English place as Indonesian', () => {
    const notice = { ...sampleNotice('jam-buka'), place: { id: 'Ruang baca' } };
    const { document } = noticeDocument(notice, 'en', LABELS_EN);
    expect(document.blocks.find((block) => document.text.slice(block.start, block.end) === 'Place: Ruang baca')?.lang).toBe('id');
  });
});

describe('regulationDocument', () => {
  const regulation = sampleRegulation('uu-2016-8');
  const built = regulationDocument(regulation);
  const { document, display } = built;

  it('keeps the regulation text unchanged, in Indonesian', () => {
    expect(document.text).toBe(regulation.text);
    expect(document).toMatchObject({ id: 'regulation:uu-2016-8', lang: 'id', title: regulation.title.id });
    expect(findProblem(built)).toBeUndefined();
  });

  it('makes one heading block per BAB, Bagian and Pasal heading, and for the title and the penjelasan', () => {
    const headings = document.blocks.filter((block) => block.kind === 'heading');
    const byLevel = (level: number) => headings.filter((block) => block.level === level);
    expect(byLevel(2)).toHaveLength(13); // BAB I–XIII
    expect(byLevel(5).length).toBe(153 + 153); // own Pasal, and the penjelasan's "Pasal N" headings
    expect(byLevel(1).map((block) => block.label)).toEqual(['Pembukaan', 'PENJELASAN']);
    const bab = byLevel(2)[0]!;
    expect(document.text.slice(bab.start, bab.end)).toBe('BAB I\nKETENTUAN UMUM');
    expect(bab.label).toBe('BAB I');
  });

  it('makes the other lines paragraphs, and huruf/angka lines list items', () => {
    const texts = document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)] as const);
    expect(texts).toContainEqual(['paragraph', '(1) Penyandang Disabilitas memiliki hak:']);
    expect(texts).toContainEqual(['list-item', 'a. hidup;']);
    expect(texts).toContainEqual(['heading', 'Pasal 5']);
  });

  it('keeps the structure as units, the penjelasan as one unit without its articles', () => {
    expect(document.units.map((unit) => unit.kind)).toEqual(['pembukaan', ...Array(13).fill('bab'), 'penutup', 'penjelasan']);
    const penjelasan = document.units.find((unit) => unit.kind === 'penjelasan')!;
    expect(penjelasan.children).toEqual([]);
    expect(regulation.structure.find((node) => node.kind === 'penjelasan')!.children.length).toBe(153);
    const bab3 = document.units[3]!;
    expect(bab3.children[0]!.children[0]).toMatchObject({ kind: 'pasal', label: 'Pasal 5', number: '5' });
  });

  it("maps lines to the screen's line elements and headings to the screen's heading ids", () => {
    const pasal5 = regulation.text.indexOf('Pasal 5\n');
    expect(displayRangesFor(display, pasal5, pasal5 + 7)).toEqual([{ elementId: `reg-pasal-${pasal5}` }]);
    const line = regulation.text.indexOf('a. hidup;');
    expect(displayRangesFor(display, line + 3, line + 8)).toEqual([{ elementId: `reg-line-${line}`, start: 3, end: 8 }]);
  });

  it('gives a Pasal quoted by an amendment a deeper heading that maps to its line (UU 15/2019)', () => {
    const amendment = regulationDocument(parsedRegulation('uu-2019-15'));
    const quoted = amendment.document.blocks.filter((block) => block.kind === 'heading' && block.level === 6);
    expect(quoted.map((block) => block.label)).toContain('Pasal 20');
    const penjelasan = amendment.document.units.find((unit) => unit.kind === 'penjelasan')!;
    const own = amendment.document.blocks.filter((block) => block.kind === 'heading' && block.level === 5 && block.start < penjelasan.start);
    expect(own.map((block) => block.label)).toEqual(['Pasal I', 'Pasal II']);
    const span = amendment.display.find((candidate) => candidate.start === quoted[0]!.start);
    expect(span).toMatchObject({ elementId: `reg-line-${quoted[0]!.start}`, elementOffset: 0 });
    expect(findProblem(amendment)).toBeUndefined();
  });
});

describe('plainDocument', () => {
  it('keeps the text, one paragraph per line, shown in one element', () => {
    const text = 'Kepada Yth.\n\n  Bapak Kepala Desa  \nDengan hormat, kami mengundang Bapak.';
    const { document, display } = plainDocument('surat-1', 'Surat', text, 'id');
    expect(document.text).toBe(text);
    expect(blockTexts(document)).toEqual(['Kepada Yth.', 'Bapak Kepala Desa', 'Dengan hormat, kami mengundang Bapak.']);
    expect(displayRangesFor(display, 14, 19)).toEqual([{ elementId: 'surat-1-text', start: 14, end: 19 }]);
  });

  it('gives an empty document for empty text', () => {
    const { document, display } = plainDocument('kosong', 'Kosong', '', 'id');
    expect(document.blocks).toEqual([]);
    expect(display).toEqual([]);
  });
});
