// Pasal look-ups for the reading session: the law's own articles in order (for next/previous Pasal and "Pasal 5
// dari 153"), "go to Pasal 28H ayat 2", and "where am I". Articles quoted by an amendment (a Pasal inside a
// Pasal) are not the law's own: they are found by go-to only when no own article has that number, as
// content/regulation/find-in-structure.ts does for the screens. The penjelasan's articles are never Pasal here.
import type { ReadableUnit } from './readable-document.ts';
import { headingBlockBefore, lastStartingAtOrBefore, type ReaderIndex } from './reader-index.ts';
import type { ReaderPosition, WhereAmIMessage } from './reader-vocabulary.ts';

/** The law's own Pasal and the quoted ones, in document order. */
export function pasalsOf(index: ReaderIndex): { own: ReadableUnit[]; quoted: ReadableUnit[] } {
  if (!index.pasalMemo) {
    const own: ReadableUnit[] = [];
    const quoted: ReadableUnit[] = [];
    const walk = (units: readonly ReadableUnit[], articlesAbove: number): void => {
      for (const unit of units) {
        if (unit.kind === 'penjelasan') continue;
        if (unit.kind === 'pasal') (articlesAbove === 0 ? own : quoted).push(unit);
        walk(unit.children, articlesAbove + (unit.kind === 'pasal' ? 1 : 0));
      }
    };
    walk(index.doc.units, 0);
    index.pasalMemo = { own, quoted };
  }
  return index.pasalMemo;
}

/** Where `offset` is among the own Pasal: the last one starting at or before it, and whether it is inside it. */
export function pasalPlace(index: ReaderIndex, offset: number): { at: number; isInside: boolean } {
  const { own } = pasalsOf(index);
  const at = lastStartingAtOrBefore(own, offset);
  return { at, isInside: at >= 0 && offset < own[at]!.end };
}

/** Result of looking up "Pasal N ayat M". */
export type PasalLookup = { unit: ReadableUnit } | { missing: 'pasal' } | { missing: 'ayat' };

/** Finds a Pasal (own first, then quoted) and optionally its ayat. */
export function findPasalUnit(index: ReaderIndex, pasal: string, ayat?: string): PasalLookup {
  const { own, quoted } = pasalsOf(index);
  const wanted = normalizeNumber(pasal, /^pasal\s+/i);
  const articles = [...own, ...quoted].filter((unit) => normalizeNumber(unit.number) === wanted);
  if (articles.length === 0) return { missing: 'pasal' };
  const [first] = articles;
  if (ayat === undefined || ayat.trim() === '') return { unit: first! };
  const wantedAyat = normalizeNumber(ayat, /^ayat\s+/i);
  for (const article of articles) {
    const found = article.children.find((child) => child.kind === 'ayat' && normalizeNumber(child.number) === wantedAyat);
    if (found) return { unit: found };
  }
  return { missing: 'ayat' };
}

/** "Where am I" at a position. */
export function whereAmI(index: ReaderIndex, position: ReaderPosition, sentenceStart: number): WhereAmIMessage {
  const { text, units } = index.doc;
  const percent = text.length === 0 ? 0 : Math.min(100, Math.floor((sentenceStart * 100) / text.length));
  const heading = nearestHeading(index, position.block);
  if (units.length === 0) return withHeading({ key: 'where-am-i', percent }, heading);
  const { own } = pasalsOf(index);
  const { at, isInside } = pasalPlace(index, sentenceStart);
  if (isInside) {
    const pasal = own[at]!;
    const message: WhereAmIMessage = { key: 'where-am-i', percent, unit: pasal.label, index: at + 1, total: own.length };
    const ayat = pasal.children.find((child) => child.kind === 'ayat' && child.start <= sentenceStart && sentenceStart < child.end);
    if (ayat) message.ayat = ayat.number;
    return message;
  }
  const part = deepestPart(units, sentenceStart);
  if (!part) return withHeading({ key: 'where-am-i', percent }, heading);
  const message: WhereAmIMessage = { key: 'where-am-i', percent, part: part.kind, unit: part.label };
  return heading && heading !== part.label ? { ...message, heading } : message;
}

/** The innermost unit other than a Pasal (and what it holds) that contains `offset`. */
function deepestPart(units: readonly ReadableUnit[], offset: number): ReadableUnit | undefined {
  let found: ReadableUnit | undefined;
  let level: readonly ReadableUnit[] = units;
  for (;;) {
    const unit = level.find((candidate) => candidate.start <= offset && offset < candidate.end && candidate.kind !== 'pasal');
    if (!unit) return found;
    found = unit;
    level = unit.children;
  }
}

/** The name of the nearest heading at or before a block: its label, or its first line. */
function nearestHeading(index: ReaderIndex, block: number): string | undefined {
  const at = headingBlockBefore(index, block + 1);
  if (at === undefined) return undefined;
  const heading = index.blocks[at]!;
  if (heading.label) return heading.label;
  const firstLine = index.doc.text.slice(heading.start, heading.end).split('\n')[0]!.trim();
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
}

function withHeading(message: WhereAmIMessage, heading: string | undefined): WhereAmIMessage {
  return heading ? { ...message, heading } : message;
}

/** "28h" → "28H", "(2)" → "2", "Pasal 5" → "5" (with the prefix given). */
function normalizeNumber(value: string, prefix?: RegExp): string {
  let result = value.trim();
  if (prefix) result = result.replace(prefix, '');
  return result.replace(/^\(\s*|\s*\)$/g, '').replace(/\.$/, '').trim().toUpperCase();
}
