// Turns content items into ReadableDocuments for the reader, without Preact and without the kiosk's string
// catalogue: the kiosk passes the labels (from its catalogue, in the visitor's language). A program card is
// read the way its screen is structured: each list says its name and its length before its items ("Siapa yang
// berhak: empat butir. Satu, Keluarga terdaftar ... Dua, ..."), so a listener knows how much is coming.
import { isFallback, pickText, type Language, type LocalizedText } from '../../content/model/language.ts';
import type { Notice } from '../../content/model/notice.ts';
import type { Program } from '../../content/model/program.ts';
import { DocumentWriter, type BuiltDocument, type TextPiece } from './display-map.ts';
import { trimmedLines } from './text-lines.ts';

export { regulationDocument, lawLineElementId, regulationHeadingElementId } from './regulation-document.ts';
export { displayRangesFor, type BuiltDocument, type DisplayRange, type DisplaySpan } from './display-map.ts';

/** Spoken labels for a program card; the kiosk fills them from its catalogue (programWho, programBenefits, ...). */
export interface ProgramLabels {
  who: string;
  benefits: string;
  howToApply: string;
  documents: string;
  /** Said under the documents heading when a program lists none. */
  noDocuments: string;
  where: string;
  cost: string;
  contact: string;
  /** The spoken heading of a list with its length: (heading 'Syarat', 3) → 'Syarat: tiga butir.' */
  listIntro: (heading: string, count: number) => string;
  /** The spoken number of a list item, without punctuation: 1 → 'Satu' (the builder adds ', '). */
  itemNumber: (position: number) => string;
  /** Said after the summary of an unconfirmed (sample) item. */
  sampleFlag: string;
}

/** Spoken labels for a library notice. */
export interface NoticeLabels {
  category: Record<Notice['category'], string>;
  /** Dates as YYYY-MM-DD; the kiosk formats them as the screen does (its noticeWhen with formatDate). */
  when: (from: string, to: string | undefined) => string;
  /** "Tempat", said as "Tempat: Ruang baca". */
  place: string;
  sampleFlag: string;
}

/** Every label the builders need, for one language: what the kiosk builds from its catalogue. */
export type ReaderLabels = ProgramLabels & NoticeLabels;

/** Element ids of a program card's sections on screen (the ids its headings carry). */
export const PROGRAM_SECTION_IDS = {
  title: 'program-title',
  summary: 'program-summary',
  sampleFlag: 'program-sample-flag',
  who: 'program-who',
  benefits: 'program-benefits',
  howToApply: 'program-apply',
  documents: 'program-documents',
  where: 'program-where',
  cost: 'program-cost',
  contact: 'program-contact',
} as const;

/** The element id of the `position`-th (1-based) item of a section, or of its only paragraph: "program-who-2". */
export function itemElementId(sectionId: string, position: number): string {
  return `${sectionId}-${position}`;
}

/** A program card as a document: name, summary, sample flag, then each section with its list framing. */
export function programDocument(program: Program, lang: Language, labels: ProgramLabels): BuiltDocument {
  const ids = PROGRAM_SECTION_IDS;
  const writer = new DocumentWriter();
  const title = pickText(program.name, lang);
  writer.add([verbatim(title, ids.title)], { kind: 'heading', level: 1, label: title, ...langOf(program.name, lang) });
  writer.add([verbatim(pickText(program.summary, lang), ids.summary)], { kind: 'paragraph', ...langOf(program.summary, lang) });
  if (program.isSample) writer.add([verbatim(labels.sampleFlag, ids.sampleFlag)], { kind: 'paragraph' });
  writeSection(writer, ids.who, labels.who, program.eligibility, lang, labels);
  writeSection(writer, ids.benefits, labels.benefits, program.benefits, lang, labels);
  writeSection(writer, ids.howToApply, labels.howToApply, program.howToApply, lang, labels, true);
  if (program.documents.length > 0) {
    writeSection(writer, ids.documents, labels.documents, program.documents, lang, labels);
  } else {
    writer.add([verbatim(labels.documents, ids.documents)], { kind: 'heading', level: 2, label: labels.documents });
    writer.add([verbatim(labels.noDocuments, `${ids.documents}-none`)], { kind: 'paragraph' });
  }
  writeSection(writer, ids.where, labels.where, [program.whereToGo], lang, labels);
  writeSection(writer, ids.cost, labels.cost, [program.cost], lang, labels);
  if (program.contact) writeSection(writer, ids.contact, labels.contact, [program.contact], lang, labels);
  return finish(writer, `program:${program.id}:${lang}`, title, lang);
}

/**
 * One section, as the screen shows it: a single unordered entry is a heading and a paragraph; a list (or any
 * ordered list, whose steps count) is read with its length and each item's number.
 */
function writeSection(
  writer: DocumentWriter,
  sectionId: string,
  heading: string,
  items: readonly LocalizedText[],
  lang: Language,
  labels: ProgramLabels,
  isOrdered = false,
): void {
  const [only] = items;
  if (items.length === 1 && only && !isOrdered) {
    writer.add([verbatim(heading, sectionId)], { kind: 'heading', level: 2, label: heading });
    writer.add([verbatim(pickText(only, lang), itemElementId(sectionId, 1))], { kind: 'paragraph', ...langOf(only, lang) });
    return;
  }
  // The framing stands for the whole heading element: its words are not on screen as spoken.
  writer.add([{ text: labels.listIntro(heading, items.length), elementId: sectionId }], { kind: 'heading', level: 2, label: heading });
  items.forEach((item, index) => {
    const number: TextPiece = { text: `${labels.itemNumber(index + 1)}, ` };
    // An Indonesian fallback item is spoken with the Indonesian voice, its number included: one utterance, one voice.
    writer.add([number, verbatim(pickText(item, lang), itemElementId(sectionId, index + 1))], { kind: 'list-item', ...langOf(item, lang) });
  });
}

/** Element ids of a notice (its heading keeps the screen's existing id, `notice-<id>`). */
export function noticeElementId(noticeId: string, part?: 'category' | 'when' | 'place' | 'sample-flag' | `body-${number}`): string {
  return part === undefined ? `notice-${noticeId}` : `notice-${noticeId}-${part}`;
}

/** A library notice as a document: title, category, dates, place, body paragraphs, sample flag. */
export function noticeDocument(notice: Notice, lang: Language, labels: NoticeLabels): BuiltDocument {
  const writer = new DocumentWriter();
  const title = pickText(notice.title, lang);
  writer.add([verbatim(title, noticeElementId(notice.id))], { kind: 'heading', level: 2, label: title, ...langOf(notice.title, lang) });
  writer.add([verbatim(labels.category[notice.category], noticeElementId(notice.id, 'category'))], { kind: 'paragraph' });
  if (notice.startsOn) writer.add([verbatim(labels.when(notice.startsOn, notice.endsOn), noticeElementId(notice.id, 'when'))], { kind: 'paragraph' });
  if (notice.place) {
    const line = `${labels.place}: ${pickText(notice.place, lang)}`;
    writer.add([verbatim(line, noticeElementId(notice.id, 'place'))], { kind: 'paragraph', ...langOf(notice.place, lang) });
  }
  notice.body.forEach((paragraph, index) => {
    writer.add([verbatim(pickText(paragraph, lang), noticeElementId(notice.id, `body-${index + 1}`))], { kind: 'paragraph', ...langOf(paragraph, lang) });
  });
  if (notice.isSample) writer.add([verbatim(labels.sampleFlag, noticeElementId(notice.id, 'sample-flag'))], { kind: 'paragraph' });
  return finish(writer, `notice:${notice.id}:${lang}`, title, lang);
}

/**
 * A plain text (a scanned letter, later) as a document: one paragraph per line, the text unchanged. The screen
 * shows it in one element with id `<id>-text` (white-space: pre-line), so highlights map one to one.
 */
export function plainDocument(id: string, title: string, text: string, lang: Language): BuiltDocument {
  const blocks = trimmedLines(text, 0, text.length).map((line) => ({ kind: 'paragraph' as const, ...line }));
  const display = text.length > 0 ? [{ start: 0, end: text.length, elementId: `${id}-text`, elementOffset: 0 }] : [];
  return { document: { id, title, lang, text, blocks, units: [] }, display };
}

function verbatim(text: string, elementId: string): TextPiece {
  return { text, elementId, elementOffset: 0 };
}

/** `{ lang: 'id' }` when the visitor's language falls back to Indonesian for this text, else nothing. */
function langOf(text: LocalizedText, lang: Language): { lang?: Language } {
  return isFallback(text, lang) ? { lang: 'id' } : {};
}

function finish(writer: DocumentWriter, id: string, title: string, lang: Language): BuiltDocument {
  return { document: { id, title, lang, text: writer.text(), blocks: writer.blocks, units: [] }, display: writer.display };
}
