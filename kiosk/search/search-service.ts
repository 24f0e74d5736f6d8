// The kiosk side of search: loads the search engine (minisearch, stemmer, synonyms) only when a visitor
// first searches, and builds one index per pack and language, reused for the rest of the visit.
import type { Language } from '../../content/model/language.ts';
import type { Pack } from '../../content/model/pack.ts';
import type { SearchHit, SearchIndex } from '../../content/search/search-types.ts';

export type { SearchHit } from '../../content/search/search-types.ts';

const engine = async () => {
  const [{ buildSearchIndex }, { searchIndex }] = await Promise.all([import('../../content/search/build-search-index.ts'), import('../../content/search/search-index.ts')]);
  return { buildSearchIndex, searchIndex };
};
let cached: { pack: Pack; language: Language; index: Promise<SearchIndex> } | undefined;

/** Searches the pack's programs, regulations and notices; results say why they matched. */
export async function searchContent(pack: Pack, language: Language, query: string): Promise<SearchHit[]> {
  const { buildSearchIndex, searchIndex } = await engine();
  if (!cached || cached.pack !== pack || cached.language !== language) {
    cached = { pack, language, index: Promise.resolve().then(() => buildSearchIndex(pack.items, language)) };
  }
  return searchIndex(await cached.index, query);
}
