import { describe, expect, it } from 'vitest';
import { itemSchema, type Item } from '../../../content/model/pack.ts';
import { buildSearchIndex } from '../../../content/search/build-search-index.ts';
import { searchIndex } from '../../../content/search/search-index.ts';
import type { SearchHit } from '../../../content/search/search-types.ts';
import { BRAILLE_NOTICE, DISABILITY_LAW, TAX_LAW } from '../../fixtures/search/other-items.ts';
import { SEARCH_PROGRAMS } from '../../fixtures/search/programs.ts';

const ITEMS: Item[] = [...SEARCH_PROGRAMS, BRAILLE_NOTICE, DISABILITY_LAW, TAX_LAW];
const index = buildSearchIndex(ITEMS, 'id');
const englishIndex = buildSearchIndex(ITEMS, 'en');

const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);
const top = (query: string, count = 1) => ids(searchIndex(index, query)).slice(0, count);
const hit = (query: string, id: string) => searchIndex(index, query).find((result) => result.id === id);

describe('search fixtures', () => {
  it.each(ITEMS.map((item) => [item.id, item] as const))('%s satisfies the item schema', (_, item) => {
    expect(itemSchema.safeParse(item).success).toBe(true);
  });
});

describe('searchIndex', () => {
  it.each(['', '   ', '\n\t', 'yang dan', '?!'])('returns nothing for the empty query %j', (query) => {
    expect(searchIndex(index, query)).toEqual([]);
  });

  it('[journey] "bansos lansia" puts social assistance for older people first', () => {
    expect(new Set(top('bansos lansia', 2))).toEqual(new Set(['atensi-lansia', 'pkh']));
    const ranked = ids(searchIndex(index, 'bansos lansia'));
    // The health post for older people is elderly but not social assistance: below both.
    expect(ranked.indexOf('posyandu-lansia')).toBeGreaterThan(1);
  });

  it('[journey] "sekolah" finds KIP/PIP first', () => {
    expect(top('sekolah')).toEqual(['pip']);
  });

  it.each([
    ['beasiswa', 'pip'],
    ['kartu sembako', 'program-sembako'],
    ['KIS', 'pbi-jk'],
    ['berobat gratis', 'pbi-jk'],
    ['prakerja', 'kartu-prakerja'],
    ['loker', 'kartu-prakerja'],
    ['BLT desa', 'blt-dana-desa'],
    ['e-KTP', 'ktp-el'],
    ['kartu tanda penduduk', 'ktp-el'],
    ['difabel', 'atensi-disabilitas'],
    ['kursi roda', 'atensi-disabilitas'],
    ['perpus', 'keanggotaan-perpustakaan'],
    ['UU 8 2016', 'uu-2016-8'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toEqual([id]);
  });

  it.each([
    ['bantuan sosail', 'sosial'],
    ['perpustakan', 'perpustakaan'],
    ['disabilitsa', 'disabilitas'],
  ])('tolerates the typo in "%s"', (query, term) => {
    const hits = searchIndex(index, query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.matches).toContainEqual(expect.objectContaining({ term, via: 'fuzzy' }));
  });

  it('does not search short words with typos ("kis" is not "kip")', () => {
    expect(ids(searchIndex(index, 'kis'))).not.toContain('pip');
  });

  it('finds by prefix: "disab" finds disabilitas', () => {
    const hits = searchIndex(index, 'disab');
    expect(ids(hits)).toEqual(expect.arrayContaining(['atensi-disabilitas', 'kartu-penyandang-disabilitas', 'uu-2016-8']));
    expect(hits[0]?.matches).toContainEqual({ field: 'title', term: 'disabilitas', queryTerm: 'disab', via: 'prefix' });
  });

  it('ranks a title match above a body match', () => {
    // "braille" is the notice's title, and only a benefit of library membership.
    const ranked = ids(searchIndex(index, 'braille'));
    expect(ranked.indexOf('layanan-braille')).toBeLessThan(ranked.indexOf('keanggotaan-perpustakaan'));
    // "pajak" is the tax law's title; it is not in the disability law at all, and "lansia" only in the tax law's text.
    expect(top('pajak')).toEqual(['uu-2008-36']);
  });

  it('ranks a literal match above a match through the stem', () => {
    const ranked = ids(searchIndex(index, 'mendaftar'));
    expect(ranked[0]).toBe('kartu-prakerja'); // "Mendaftar di situs prakerja.go.id"
  });

  it('says why an item matched: field, term, what was typed and how', () => {
    const matches = hit('bansos lansia', 'pkh')?.matches ?? [];
    expect(matches).toContainEqual({ field: 'tags', term: 'bansos', queryTerm: 'bansos', via: 'exact' });
    expect(matches).toContainEqual({ field: 'summary', term: 'bantuan sosial', queryTerm: 'bansos', via: 'synonym' });
    expect(matches).toContainEqual({ field: 'summary', term: 'lanjut usia', queryTerm: 'lansia', via: 'synonym' });
    expect(hit('pendaftaran', 'pkh')?.matches).toContainEqual({ field: 'eligibility', term: 'daftar', queryTerm: 'pendaftaran', via: 'stem' });
  });

  it('lists the strongest field first and no reason twice', () => {
    const matches = hit('lansia', 'posyandu-lansia')?.matches ?? [];
    expect(matches[0]?.field).toBe('title');
    const keys = matches.map((match) => JSON.stringify(match));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names the Pasal where regulation text matched', () => {
    const law = hit('buku braille', 'uu-2016-8');
    expect(law?.matches).toContainEqual({ field: 'text', term: 'braille', queryTerm: 'braille', via: 'exact', pasal: '28H' });
    expect(hit('pasal 28h', 'uu-2016-8')?.matches).toContainEqual(expect.objectContaining({ term: '28h', pasal: '28H' }));
  });

  it('puts the regulation a query cites by number and year first', () => {
    // "2016" and "undang-undang" are everywhere in law titles; the citation decides.
    expect(top('UU No. 8 Tahun 2016')).toEqual(['uu-2016-8']);
    expect(top('36/2008')).toEqual(['uu-2008-36']);
  });

  it('filters by kind', () => {
    const laws = searchIndex(index, 'disabilitas', { kinds: ['regulation'] });
    expect(ids(laws)).toEqual(['uu-2016-8']);
    expect(searchIndex(index, 'braille', { kinds: ['notice'] }).map((result) => result.kind)).toEqual(['notice']);
    expect(searchIndex(index, 'braille', { kinds: ['program', 'notice'] }).every((result) => result.kind !== 'regulation')).toBe(true);
  });

  it('limits the number of results', () => {
    expect(searchIndex(index, 'bantuan', { limit: 2 })).toHaveLength(2);
  });

  it('returns scores in descending order', () => {
    const scores = searchIndex(index, 'bantuan tunai miskin').map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('searchIndex in English', () => {
  it('finds English text, with plural stemming and English synonyms', () => {
    expect(ids(searchIndex(englishIndex, 'disabilities')).slice(0, 3)).toContain('atensi-disabilitas');
    expect(ids(searchIndex(englishIndex, 'elderly social assistance')).slice(0, 2)).toEqual(expect.arrayContaining(['atensi-lansia', 'pkh']));
    expect(ids(searchIndex(englishIndex, 'school'))[0]).toBe('pip');
  });

  it('still finds Indonesian words and abbreviations', () => {
    expect(ids(searchIndex(englishIndex, 'bansos lansia')).slice(0, 2)).toContain('pkh');
    expect(ids(searchIndex(englishIndex, 'KTP'))[0]).toBe('ktp-el');
  });
});
