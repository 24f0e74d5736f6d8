// Indonesian voice phrases. Decisions a visitor would notice:
// - "pelan" means both slow and quiet. Said with a sound word ("suara", "suaranya", "volume") it is SOFTER
//   ("suara lebih pelan", "pelankan suaranya", "suara lebih kecil"); on its own or with a speaking word
//   ("lebih pelan", "pelan-pelan", "bicara lebih pelan", "baca lebih lambat", "pelankan") it is SLOWER, because
//   at a reading kiosk "lebih pelan" is mostly about pace, and the reader's own button says "Lebih lambat".
// - "lanjut" is NEXT (the program finder's button says "Lanjut"); "lanjutkan", "lanjut baca", "teruskan" are
//   RESUME (the reader's button says "Lanjutkan"). A reading screen may still treat next-while-paused as resume.
// - "bantuan" alone and "tolong" alone are HELP; "bantuan untuk lansia" is a search (bantuan = social aid).
// - "cari" alone opens the search screen (search with empty text).
import { combine, type PhraseTable } from './phrase-table.ts';

const ENGLISH_NAMES = ['bahasa inggris', 'inggris', 'english'];
const INDONESIAN_NAMES = ['bahasa indonesia', 'indonesia'];
const LANGUAGE_VERBS = ['', 'ganti', 'ganti ke', 'ubah ke', 'pakai', 'pindah ke', 'gunakan'];

/** The Indonesian phrase table. */
export const PHRASES_ID: PhraseTable = {
  lang: 'id',
  fixed: [
    { key: 'voiceRead', command: { type: 'read' }, phrases: ['baca', 'bacakan', 'dengarkan', 'baca ini', 'bacakan ini', 'mulai baca', 'mulai membaca', 'baca halaman ini', 'bacakan halaman ini', 'putar', 'mulai'] },
    { key: 'voiceRepeat', command: { type: 'repeat' }, phrases: ['ulangi', 'ulang', 'bacakan lagi', 'baca lagi', 'ulangi lagi', 'ulangi kalimat', 'ulangi kalimatnya', 'sekali lagi', 'apa tadi', 'tadi apa'] },
    { key: 'voiceStop', command: { type: 'stop' }, phrases: ['berhenti', 'stop', 'setop', 'hentikan', 'berhenti membaca', 'berhenti baca', 'cukup', 'sudah', 'sudah cukup', 'diam'] },
    { key: 'voicePause', command: { type: 'pause' }, phrases: ['jeda', 'tunggu', 'tunggu sebentar', 'sebentar', 'tahan', 'pause', 'jeda dulu'] },
    { key: 'voiceResume', command: { type: 'resume' }, phrases: ['lanjutkan', 'lanjutkan membaca', 'lanjutkan baca', 'lanjut baca', 'lanjut membaca', 'teruskan', 'teruskan membaca', 'terus'] },
    { key: 'voiceNext', command: { type: 'next' }, phrases: ['lanjut', 'berikutnya', 'selanjutnya', 'yang berikutnya', 'maju', 'sesudahnya'] },
    { key: 'voicePrevious', command: { type: 'previous' }, phrases: ['sebelumnya', 'yang sebelumnya', 'mundur'] },
    { key: 'voiceBack', command: { type: 'back' }, phrases: ['kembali', 'balik', 'kembali ke sebelumnya', 'halaman sebelumnya', 'batal'] },
    { key: 'voiceHome', command: { type: 'home' }, phrases: ['beranda', 'ke beranda', 'kembali ke beranda', 'halaman utama', 'ke halaman utama', 'menu utama', 'ke menu utama', 'halaman awal'] },
    { key: 'voiceHelp', command: { type: 'help' }, phrases: ['bantuan', 'tolong', 'bantu saya', 'minta bantuan', 'cara pakai', 'bagaimana caranya', 'saya bingung', 'apa yang bisa saya katakan'] },
    { key: 'voiceWhereAmI', command: { type: 'where-am-i' }, phrases: ['di mana saya', 'dimana saya', 'saya di mana', 'saya dimana', 'posisi saya', 'sampai mana', 'sudah sampai mana', 'ini halaman apa', 'ini di mana'] },
    { key: 'voiceFaster', command: { type: 'faster' }, phrases: ['lebih cepat', 'cepat', 'percepat', 'cepatkan', 'bicara lebih cepat', 'baca lebih cepat', 'bacanya lebih cepat', 'cepat sedikit'] },
    { key: 'voiceSlower', command: { type: 'slower' }, phrases: ['lebih pelan', 'pelan', 'pelan pelan', 'pelankan', 'lebih lambat', 'lambat', 'perlambat', 'bicara lebih pelan', 'bicara lebih lambat', 'bicara pelan pelan', 'baca lebih pelan', 'baca lebih lambat', 'baca pelan pelan', 'bacanya lebih pelan', 'bacanya pelan pelan', 'pelan sedikit'] },
    { key: 'voiceLouder', command: { type: 'louder' }, phrases: ['lebih keras', 'keras', 'keraskan', 'keraskan suara', 'keraskan suaranya', 'suara lebih keras', 'suaranya lebih keras', 'besarkan suara', 'besarkan suaranya', 'suara lebih besar', 'suaranya lebih besar', 'kencangkan suara', 'naikkan volume', 'volume naik', 'kurang keras'] },
    { key: 'voiceSofter', command: { type: 'softer' }, phrases: ['suara lebih pelan', 'suaranya lebih pelan', 'lebih pelan suaranya', 'pelankan suara', 'pelankan suaranya', 'suara pelan', 'suara lebih kecil', 'suaranya lebih kecil', 'lebih kecil suaranya', 'kecilkan suara', 'kecilkan suaranya', 'lebih kecil', 'turunkan volume', 'volume turun', 'terlalu keras'] },
    { key: 'voiceNextSentence', command: { type: 'next-sentence' }, phrases: ['kalimat berikutnya', 'kalimat selanjutnya'] },
    { key: 'voicePreviousSentence', command: { type: 'previous-sentence' }, phrases: ['kalimat sebelumnya'] },
    { key: 'voiceNextParagraph', command: { type: 'next-paragraph' }, phrases: ['paragraf berikutnya', 'paragraf selanjutnya', 'alinea berikutnya'] },
    { key: 'voicePreviousParagraph', command: { type: 'previous-paragraph' }, phrases: ['paragraf sebelumnya', 'alinea sebelumnya'] },
    { key: 'voiceNextHeading', command: { type: 'next-heading' }, phrases: ['bagian berikutnya', 'bagian selanjutnya', 'judul berikutnya', 'bab berikutnya'] },
    { key: 'voicePreviousHeading', command: { type: 'previous-heading' }, phrases: ['bagian sebelumnya', 'judul sebelumnya', 'bab sebelumnya'] },
    { key: 'voiceNextPasal', command: { type: 'next-pasal' }, phrases: ['pasal berikutnya', 'pasal selanjutnya'] },
    { key: 'voicePreviousPasal', command: { type: 'previous-pasal' }, phrases: ['pasal sebelumnya'] },
    { key: 'voiceActivate', command: { type: 'activate' }, phrases: ['pilih', 'pilih ini', 'buka', 'buka ini', 'masuk', 'oke', 'ok'] },
    { key: 'voiceCallStaff', command: { type: 'call-staff' }, phrases: ['panggil petugas', 'panggilkan petugas', 'minta petugas', 'butuh petugas', 'saya butuh petugas', 'bantuan petugas', 'panggil pustakawan', 'panggilkan pustakawan', 'mau bicara dengan petugas'] },
    { key: 'voiceExploreModeOn', command: { type: 'explore-mode', isOn: true }, phrases: ['nyalakan mode jelajah', 'hidupkan mode jelajah', 'aktifkan mode jelajah'] },
    { key: 'voiceExploreModeOff', command: { type: 'explore-mode', isOn: false }, phrases: ['matikan mode jelajah', 'nonaktifkan mode jelajah'] },
    { key: 'voiceExploreMode', command: { type: 'explore-mode' }, phrases: ['mode jelajah', 'jelajah sentuh'] },
    { key: 'voiceLanguageEnglish', command: { type: 'language', lang: 'en' }, phrases: [...combine(LANGUAGE_VERBS, ENGLISH_NAMES), 'ganti ke bahasa inggris', 'switch to english'] },
    { key: 'voiceLanguageIndonesian', command: { type: 'language', lang: 'id' }, phrases: combine(LANGUAGE_VERBS, INDONESIAN_NAMES) },
    { key: 'voiceLanguageToggle', command: { type: 'language' }, phrases: ['ganti bahasa', 'ubah bahasa', 'bahasa lain', 'pindah bahasa'] },
  ],
  fillers: ['tolong', 'dong', 'ya', 'yah', 'saya mau', 'saya ingin', 'aku mau', 'aku ingin', 'mau', 'ingin', 'coba', 'deh', 'sih', 'nih', 'yuk', 'ayo', 'bisa', 'bisakah', 'mohon', 'silakan', 'kak', 'pak', 'bu', 'mbak', 'mas', 'sekarang', 'dulu', 'saja', 'aja'],
  hesitations: ['eh', 'em', 'emm', 'hmm', 'anu', 'ee', 'eee', 'e'],
  search: {
    key: 'voiceSearch',
    prefixes: ['carikan informasi tentang', 'cari informasi tentang', 'carikan info tentang', 'cari info tentang', 'carikan', 'cari tentang', 'cari', 'mencari', 'temukan', 'saya cari', 'saya mencari'],
    topics: ['program', 'bantuan', 'bansos', 'beasiswa', 'subsidi', 'informasi', 'info', 'syarat', 'cara'],
  },
  open: {
    key: 'voiceOpen',
    prefixes: ['buka nomor', 'buka yang nomor', 'buka yang', 'buka', 'pilih nomor', 'pilih yang nomor', 'pilih yang', 'pilih', 'nomor', 'yang nomor', 'yang', 'pilihan', ''],
    suffixes: ['saja', 'aja', 'ya'],
  },
  goTo: {
    key: 'voiceGoToPasal',
    readPrefixes: ['baca', 'bacakan', 'baca dari', 'bacakan dari', 'dengarkan'],
    prefixes: ['ke', 'buka', 'pergi ke', 'lompat ke', 'loncat ke', 'menuju', 'menuju ke', 'pindah ke', ''],
    pasalWords: ['pasal'],
    ayatWords: ['ayat'],
  },
  suggestions: ['baca', 'berhenti', 'kembali', 'cari bantuan untuk lansia', 'buka nomor satu', 'baca pasal lima', 'panggil petugas', 'bantuan'],
};
