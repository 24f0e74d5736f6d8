import { describe, expect, it } from 'vitest';
import { findCitation } from '../../../content/search/citation-query.ts';
import { parseQuery } from '../../../content/search/query-groups.ts';

describe('parseQuery', () => {
  it('finds nothing to search in an empty or stopword-only query', () => {
    expect(parseQuery('', 'id')).toEqual([]);
    expect(parseQuery('   ', 'id')).toEqual([]);
    expect(parseQuery('yang dan untuk', 'id')).toEqual([]);
  });

  it('expands an abbreviation one way: bansos → bantuan sosial', () => {
    const [group] = parseQuery('Bansos', 'id');
    expect(group).toMatchObject({ text: 'bansos', literal: [['bansos']], synonyms: ['bantuan_sosial'] });
    expect(parseQuery('bantuan', 'id')[0]?.synonyms).toEqual([]);
  });

  it.each([
    ['lansia', 'lanjut_usia'],
    ['lanjut usia', 'lansia'],
    ['ktp', 'kartu_tanda_penduduk'],
    ['kartu tanda penduduk', 'ktp'],
    ['kk', 'kartu_keluarga'],
    ['kartu keluarga', 'kk'],
    ['kis', 'kartu_indonesia_sehat'],
    ['kip', 'kartu_indonesia_pintar'],
    ['pkh', 'program_keluarga_harapan'],
    ['bpnt', 'kartu_sembako'],
    ['sekolah', 'pendidikan'],
    ['difabel', 'disabilitas'],
    ['cacat', 'disabilitas'],
    ['loker', 'pekerjaan'],
    ['miskin', 'fakir_miskin'],
    ['miskin', 'kurang_mampu'],
    ['bpjs', 'jkn'],
    ['dukcapil', 'kependudukan_pencatatan_sipil'],
    ['perpus', 'perpustakaan'],
    ['beasiswa', 'kip'],
    ['berobat', 'kesehatan'],
    ['uu', 'undang'],
    ['undang-undang', 'uu'],
  ])('%s also searches %s', (query, term) => {
    const groups = parseQuery(query, 'id');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.synonyms).toContain(term);
  });

  it('keeps a phrase from the synonym list as one group and one term, with its words as weak partial matches', () => {
    const groups = parseQuery('bantuan untuk lanjut usia', 'id');
    expect(groups.map((group) => group.text)).toEqual(['bantuan', 'lanjut usia']);
    expect(groups[1]).toMatchObject({ literal: [['lanjut_usia']], partial: ['lanjut', 'usia'] });
  });

  it('searches a hyphenated word joined or as its parts', () => {
    expect(parseQuery('KTP-el', 'id')[0]).toMatchObject({ text: 'ktp-el', literal: [['ktpel'], ['ktp', 'el']] });
  });

  it('applies English synonyms only to English queries', () => {
    expect(parseQuery('elderly', 'en')[0]?.synonyms).toContain('senior');
    expect(parseQuery('elderly', 'id')[0]?.synonyms).toEqual([]);
    expect(parseQuery('bansos', 'en')[0]?.synonyms).toContain('bantuan_sosial');
  });
});

describe('findCitation', () => {
  it.each([
    ['uu 8 2016', { type: 'uu', number: '8', year: 2016 }],
    ['UU No. 8 Tahun 2016', { type: 'uu', number: '8', year: 2016 }],
    ['undang-undang nomor 13 tahun 1998 lansia', { type: 'uu', number: '13', year: 1998 }],
    ['8/2016', { number: '8', year: 2016 }],
    ['pp 39/2012', { type: 'pp', number: '39', year: 2012 }],
  ])('%s cites %j', (query, citation) => {
    expect(findCitation(query)).toEqual(citation);
  });

  it.each(['2016', 'disabilitas', 'pasal 28h', 'anggaran tahun 2017'])('%s cites nothing', (query) => {
    expect(findCitation(query)).toBeUndefined();
  });
});
