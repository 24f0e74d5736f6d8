import type { Language } from '../model/localized.ts';

/**
 * One line of the synonym list. Without `expandsTo` the terms are a mutual set: each one also searches for
 * all the others (lansia ↔ lanjut usia). With `expandsTo`, only `terms` expand, one way (bansos → bantuan
 * sosial, but a search for "bantuan" does not also search "bansos"). Multi-word terms are phrases: all their
 * words must appear. `lang` limits an entry to one interface language; acronyms apply to both.
 */
export interface SynonymEntry {
  terms: readonly string[];
  expandsTo?: readonly string[];
  lang?: Language;
}

/** What a library visitor types, and what the content says. Expansions are searched with a lower weight. */
export const SYNONYMS: readonly SynonymEntry[] = [
  // Social assistance programs
  { terms: ['bansos'], expandsTo: ['bantuan sosial'] },
  { terms: ['pkh', 'program keluarga harapan'] },
  // Phrases match as written (words together, in order), so spelling variants are listed: non tunai, nontunai.
  { terms: ['bpnt', 'bantuan pangan non tunai', 'bantuan pangan nontunai', 'kartu sembako', 'program sembako'] },
  { terms: ['sembako'], expandsTo: ['bpnt', 'bantuan pangan', 'kartu sembako'] },
  { terms: ['blt', 'bantuan langsung tunai'] },
  { terms: ['blt dd', 'blt desa'], expandsTo: ['blt dana desa', 'bantuan langsung tunai dana desa'] },
  { terms: ['dtks', 'data terpadu kesejahteraan sosial'] },
  { terms: ['sktm', 'surat keterangan tidak mampu'] },
  { terms: ['miskin', 'kurang mampu', 'tidak mampu', 'fakir miskin', 'prasejahtera', 'keluarga miskin'] },
  { terms: ['rtlh', 'rumah tidak layak huni'] },
  { terms: ['bedah rumah', 'renovasi rumah'], expandsTo: ['rtlh', 'bsps', 'perbaikan rumah'] },
  { terms: ['bsps', 'bantuan stimulan perumahan swadaya'] },
  // Elderly, children, families
  { terms: ['lansia', 'lanjut usia', 'manula', 'orang tua jompo'] },
  { terms: ['balita', 'bawah lima tahun'] },
  { terms: ['paud', 'pendidikan anak usia dini'] },
  { terms: ['bumil', 'ibu hamil'] },
  { terms: ['posyandu', 'pos pelayanan terpadu'] },
  { terms: ['kb', 'keluarga berencana'] },
  { terms: ['kdrt', 'kekerasan dalam rumah tangga'] },
  { terms: ['yatim', 'yatim piatu', 'anak yatim'] },
  // Disability
  { terms: ['difabel', 'disabel', 'cacat', 'penyandang cacat', 'berkebutuhan khusus', 'abk'], expandsTo: ['disabilitas'] },
  { terms: ['tunanetra', 'tuna netra', 'buta'], expandsTo: ['disabilitas netra', 'disabilitas sensorik'] },
  { terms: ['tunarungu', 'tuna rungu', 'tuli'], expandsTo: ['disabilitas rungu', 'disabilitas sensorik'] },
  { terms: ['tunadaksa', 'tuna daksa', 'kursi roda', 'lumpuh'], expandsTo: ['disabilitas fisik'] },
  { terms: ['odgj', 'gangguan jiwa'], expandsTo: ['disabilitas mental', 'kesehatan jiwa'] },
  // Education
  { terms: ['sekolah'], expandsTo: ['pendidikan', 'siswa'] },
  { terms: ['kip', 'pip', 'kartu indonesia pintar', 'program indonesia pintar'] },
  { terms: ['kip kuliah', 'bidikmisi'], expandsTo: ['kip kuliah', 'mahasiswa'] },
  { terms: ['beasiswa'], expandsTo: ['kip', 'pip', 'bantuan pendidikan'] },
  { terms: ['kuliah', 'kampus'], expandsTo: ['mahasiswa', 'perguruan tinggi'] },
  // Health
  { terms: ['kis', 'kartu indonesia sehat'] },
  { terms: ['kis'], expandsTo: ['jkn', 'pbi'] },
  { terms: ['jkn', 'jaminan kesehatan nasional'] },
  { terms: ['pbi', 'penerima bantuan iuran'] },
  { terms: ['bpjs', 'badan penyelenggara jaminan sosial'] },
  { terms: ['bpjs'], expandsTo: ['jkn', 'jaminan kesehatan'] },
  { terms: ['sakit', 'berobat', 'rumah sakit', 'dokter'], expandsTo: ['kesehatan'] },
  { terms: ['puskesmas', 'pusat kesehatan masyarakat'] },
  // Work and business
  { terms: ['kerja', 'loker', 'lowongan', 'lowongan kerja', 'cari kerja'], expandsTo: ['pekerjaan', 'pencari kerja'] },
  { terms: ['nganggur', 'menganggur', 'pengangguran', 'phk'], expandsTo: ['pencari kerja', 'prakerja'] },
  { terms: ['prakerja', 'kartu prakerja'] },
  { terms: ['kur', 'kredit usaha rakyat'] },
  { terms: ['umkm', 'usaha mikro kecil menengah'] },
  { terms: ['modal usaha', 'pinjaman usaha'], expandsTo: ['kur', 'umkm'] },
  { terms: ['tki', 'pmi', 'pekerja migran', 'tenaga kerja indonesia'] },
  // Civil registration and documents
  { terms: ['ktp', 'ktpel', 'ektp', 'kartu tanda penduduk', 'kartu tanda penduduk elektronik'] },
  { terms: ['kk', 'kartu keluarga'] },
  { terms: ['nik', 'nomor induk kependudukan'] },
  { terms: ['kia', 'kartu identitas anak'] },
  { terms: ['akta', 'akte'] },
  { terms: ['akta lahir', 'akte lahir', 'akte kelahiran'], expandsTo: ['akta kelahiran'] },
  { terms: ['surat nikah', 'buku nikah'], expandsTo: ['akta perkawinan', 'pencatatan perkawinan'] },
  { terms: ['dukcapil', 'disdukcapil', 'capil', 'kependudukan dan pencatatan sipil'] },
  { terms: ['npwp', 'nomor pokok wajib pajak'] },
  // Libraries
  { terms: ['perpus', 'perpustakaan'] },
  { terms: ['perpusnas', 'perpustakaan nasional'] },
  { terms: ['pusling', 'perpustakaan keliling'] },
  { terms: ['tbm', 'taman bacaan masyarakat', 'taman baca'] },
  // Laws
  { terms: ['uu', 'undang-undang'] },
  { terms: ['uud', 'undang-undang dasar'] },
  { terms: ['pp', 'peraturan pemerintah'] },
  { terms: ['perppu', 'perpu', 'peraturan pemerintah pengganti undang-undang'] },
  { terms: ['perpres', 'peraturan presiden'] },
  { terms: ['keppres', 'kepres', 'keputusan presiden'] },
  { terms: ['permen', 'peraturan menteri'] },
  { terms: ['permensos', 'peraturan menteri sosial'] },
  { terms: ['perda', 'peraturan daerah'] },
  { terms: ['aduan', 'keluhan', 'komplain', 'lapor'], expandsTo: ['pengaduan'] },
  // English interface: what an English-speaking visitor types for the same things. Expansions include the
  // Indonesian word, since tags are Indonesian whatever the interface language.
  { terms: ['elderly', 'senior', 'older people', 'older person', 'old age'], lang: 'en' },
  { terms: ['elderly', 'senior', 'older people', 'older person', 'old age'], expandsTo: ['lansia'], lang: 'en' },
  { terms: ['disabled', 'handicapped', 'impairment'], expandsTo: ['disability', 'disabilitas'], lang: 'en' },
  { terms: ['wheelchair'], expandsTo: ['kursi roda', 'assistive device', 'disability'], lang: 'en' },
  { terms: ['blind'], expandsTo: ['visual disability', 'tunanetra', 'braille'], lang: 'en' },
  { terms: ['deaf'], expandsTo: ['hearing disability', 'tuli'], lang: 'en' },
  { terms: ['school', 'pupil'], expandsTo: ['education', 'pip', 'sekolah'], lang: 'en' },
  { terms: ['scholarship', 'student'], expandsTo: ['education', 'kip', 'pip', 'beasiswa'], lang: 'en' },
  { terms: ['job', 'work', 'unemployed', 'unemployment', 'employment'], expandsTo: ['job seeker', 'prakerja', 'employment', 'kerja'], lang: 'en' },
  { terms: ['poor', 'poverty', 'low income', 'needy'], expandsTo: ['poor', 'low income', 'dtks', 'miskin'], lang: 'en' },
  { terms: ['sick', 'medical', 'hospital', 'doctor', 'insurance'], expandsTo: ['health', 'jkn', 'kesehatan'], lang: 'en' },
  { terms: ['welfare', 'social assistance', 'benefit'], expandsTo: ['social assistance', 'bansos'], lang: 'en' },
  { terms: ['food aid', 'food assistance', 'groceries'], expandsTo: ['bpnt', 'sembako', 'food assistance'], lang: 'en' },
  { terms: ['cash transfer', 'cash aid'], expandsTo: ['blt', 'cash assistance'], lang: 'en' },
  { terms: ['id card', 'identity card'], expandsTo: ['ktp'], lang: 'en' },
  { terms: ['family card'], expandsTo: ['kk'], lang: 'en' },
  { terms: ['birth certificate'], expandsTo: ['akta kelahiran'], lang: 'en' },
  { terms: ['library'], expandsTo: ['perpustakaan'], lang: 'en' },
  { terms: ['law', 'act', 'statute'], expandsTo: ['uu', 'law'], lang: 'en' },
];
