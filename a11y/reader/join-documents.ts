// Several built documents read as one (e.g. every notice on the library-information screen): texts joined
// by line breaks, blocks, units and display spans shifted by where each part starts.
import type { Language } from '../../content/model/language.ts';
import type { BuiltDocument, DisplaySpan } from './display-map.ts';
import type { ReadableBlock, ReadableUnit } from './readable-document.ts';

function shiftUnit(unit: ReadableUnit, by: number): ReadableUnit {
  return { ...unit, start: unit.start + by, end: unit.end + by, children: unit.children.map((child) => shiftUnit(child, by)) };
}

/** One document made of `parts` in order; every offset of a part is moved by where that part starts. */
export function joinDocuments(id: string, title: string, lang: Language, parts: readonly BuiltDocument[]): BuiltDocument {
  let text = '';
  const blocks: ReadableBlock[] = [];
  const units: ReadableUnit[] = [];
  const display: DisplaySpan[] = [];
  for (const part of parts) {
    if (text.length > 0) text += '\n';
    const by = text.length;
    text += part.document.text;
    blocks.push(...part.document.blocks.map((block) => ({ ...block, start: block.start + by, end: block.end + by })));
    units.push(...part.document.units.map((unit) => shiftUnit(unit, by)));
    display.push(...part.display.map((span) => ({ ...span, start: span.start + by, end: span.end + by })));
  }
  return { document: { id, title, lang, text, blocks, units }, display };
}
