import MiniSearch from 'minisearch';
import { isFallback, pickText, type Language, type LocalizedText } from '../model/localized.ts';
import type { Item } from '../model/pack.ts';
import { analyzeText, type StemCache } from './analyze.ts';
import { regulationUnits } from './regulation-units.ts';
import type { BuildOptions, DocumentOrigin, IndexDocument, MatchField, SearchIndex } from './search-types.ts';

/** The fields of the item engine, and how much a match in each counts: the name most, the details least. */
export const ITEM_FIELD_BOOSTS: Readonly<Partial<Record<MatchField, number>>> = {
  title: 8,
  citation: 6,
  tags: 4,
  summary: 2,
  eligibility: 1.5,
  benefits: 1.5,
  howToApply: 1,
  documents: 1,
  place: 1,
  cost: 1,
  body: 1,
};

/** How much a match in a regulation's own text counts against the item fields (lowest: laws are long). */
export const TEXT_BOOST = 0.6;

/** Documents hold pre-analysed terms separated by spaces: analysis depends on the text's language, not the field. */
const engineOptions = (fields: string[]) => ({
  fields,
  storeFields: [],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
});

/**
 * Builds the search index of the items for one interface language. English text is used where an item has it;
 * where it falls back to Indonesian (and always for regulation text) the Indonesian analyser is used.
 */
export function buildSearchIndex(items: readonly Item[], lang: Language, options: BuildOptions = {}): SearchIndex {
  const itemEngine = new MiniSearch<IndexDocument>(engineOptions(Object.keys(ITEM_FIELD_BOOSTS)));
  const textEngine = new MiniSearch<IndexDocument>(engineOptions(['text']));
  const textOrigins: DocumentOrigin[] = [];
  const textTermUnits = new Map<string, number>();
  const caches: Record<Language, StemCache> = { id: new Map(), en: new Map() };
  const localized = (text: LocalizedText | undefined): string | undefined => {
    if (!text) return undefined;
    const language = isFallback(text, lang) ? 'id' : lang;
    return analyzeText(pickText(text, lang), language, caches[language]).join(' ');
  };
  const list = (texts: readonly LocalizedText[]): string => texts.map(localized).join(' ');
  const plain = (text: string, language: Language = 'id'): string => analyzeText(text, language, caches[language]).join(' ');

  items.forEach((item, index) => {
    itemEngine.add({ id: index, ...itemFields(item, { localized, list, plain }) });
    if (item.kind !== 'regulation') return;
    for (const unit of regulationUnits(item, options.maxUnitChars)) {
      const terms = analyzeText(unit.text, 'id', caches.id);
      for (const term of new Set(terms)) textTermUnits.set(term, (textTermUnits.get(term) ?? 0) + 1);
      textEngine.add({ id: textOrigins.length, text: terms.join(' ') });
      textOrigins.push(unit.pasal === undefined ? { item: index } : { item: index, pasal: unit.pasal });
    }
  });
  const meta = items.map((item) =>
    item.kind === 'regulation'
      ? { id: item.id, kind: item.kind, citation: { type: item.type.toLowerCase(), number: item.number.toLowerCase(), year: item.year } }
      : { id: item.id, kind: item.kind },
  );
  return { lang, items: meta, itemEngine, textEngine, textOrigins, textTermUnits };
}

interface Analysers {
  localized(text: LocalizedText | undefined): string | undefined;
  list(texts: readonly LocalizedText[]): string;
  plain(text: string): string;
}

function itemFields(item: Item, { localized, list, plain }: Analysers): Partial<Record<MatchField, string | undefined>> {
  // Tags and citations are Indonesian keywords ("lansia", "UU 8 2016") whatever the interface language.
  const tags = plain(item.tags.join(' '));
  switch (item.kind) {
    case 'program':
      return {
        title: localized(item.name),
        summary: localized(item.summary),
        tags,
        eligibility: list(item.eligibility),
        benefits: list(item.benefits),
        howToApply: list(item.howToApply),
        documents: list(item.documents),
        place: localized(item.whereToGo),
        cost: localized(item.cost),
      };
    case 'regulation':
      return {
        title: localized(item.title),
        citation: plain(`${item.type} ${item.number} ${item.year}`),
        summary: localized(item.summary),
        tags,
      };
    case 'notice':
      return { title: localized(item.title), body: list(item.body), place: localized(item.place), tags };
  }
}
