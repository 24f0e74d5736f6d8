// Abbreviations a voice reads badly, and what to say instead. Staff can extend this table: add a row with
// the abbreviation exactly as written (with its dots) and the words to say. Matching ignores case unless
// `isCaseSensitive` is set.

/** One abbreviation and its spoken form. */
export interface Abbreviation {
  /** As written, dots included: "dll.", "s/d", "RT/RW". */
  written: string;
  spoken: string;
  /** True when the abbreviation can end a sentence ("..., dll."): its dot is then kept so the voice pauses. */
  canEndSentence?: boolean;
  /** True when case matters ("Dr." is doktor, but "dr." is dokter). */
  isCaseSensitive?: boolean;
  /** True when it stands for a word only before a number ("No. 8" → "nomor delapan"; "No." alone is English "no"). */
  needsNumber?: boolean;
}

/** Indonesian abbreviations. */
export const INDONESIAN_ABBREVIATIONS: readonly Abbreviation[] = [
  { written: 'dan/atau', spoken: 'dan atau' },
  { written: 'RT/RW', spoken: 'er te er we' },
  { written: 'dll.', spoken: 'dan lain-lain', canEndSentence: true },
  { written: 'dsb.', spoken: 'dan sebagainya', canEndSentence: true },
  { written: 'dst.', spoken: 'dan seterusnya', canEndSentence: true },
  { written: 'dkk.', spoken: 'dan kawan-kawan', canEndSentence: true },
  { written: 'tsb.', spoken: 'tersebut', canEndSentence: true },
  { written: 'yth.', spoken: 'yang terhormat' },
  { written: 'a.n.', spoken: 'atas nama' },
  { written: 'a/n', spoken: 'atas nama' },
  { written: 'u.p.', spoken: 'untuk perhatian' },
  { written: 'd/a', spoken: 'dengan alamat' },
  { written: 's.d.', spoken: 'sampai dengan' },
  { written: 's/d', spoken: 'sampai dengan' },
  { written: 'Jl.', spoken: 'jalan' },
  { written: 'Jln.', spoken: 'jalan' },
  { written: 'Gg.', spoken: 'gang' },
  { written: 'Kab.', spoken: 'kabupaten' },
  { written: 'Kec.', spoken: 'kecamatan' },
  { written: 'Kel.', spoken: 'kelurahan' },
  { written: 'Ds.', spoken: 'desa' },
  { written: 'Prov.', spoken: 'provinsi' },
  { written: 'No.', spoken: 'nomor', needsNumber: true },
  { written: 'No', spoken: 'nomor', needsNumber: true, isCaseSensitive: true },
  { written: 'Hlm.', spoken: 'halaman' },
  { written: 'Bpk.', spoken: 'bapak' },
  { written: 'Sdr.', spoken: 'saudara' },
  { written: 'Sdri.', spoken: 'saudari' },
  { written: 'tgl.', spoken: 'tanggal' },
  { written: 'Telp.', spoken: 'telepon' },
  { written: 'Tlp.', spoken: 'telepon' },
  { written: 'Telp', spoken: 'telepon' },
  { written: 'ttd.', spoken: 'tertanda', canEndSentence: true },
  { written: 'Dr.', spoken: 'doktor', isCaseSensitive: true },
  { written: 'DR.', spoken: 'doktor', isCaseSensitive: true },
  { written: 'dr.', spoken: 'dokter', isCaseSensitive: true },
  { written: 'Prof.', spoken: 'profesor' },
  { written: 'Ir.', spoken: 'insinyur', isCaseSensitive: true },
  { written: 'Drs.', spoken: 'doktorandus', isCaseSensitive: true },
];

/** English abbreviations. */
export const ENGLISH_ABBREVIATIONS: readonly Abbreviation[] = [
  { written: 'and/or', spoken: 'and or' },
  { written: 'RT/RW', spoken: 'ar tee ar double you' },
  { written: 'e.g.', spoken: 'for example' },
  { written: 'i.e.', spoken: 'that is' },
  { written: 'etc.', spoken: 'et cetera', canEndSentence: true },
  { written: 'No.', spoken: 'number', needsNumber: true },
  { written: 'Nos.', spoken: 'numbers', needsNumber: true },
  { written: 'Art.', spoken: 'Article', needsNumber: true },
  { written: 'para.', spoken: 'paragraph', needsNumber: true },
  { written: 'approx.', spoken: 'approximately' },
  { written: 'vs.', spoken: 'versus' },
  { written: 'Tel.', spoken: 'telephone' },
  { written: 'Jl.', spoken: 'Jalan' },
];
