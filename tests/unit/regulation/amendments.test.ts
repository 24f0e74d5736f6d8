// Amendment laws quote the articles they change. The parser keeps the amending law's own articles at the top
// ("Pasal I", "Pasal II", or arabic ones in older and omnibus laws) and puts each quoted article under the
// numbered instruction that quotes it: Pasal I > angka "2." > pasal "Pasal 20" > ayat. Quoted chapters and
// parts stay body text.
import { describe, expect, it } from 'vitest';
import type { RegulationNode } from '../../../content/model/regulation.ts';
import { countNodes, findPasal } from '../../../content/regulation/find-in-structure.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import { allNodes, loadLaw, ownArticles, textOf } from './law-fixtures.ts';

/** Articles inside another article (quoted by an amendment), in document order. */
function quotedArticles(nodes: readonly RegulationNode[]): RegulationNode[] {
  return ownArticles(nodes).flatMap((article) => allNodes(article.children).filter((node) => node.kind === 'pasal'));
}

describe('a modern amendment: UU 15/2019 changing UU 12/2011', () => {
  const { text, structure } = parseRegulation(loadLaw('uu-2019-15').text);

  it('has two articles of its own, Pasal I and Pasal II', () => {
    expect(ownArticles(structure).map((node) => node.label)).toEqual(['Pasal I', 'Pasal II']);
    expect(countNodes(structure, 'pasal')).toBe(2);
  });

  it('quotes the sixteen articles its instructions name (checked against the instructions, by hand)', () => {
    expect(quotedArticles(structure).map((node) => node.number)).toEqual(
      ['1', '20', '21', '23', '26', '47', '49', '54', '55', '58', '71A', '85', '91', '95A', '95B', '99A'],
    );
    expect(countNodes(structure, 'pasal', { includeQuoted: true })).toBe(18);
  });

  it('puts a quoted article under the instruction that quotes it', () => {
    const first = ownArticles(structure)[0];
    const instruction = first?.children.find((node) => node.kind === 'angka' && node.number === '2');
    expect(instruction && text.slice(instruction.bodyStart, instruction.bodyStart + 60)).toBe(
      'Ketentuan Pasal 20 diubah sehingga berbunyi sebagai berikut:',
    );
    expect(instruction?.children.map((node) => node.label)).toEqual(['Pasal 20']);
    expect(instruction?.children[0]?.children.map((node) => node.label)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  });

  it('a quoted article ends where the next instruction begins', () => {
    const quoted = findPasal(structure, '20');
    expect(quoted && textOf(text, quoted)).toMatch(/^Pasal 20\n\(1\) Penyusunan Prolegnas[\s\S]*Anggaran Pendapatan dan Belanja Negara\.$/);
  });

  it('finds a quoted article case-insensitively ("95a") and reads OCR "Pasal 2 1" as Pasal 21', () => {
    const inserted = findPasal(structure, '95a');
    expect(inserted && textOf(text, inserted)).toMatch(/^Pasal 95A\n\(1\) Pemantauan dan Peninjauan terhadap Undang-Undang/);
    expect(findPasal(structure, '21')?.label).toBe('Pasal 21');
  });

  it('keeps a quoted chapter as text, not as a chapter of this law', () => {
    expect(countNodes(structure, 'bab')).toBe(0);
    expect(text).toContain('BAB XA PEMANTAUAN DAN PENINJAUAN TERHADAP UNDANG-UNDANG');
  });
});

describe('older amendments', () => {
  it('UU 18/1957 (1958-77): Pasal I quotes Pasal 1 to 8 of an emergency law; Pasal II is its own', () => {
    const { text, structure } = parseRegulation(loadLaw('uu-1958-77').text);
    expect(ownArticles(structure).map((node) => node.label)).toEqual(['Pasal I', 'Pasal II']);
    expect(quotedArticles(structure).map((node) => node.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const second = findPasal(structure, 'II');
    expect(second && textOf(text, second)).toBe('Pasal II.\nUndang-undang ini mulai berlaku pada hari diundangkan.');
  });

  it('UU 1/1960: arabic Pasal 1 quotes "Pasal 359:", "Pasal 360:", "Pasal 188:" of the KUHP; Pasal 2 is its own', () => {
    const { text, structure } = parseRegulation(loadLaw('uu-1960-1').text);
    expect(ownArticles(structure).map((node) => node.label)).toEqual(['Pasal 1', 'Pasal 2']);
    expect(quotedArticles(structure).map((node) => node.number)).toEqual(['359', '360', '188']);
    const own = findPasal(structure, '2');
    expect(own && textOf(text, own)).toBe('Pasal 2.\nUndang-undang ini mulai berlaku pada hari diundangkan.');
    expect(structure.at(-1)?.label).toBe('MEMORI PENJELASAN');
  });

  it('UU 13/1951: a quoted "Pasal 1." follows "berbunyi sebagai berikut" without a colon', () => {
    const { structure } = parseRegulation(loadLaw('uu-1951-13').text);
    expect(ownArticles(structure).map((node) => node.label)).toEqual(['Pasal I', 'Pasal II']);
    expect(quotedArticles(structure).map((node) => node.label)).toEqual(['Pasal 1']);
  });

  it('UU 43/1999: printed "Pasal 1" ... "Pasal II" is read as Pasal I and II; 17 instructions quote 24 articles', () => {
    const { structure } = parseRegulation(loadLaw('uu-1999-43').text);
    expect(ownArticles(structure).map((node) => node.label)).toEqual(['Pasal I', 'Pasal II']);
    const instructions = ownArticles(structure)[0]?.children.filter((node) => node.kind === 'angka');
    expect(instructions?.map((node) => node.number)).toEqual(Array.from({ length: 17 }, (_, index) => String(index + 1)));
    expect(quotedArticles(structure)).toHaveLength(24);
    expect(countNodes(structure, 'bagian')).toBe(0);
  });

  it('UU 41/1999 is not an amendment: its misprinted "Pasal I" is read (and labelled) as Pasal 1', () => {
    const { structure } = parseRegulation(loadLaw('uu-1999-41').text);
    const articles = ownArticles(structure);
    expect(articles[0]?.label).toBe('Pasal 1');
    expect(articles[0]?.number).toBe('1');
    expect(articles.map((node) => Number(node.number))).toEqual(Array.from({ length: 84 }, (_, index) => index + 1));
    expect(quotedArticles(structure)).toHaveLength(0);
  });
});

describe('the omnibus law: UU 11/2020 (Cipta Kerja, 1.3 million characters)', () => {
  // (How fast it parses is measured by the corpus benchmark, scripts/bench/parse-corpus.ts, not asserted here.)
  const { text, structure, warnings } = parseRegulation(loadLaw('uu-2020-11').text);

  it('is parsed whole: its structure is kept, from the pembukaan to the penjelasan', () => {
    expect(warnings.filter((warning) => warning.startsWith('Structure dropped'))).toEqual([]);
    expect(structure[0]?.kind).toBe('pembukaan');
    expect(structure.map((node) => node.kind)).toContain('penutup');
    expect(structure.at(-1)?.kind).toBe('penjelasan');
  });

  it('has its 15 BAB, and at least 182 of its 186 articles, in order (4 headings are garbled in the text)', () => {
    expect(countNodes(structure, 'bab')).toBe(15);
    const numbers = ownArticles(structure).map((node) => Number.parseInt(node.number, 10));
    expect(numbers.length).toBeGreaterThanOrEqual(182);
    expect(numbers.at(-1)).toBe(186);
    for (let index = 1; index < numbers.length; index += 1) expect(numbers[index]).toBeGreaterThan(numbers[index - 1] ?? 0);
  });

  it('finds its own Pasal 18, not one of the many quoted articles numbered 18', () => {
    const own = findPasal(structure, '18');
    expect(own && text.slice(own.bodyStart).startsWith('Beberapa ketentuan dalam Undang-Undang Nomor 27 Tahun 2OO7 ')).toBe(true);
    expect(countNodes(structure, 'pasal', { includeQuoted: true })).toBeGreaterThan(900);
  });

  it('Pasal 17 quotes Pasal 1 of UU 26/2007 (its "1." is lost), then instruction 2 quotes Pasal 6 (and 8: "3." is lost)', () => {
    const article = findPasal(structure, '17');
    expect(article?.children[0]?.label).toBe('Pasal 1');
    const second = article?.children[1];
    expect(second?.label).toBe('2'); // printed without its dot
    expect(second?.children.map((node) => node.label)).toEqual(['Pasal 6', 'Pasal 8']);
  });
});
