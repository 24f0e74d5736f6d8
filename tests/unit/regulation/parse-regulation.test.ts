// What the regulation parser gets right on real laws. Counts were taken from the laws themselves (their
// published chapter and article counts, checked against the raw text by hand), not from the parser's output.
import { describe, expect, it } from 'vitest';
import { countNodes, findPasal, findPenjelasanPasal } from '../../../content/regulation/find-in-structure.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import {
  FIXTURE_LAW_IDS,
  SAMPLE_LAW_IDS,
  allNodes,
  loadLaw,
  ownArticles,
  textOf,
  validateAsRegulation,
} from './law-fixtures.ts';

const ALL_IDS = [...SAMPLE_LAW_IDS, ...FIXTURE_LAW_IDS];
const parsedCache = new Map<string, ReturnType<typeof parseRegulation>>();
function parsed(id: string): ReturnType<typeof parseRegulation> {
  let result = parsedCache.get(id);
  if (!result) {
    result = parseRegulation(loadLaw(id).text);
    parsedCache.set(id, result);
  }
  return result;
}

// [law, BAB, own Pasal, how the numbers were checked]
const COUNTS: Array<[string, number, number, string]> = [
  ['uu-2007-43', 15, 54, 'UU 43/2007: 15 bab, 54 pasal'],
  ['uu-2008-14', 14, 64, 'UU 14/2008: 14 bab, 64 pasal'],
  ['uu-2009-25', 10, 62, 'UU 25/2009: 10 bab, 62 pasal'],
  ['uu-2011-13', 9, 45, 'UU 13/2011: 9 bab, 45 pasal'],
  ['uu-1948-30', 0, 1, 'one article printed "Satu-satunya pasal"'],
  ['uu-1950-16', 3, 7, '"B A B I." to "B A B III.", Pasal 1. to Pasal 7. (lampiran follows)'],
  ['uu-1951-13', 0, 2, 'Pasal I and PASAL II'],
  ['uu-1953-6', 0, 0, 'a decision in PERTAMA / KEDUA form, no articles'],
  ['uu-1954-69', 0, 2, 'Pasal 1 and Pasal 2, the second joined to the end of the first'],
  ['uu-1957-11', 0, 2, 'Pasal 1 and Pasal 2; "BAB I (Pengeluaran)" is a budget table inside Pasal 1'],
  ['uu-1958-77', 0, 2, 'Pasal I (quoting eight articles) and Pasal II'],
  ['uu-1960-1', 0, 2, 'Pasal 1 (quoting Pasal 359, 360, 188 KUHP) and Pasal 2'],
  ['uu-1967-10', 0, 4, 'Pasal 1 to 4'],
  ['uu-1970-3', 11, 27, 'BAB I to XI, Pasal 1 to 27'],
  ['uu-1999-41', 17, 84, 'UU 41/1999: 17 bab, 84 pasal (Pasal 1 misprinted "Pasal I")'],
  ['uu-1999-43', 0, 2, 'Pasal I (printed "Pasal 1") and Pasal II'],
  ['uu-2003-12', 17, 150, 'UU 12/2003: 17 bab (the first printed "BAB 1"), 150 pasal'],
  ['uu-2004-2', 8, 126, 'UU 2/2004: 8 bab, 126 pasal (six headings behind page furniture: "- 31 - Pasal 40")'],
  ['uu-2004-24', 16, 103, 'UU 24/2004: 16 bab, 103 pasal'],
  ['uu-2019-15', 0, 2, 'Pasal I and Pasal II'],
];

describe('parseRegulation: counts on real laws', () => {
  it.each(COUNTS)('%s has %i BAB and %i Pasal of its own (%s)', (id, bab, pasal) => {
    const { structure } = parsed(id);
    expect(countNodes(structure, 'bab')).toBe(bab);
    expect(countNodes(structure, 'pasal')).toBe(pasal);
  });

  it('UU 8/2016 has its 13 BAB and all 153 Pasal, 1 to 153 in order, each once (two were garbled in the text)', () => {
    const { structure } = parsed('uu-2016-8');
    expect(countNodes(structure, 'bab')).toBe(13);
    expect(countNodes(structure, 'pasal')).toBe(153);
    const numbers = ownArticles(structure).map((node) => node.number);
    expect(numbers).toEqual(Array.from({ length: 153 }, (_, index) => String(index + 1)));
  });

  it('UU 2/2004 has its 126 Pasal in order, including the six printed behind page furniture', () => {
    const numbers = ownArticles(parsed('uu-2004-2').structure).map((node) => node.number);
    expect(numbers).toEqual(Array.from({ length: 126 }, (_, index) => String(index + 1)));
  });

  it.each(ALL_IDS)('%s: own articles are numbered in increasing order', (id) => {
    const articles = ownArticles(parsed(id).structure);
    const arabic = articles.filter((node) => /^\d+[A-Z]*$/.test(node.number)).map((node) => Number.parseInt(node.number, 10));
    for (let index = 1; index < arabic.length; index += 1) expect(arabic[index]).toBeGreaterThan(arabic[index - 1] ?? 0);
  });
});

const HEADING_START: Partial<Record<string, RegExp>> = {
  bab: /^(?:BAB|B A B) /,
  bagian: /^(?:Bagian|BAGIAN) /,
  paragraf: /^(?:Paragraf|PARAGRAF) /,
  // A quoted article may keep its opening quote: '"Pasal 7'. Garbled headings are read in sequence ("Pasal, 147",
  // "Pasat27", see garbled-headings.test.ts).
  pasal: /^["“]?(?:Pasal|PASAL|Pasa[il1I]|pasal) |^Satu-satunya pasal|^(?:Pasa\S{0,2}|Pasl|Paal|Pasqal|P asal)[ .,·:^]{0,3}[0-9OIlSi]/,
};

describe('parseRegulation: offsets', () => {
  it.each(ALL_IDS)('%s passes regulationSchema (offsets nest, in order, inside the text)', (id) => {
    const result = validateAsRegulation(loadLaw(id), parsed(id));
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
  });

  it.each(ALL_IDS)('%s: every node starts a line, and its body does not start with a space', (id) => {
    const { text, structure } = parsed(id);
    for (const node of allNodes(structure)) {
      expect(node.start === 0 || text[node.start - 1] === '\n', `${node.label} at ${node.start}`).toBe(true);
      expect(text[node.bodyStart] === ' ', `${node.label} body at ${node.bodyStart}`).toBe(false);
    }
  });

  it.each(ALL_IDS)('%s: a heading node begins with its label', (id) => {
    const { text, structure } = parsed(id);
    for (const node of allNodes(structure)) {
      if (node.kind === 'pembukaan' || node.kind === 'penutup') continue;
      const heading = text.slice(node.start, node.bodyStart).replace(/\s+/g, ' ');
      if (['ayat', 'huruf', 'angka'].includes(node.kind)) expect(heading.startsWith(node.label), node.label).toBe(true);
      else expect(heading, node.label).toMatch(HEADING_START[node.kind] ?? /^PENJELASAN|^MEMORI PENJELASAN/);
    }
  });
});

// [law, label of a chapter, part or paragraph, its title]
const TITLES: Array<[string, string, string]> = [
  ['uu-2011-13', 'BAB I', 'KETENTUAN UMUM'],
  ['uu-2011-13', 'BAB IX', 'KETENTUAN PENUTUP'],
  ['uu-2011-13', 'Bagian Kedua', 'Pendataan Fakir Miskin'],
  ['uu-2011-13', 'Paragraf 7', 'Pelayanan Sosial'],
  ['uu-2016-8', 'BAB III', 'HAK PENYANDANG DISABILITAS'],
  ['uu-2016-8', 'Bagian Kedua Puluh Satu', 'Hak Kewarganegaraan'],
  ['uu-2016-8', 'Bagian Kedua Puluh Dua', 'Hak Bebas dari Diskriminasi, Penelantaran, Penyiksaan, dan Eksploitasi'],
  ['uu-2007-43', 'BAB I', 'KETENTUAN UMUM'],
  ['uu-1950-16', 'BAB I', 'Peraturan Umum'],
  ['uu-1970-3', 'BAB VII', 'LALU LINTAS BARANG, KARANTINA DEVISA, PELAYARAN DAN KEPELABUHANAN'],
  ['uu-2003-12', 'BAB I', 'KETENTUAN UMUM'],
];

describe('parseRegulation: titles', () => {
  it.each(TITLES)('%s: %s is titled "%s"', (id, label, title) => {
    const node = allNodes(parsed(id).structure).find((candidate) => candidate.label === label);
    expect(node?.title).toBe(title);
  });

  it('splits "BAB II HAK DAN TANGGUNG JAWAB" into a label line and a title line', () => {
    const { text, structure } = parsed('uu-2011-13');
    const chapter = structure.find((node) => node.label === 'BAB II');
    expect(chapter && text.slice(chapter.start, chapter.bodyStart)).toBe('BAB II\nHAK DAN TANGGUNG JAWAB\n');
  });
});

// [law, pasal, ayat, what the unit's text starts with]
const LOOKUPS: Array<[string, string, string | undefined, string]> = [
  ['uu-2011-13', '45', undefined, 'Pasal 45\nUndang-undang ini mulai berlaku pada tanggal diundangkan.'],
  ['uu-2011-13', '7', '2', '(2) Penanganan fakir miskin sebagaimana dimaksud pada ayat (1) dapat dilakukan melalui:'],
  ['uu-2008-14', '1', undefined, 'Pasal 1\nDalam Undang-Undang ini yang dimaksud dengan:'],
  ['uu-1954-69', '2', undefined, 'Pasal 2\nUndang-undang ini mulai berlaku pada hari diundangkan'],
  ['uu-1948-30', '1', undefined, 'Satu-satunya pasal.\nSelama tiga bulan terhitung mulai tanggal 15 September 1948'],
  ['uu-1999-41', '1', undefined, 'Pasal I\nDalam undang-undang ini yang dimaksud dengan:'],
  ['uu-2019-15', 'ii', undefined, 'Pasal II\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.'],
  ['uu-2003-12', '150', undefined, 'Pasal 150\n'],
  ['uu-2016-8', '26', undefined, 'Pasal 26\nHak bebas dari Diskriminasi, penelantaran, penyiksaan, dan eksploitasi untuk Penyandang Disabilitas'],
  ['uu-2016-8', '128', '1', '(1) Pemerintah dan Pemerintah Daerah memfasilitasi Penyandang Disabilitas untuk bersosialisasi'],
  ['uu-2016-8', '127', undefined, 'Pasal 127\nPemerintah dan Pemerintah Daerah wajib menyediakan rumah aman'],
  ['uu-2004-2', '40', '1', '(1) Arbiter wajib menyelesaikan perselisihan'],
];

describe('parseRegulation with findPasal', () => {
  it.each(LOOKUPS)('%s: Pasal %s ayat %s starts with the right text', (id, pasal, ayat, start) => {
    const { text, structure } = parsed(id);
    const node = findPasal(structure, pasal, ayat);
    expect(node && textOf(text, node).startsWith(start), node && textOf(text, node).slice(0, 120)).toBe(true);
  });

  // [law, pasal, ayat count, huruf directly in the article]
  const UNITS: Array<[string, string, number, number]> = [
    ['uu-2011-13', '8', 9, 0],
    ['uu-2011-13', '7', 2, 0],
    ['uu-2011-13', '5', 0, 0],
    ['uu-2011-13', '2', 0, 6],
    ['uu-2008-14', '2', 4, 0],
    ['uu-2008-14', '9', 6, 0],
    ['uu-2008-14', '17', 0, 10],
  ];
  it.each(UNITS)('%s: Pasal %s has %i ayat and %i huruf of its own', (id, pasal, ayat, huruf) => {
    const article = findPasal(parsed(id).structure, pasal);
    expect(article?.children.filter((child) => child.kind === 'ayat').length).toBe(ayat);
    expect(article?.children.filter((child) => child.kind === 'huruf').length).toBe(huruf);
  });

  it('nests lists as the law does: UU 13/2011 Pasal 7 ayat (1) has huruf a to h', () => {
    const paragraph = findPasal(parsed('uu-2011-13').structure, '7', '1');
    expect(paragraph?.children.map((child) => child.number).join('')).toBe('abcdefgh');
  });
});

describe('parseRegulation: pembukaan, penutup, penjelasan', () => {
  it('UU 13/2011 opens with its title and closes with the enactment formula and the elucidation', () => {
    const { text, structure } = parsed('uu-2011-13');
    expect(structure.map((node) => node.kind)).toEqual(['pembukaan', ...Array(9).fill('bab'), 'penutup', 'penjelasan']);
    expect(structure[0]?.title).toBe('PENANGANAN FAKIR MISKIN');
    const penutup = structure.find((node) => node.kind === 'penutup');
    expect(penutup && textOf(text, penutup)).toMatch(/^Agar setiap orang mengetahuinya,[\s\S]*LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2011 NOMOR 83$/);
    const penjelasan = structure.find((node) => node.kind === 'penjelasan');
    expect(penjelasan?.title).toBe('ATAS UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 13 TAHUN 2011 TENTANG PENANGANAN FAKIR MISKIN');
    expect(penjelasan?.children).toHaveLength(45);
  });

  it('the penjelasan of an article can be looked up: UU 13/2011 Pasal 7', () => {
    const { text, structure } = parsed('uu-2011-13');
    const note = findPenjelasanPasal(structure, '7');
    expect(note && text.slice(note.bodyStart, note.end)).toMatch(/^Ayat \(1\) Huruf a Yang dimaksud dengan “pengembangan potensi diri”/);
  });

  it('splits the joined preamble: "...(...); Dengan Persetujuan Bersama DEWAN ..." starts its own line', () => {
    expect(parsed('uu-2011-13').text).toContain('Nomor 4967);\nDengan Persetujuan Bersama DEWAN');
  });

  it('the penutup of a 1950s law starts at "Agar supaya setiap orang dapat mengetahuinya"', () => {
    const { text, structure } = parsed('uu-1958-77');
    const penutup = structure.find((node) => node.kind === 'penutup');
    expect(penutup && textOf(text, penutup)).toMatch(/^Agar supaya setiap orang dapat mengetahuinya/);
  });
});

describe('parseRegulation: references are not headings', () => {
  it.each(ALL_IDS)('%s: no node starts at "... dimaksud dalam Pasal 5" or "... pada ayat (1)"', (id) => {
    const { text, structure } = parsed(id);
    const starts = new Set(allNodes(structure).map((node) => node.start));
    for (const match of text.matchAll(/(?:dimaksud|tersebut) (?:dalam|pada) (?=Pasal|pasal|ayat|BAB|Bagian)/g)) {
      expect(starts.has(match.index + match[0].length)).toBe(false);
    }
  });

  it('UU 13/2011 mentions "Pasal" 63 times but has 45 articles', () => {
    const { text, structure } = parsed('uu-2011-13');
    const body = text.slice(0, text.indexOf('PENJELASAN ATAS'));
    expect(body.match(/Pasal \d+/g)?.length).toBeGreaterThan(45);
    expect(countNodes(structure, 'pasal')).toBe(45);
  });

  const LAW = [
    'UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 1 TAHUN 2030 TENTANG CONTOH',
    'Mengingat : Pasal 5 ayat (1), Pasal 20, dan Pasal 28H ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;',
    'MEMUTUSKAN: Menetapkan: UNDANG-UNDANG TENTANG CONTOH.',
    'BAB I KETENTUAN UMUM Pasal 1 Dalam Undang-Undang ini yang dimaksud dengan Warga adalah penduduk.',
    'Pasal 2',
    '(1) Setiap Warga berhak atas layanan. (2) Hak sebagaimana dimaksud pada ayat (1) diberikan menurut Pasal 5.',
    'Pasal 5 ayat (2) Undang-Undang Nomor 9 Tahun 2000 tidak berlaku bagi Warga.',
    'sebagaimana dimaksud dalam Pasal 36 ayat (1) tetap berlaku.',
    'Pasal 3 Undang-Undang ini mulai berlaku pada tanggal diundangkan.',
    'Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini.',
  ].join('\n');

  it('a line that starts with a reference ("Pasal 5 ayat (2) Undang-Undang ...") stays body text', () => {
    const { text, structure } = parseRegulation(LAW);
    expect(ownArticles(structure).map((node) => node.label)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);
    const second = findPasal(structure, '2');
    expect(second && textOf(text, second)).toContain('Pasal 5 ayat (2) Undang-Undang Nomor 9 Tahun 2000');
    expect(second && textOf(text, second)).toContain('sebagaimana dimaksud dalam Pasal 36 ayat (1) tetap berlaku.');
    expect(second?.children.map((child) => child.label)).toEqual(['(1)', '(2)']);
  });

  it('joined headings get their own lines: "BAB I KETENTUAN UMUM Pasal 1 Dalam ..." and "... berlaku. Pasal 3 ..."', () => {
    const { text } = parseRegulation(LAW);
    expect(text).toContain('\nBAB I\nKETENTUAN UMUM\nPasal 1\nDalam Undang-Undang ini');
    expect(text).toContain('tidak berlaku bagi Warga.\nsebagaimana');
    expect(text).toContain('\nPasal 3\nUndang-Undang ini mulai berlaku');
    expect(text).toContain('(1) Setiap Warga berhak atas layanan.\n(2) Hak sebagaimana');
  });
});
