import { describe, expect, it } from 'vitest';
import { isPlausibleRoot, stemIndonesian } from '../../../content/search/stem-indonesian.ts';
import { stemEnglish } from '../../../content/search/stem-english.ts';

// [word, expected stem, what the case checks]
const CASES: [string, string, string][] = [
  ['perpustakaan', 'pustaka', 'per- + -an (per-CAP)'],
  ['pelayanan', 'layan', 'pe-l + -an'],
  ['melayani', 'layan', 'me-l + -i (me-…-i precedence)'],
  ['layanan', 'layan', '-an without a prefix'],
  ['bantuan', 'bantu', '-an'],
  ['membantu', 'bantu', 'mem-b'],
  ['dibantu', 'bantu', 'di-'],
  ['pendidikan', 'didik', 'pen-d + -an, not -kan (pe-…-kan is no confix)'],
  ['kesehatan', 'sehat', 'ke-…-an'],
  ['penyandang', 'sandang', 'peny- recodes s'],
  ['menyandang', 'sandang', 'meny- recodes s'],
  ['pekerjaan', 'kerja', 'pe-CerV + -an'],
  ['bekerja', 'kerja', 'be-C1erC2'],
  ['mendaftar', 'daftar', 'men-d'],
  ['pendaftaran', 'daftar', 'pen-d + -an'],
  ['terdaftar', 'daftar', 'ter-C'],
  ['disabilitas', 'disabilitas', 'root list: looks like di-'],
  ['lansia', 'lansia', 'no affix'],
  ['sekolah', 'sekolah', 'root list: looks like se-…-lah'],
  ['keluarga', 'keluarga', 'root list: looks like ke-; -a is no suffix'],
  ['berkeluarga', 'keluarga', 'ber- stops at a known root'],
  ['makanan', 'makan', '-an'],
  ['memakan', 'makan', 'mem-V recodes m for a known root'],
  ['pengembangan', 'kembang', 'peng-V recodes k for a known root'],
  ['pengobatan', 'obat', 'peng-V'],
  ['berobat', 'obat', 'ber-V'],
  ['pemerintah', 'perintah', 'pem-V recodes p'],
  ['pemerintahan', 'perintah', '-tah is not a particle here'],
  ['kementerian', 'menteri', 'ke-…-an, root list'],
  ['perumahan', 'rumah', 'pe-rV for a known root'],
  ['diberdayakan', 'daya', 'di- + ber- + -kan'],
  ['memperhatikan', 'hati', 'memper- + -kan'],
  ['mempunyai', 'punya', 'mem-p + -i, -nya is not a possessive here'],
  ['diketahui', 'tahu', 'di- + ke- + -i'],
  ['kebijakan', 'bijak', 'ke-…-an with a root ending in k'],
  ['penanganan', 'tangan', 'pen-V recodes t'],
  ['penerima', 'terima', 'pen-V recodes t, root list stops ter-'],
  ['menulis', 'tulis', 'men-V recodes t'],
  ['pelajar', 'ajar', "Sastrawi's pelajar exception"],
  ['belajar', 'ajar', 'bel-ajar'],
  ['berikan', 'beri', 'imperative -kan on a known root'],
  ['lainnya', 'lain', 'possessive -nya'],
  ['bukunya', 'buku', 'possessive on a root'],
  ['bacalah', 'baca', 'particle -lah'],
  ['tanya', 'tanya', '-nya that is part of the root'],
  ['pantai', 'pantai', '-i needs a prefix'],
  ['bupati', 'bupati', '-i needs a prefix'],
  ['jalan', 'jalan', '-an would leave one syllable'],
  ['kesejahteraan', 'sejahtera', 'ke-…-an, se- kept by the root list'],
  ['penghasilan', 'hasil', 'peng-h'],
  ['perpajakan', 'pajak', 'per- + -an'],
  ['keterbukaan', 'buka', 'ke- + ter- + -an'],
  ['pengeluaran', 'keluar', 'peng-V recodes k; ke- of keluar kept'],
  ['dilaksanakan', 'laksana', 'di- + -kan'],
  ['menyusui', 'susu', 'meny- + -i'],
  ['pedesaan', 'desa', 'pe-CP + -an'],
  ['peserta', 'peserta', 'root list: not pe- + serta'],
  ['sosial', 'sosial', 'no affix'],
  ['28h', '28h', 'numbers are not stemmed'],
  ['services', 'services', 'English is not mangled (se- would leave an impossible onset)'],
  ['membership', 'membership', 'English spelling (sh) is left alone'],
  ['online', 'online', 'English spelling (final consonant + e)'],
];

describe('stemIndonesian', () => {
  it.each(CASES)('%s → %s (%s)', (word, stem) => {
    expect(stemIndonesian(word)).toBe(stem);
  });

  it('has at least 40 table cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('isPlausibleRoot', () => {
  it.each([
    ['daftar', true],
    ['umah', true],
    ['jal', false], // too short
    ['teks', false], // one syllable
    ['rtas', false], // impossible onset
    ['kretariat', true], // kr is a real onset
  ])('%s → %s', (root, expected) => {
    expect(isPlausibleRoot(root)).toBe(expected);
  });
});

describe('stemEnglish (plural endings only)', () => {
  it.each([
    ['disabilities', 'disability'],
    ['services', 'service'],
    ['libraries', 'library'],
    ['books', 'book'],
    ['status', 'status'],
    ['business', 'business'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
    ['university', 'university'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});
