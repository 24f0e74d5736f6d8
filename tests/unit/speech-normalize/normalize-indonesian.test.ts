import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../a11y/speech/normalize/normalize-for-speech.ts';

function say(text: string): string {
  return normalizeForSpeech(text, 'id').text;
}

describe('normalizeForSpeech (id): legal references', () => {
  it.each([
    ['UU Nomor 13 Tahun 2011', 'undang-undang Nomor tiga belas Tahun dua ribu sebelas'],
    ['UU No. 8 Tahun 2016', 'undang-undang nomor delapan Tahun dua ribu enam belas'],
    ['UU 8/2016', 'undang-undang delapan tahun dua ribu enam belas'],
    ['UU ITE', 'u u i te e'],
    ['PP Nomor 39 Tahun 2012', 'peraturan pemerintah Nomor tiga puluh sembilan Tahun dua ribu dua belas'],
    ['Perpres Nomor 82', 'peraturan presiden Nomor delapan puluh dua'],
    ['Permen, Perda, Perppu, Keppres, Inpres', 'peraturan menteri, peraturan daerah, peraturan pemerintah pengganti undang-undang, keputusan presiden, instruksi presiden'],
    ['Pasal 28H', 'Pasal dua puluh delapan H'],
    ['Pasal 5 ayat (2) huruf b', 'Pasal lima ayat dua huruf b'],
    ['Pasal 1 angka 3', 'Pasal satu angka tiga'],
    ['ayat (1), ayat (2), dan ayat (4)', 'ayat satu, ayat dua, dan ayat empat'],
    ['BAB XIV PENGAWASAN', 'bab empat belas pengawasan'],
    ['Pasal II', 'Pasal dua'],
    ['Pasal IXA', 'Pasal sembilan A'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): abbreviations', () => {
  it.each([
    ['beras, telur, dll.', 'beras, telur, dan lain-lain.'],
    ['rabuk dsb.;', 'rabuk dan sebagainya;'],
    ['Pasal 1, 2, dst. Lihat', 'Pasal satu, dua, dan seterusnya. Lihat'],
    ['Yth. Kepala Desa', 'yang terhormat Kepala Desa'],
    ['data tsb. diperiksa', 'data tersebut diperiksa'],
    ['a.n. Kepala Dinas', 'atas nama Kepala Dinas'],
    ['u.p. Sdr. Budi', 'untuk perhatian saudara Budi'],
    ['Jl. Merdeka No. 5', 'jalan Merdeka nomor lima'],
    ['Kel. Sukamaju, Kec. Coblong, Kab. Bandung, Prov. Jawa Barat', 'kelurahan Sukamaju, kecamatan Coblong, kabupaten Bandung, provinsi Jawa Barat'],
    ['Hlm. 3', 'halaman tiga'],
    ['Senin s.d. Jumat', 'Senin sampai dengan Jumat'],
    ['huruf a s/d h', 'huruf a sampai dengan h'],
    ['Bpk. Ahmad dan Ibu Sari', 'bapak Ahmad dan Ibu Sari'],
    ['tgl. 5', 'tanggal lima'],
    ['Telp. 021-1234567', 'telepon nol dua satu, satu dua tiga, empat lima enam tujuh'],
    ['ketua RT/RW', 'ketua er te er we'],
    ['miskin dan/atau terlantar', 'miskin dan atau terlantar'],
    ['ttd. Menteri', 'tertanda. Menteri'],
    ['Tidak. No comment', 'Tidak. No comment'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): acronyms', () => {
  it.each([
    ['KTP', 'ka te pe'],
    ['KK', 'ka ka'],
    ['NIK', 'en i ka'],
    ['BPJS', 'be pe je es'],
    ['DTKS', 'de te ka es'],
    ['PKH', 'pe ka ha'],
    ['KIP', 'ka i pe'],
    ['KIS', 'ka i es'],
    ['SKTM', 'es ka te em'],
    ['RT', 'er te'],
    ['UMKM', 'u em ka em'],
    ['PNS, TNI, DPR, DPRD, KPU', 'pe en es, te en i, de pe er, de pe er de, ka pe u'],
    ['BUMN', 'be u em en'],
    ['DTSEN', 'de te es e en'],
    ['BLT', 'be el te'],
    ['BPNT', 'be pe en te'],
    ['KIP Kuliah', 'ka i pe Kuliah'],
    ['e-KTP', 'e ka te pe'],
    ['KTP-el', 'ka te pe el'],
    ['JKN-KIS', 'je ka en ka i es'],
    ['Bappenas, Dukcapil, Kemensos, Puskesmas, Posyandu', 'Bappenas, Dukcapil, Kemensos, Puskesmas, Posyandu'],
    ['BAPPENAS, POLRI, PUSKESMAS', 'bappenas, polri, puskesmas'],
    ['PENJELASAN', 'penjelasan'],
    ['MEMUTUSKAN:', 'memutuskan:'],
    ['UNDANG-UNDANG', 'undang-undang'],
    ['LPS, SNBP', 'el pe es, es en be pe'],
    ['KID', 'ka i de'],
    ['DENGAN RAHMAT TUHAN YANG MAHA ESA', 'dengan rahmat tuhan yang maha esa'],
    ['Perang Dunia II', 'Perang Dunia dua'],
    ['pukul 08.00 WIB, 09.00 WITA, 10.00 WIT', 'pukul delapan waktu Indonesia barat, pukul sembilan waktu Indonesia tengah, pukul sepuluh waktu Indonesia timur'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): rupiah', () => {
  it.each([
    ['Rp600.000,00', 'enam ratus ribu rupiah'],
    ['Rp 600.000', 'enam ratus ribu rupiah'],
    ['Rp. 1.500.000', 'satu juta lima ratus ribu rupiah'],
    ['Rp2,5 juta', 'dua koma lima juta rupiah'],
    ['Rp1.500,50', 'seribu lima ratus rupiah lima puluh sen'],
    ['Rp600.000,-', 'enam ratus ribu rupiah'],
    ['Rp4.000.000.000.000,00', 'empat triliun rupiah'],
    ['Rp50.000.000,00 (lima puluh juta rupiah).', 'lima puluh juta rupiah.'],
    ['Rp. 250 juta', 'dua ratus lima puluh juta rupiah'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): numbers', () => {
  it.each([
    ['1.000.000', 'satu juta'],
    ['2,5', 'dua koma lima'],
    ['ke-3', 'ketiga'],
    ['ke-21', 'kedua puluh satu'],
    ['Ke-2', 'Kedua'],
    ['5%', 'lima persen'],
    ['0,1%', 'nol koma satu persen'],
    ['Tahun 2016', 'Tahun dua ribu enam belas'],
    ['tahun 1945', 'tahun seribu sembilan ratus empat puluh lima'],
    ['paling lama 5 (lima) tahun', 'paling lama lima tahun'],
    ['2,5% (dua puluh lima perseribu)', 'dua koma lima persen (dua puluh lima perseribu)'],
    ['2/3 (dua pertiga) dan 1/3 (satu pertiga)', 'dua pertiga dan sepertiga'],
    ['usia 6-21 tahun', 'usia enam sampai dua puluh satu tahun'],
    ['NIK 3201234567890001', 'en i ka tiga dua nol satu dua tiga empat lima enam tujuh delapan sembilan nol nol nol satu'],
    ['nomor 007', 'nomor nol nol tujuh'],
    ['6.1 Ruang lingkup', 'enam titik satu Ruang lingkup'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): dates and times', () => {
  it.each([
    ['17/08/2025', 'tujuh belas Agustus dua ribu dua puluh lima'],
    ['17-08-2025', 'tujuh belas Agustus dua ribu dua puluh lima'],
    ['2025-08-17', 'tujuh belas Agustus dua ribu dua puluh lima'],
    ['17 Agustus 2025', 'tujuh belas Agustus dua ribu dua puluh lima'],
    ['1 Januari', 'satu Januari'],
    ['08.00–16.00 WIB', 'pukul delapan sampai pukul enam belas waktu Indonesia barat'],
    ['pukul 08.30', 'pukul delapan lewat tiga puluh'],
    ['09:15', 'pukul sembilan lewat lima belas'],
    ['jam 9.05 pagi', 'jam sembilan lewat lima pagi'],
    ['buka 8.00 - 14.00', 'buka pukul delapan sampai pukul empat belas'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): phone numbers', () => {
  it.each([
    ['0812-3456-7890', 'nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol'],
    ['(021) 123 4567', 'nol dua satu, satu dua tiga, empat lima enam tujuh'],
    ['+62 812 3456 7890', 'plus enam dua, delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol'],
    ['081234567890', 'nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol'],
    ['hubungi 171', 'hubungi satu tujuh satu'],
    ['Call Center 165', 'Call Center satu enam lima'],
    ['telepon: 112.', 'telepon: satu satu dua.'],
    ['ada 165 orang', 'ada seratus enam puluh lima orang'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): lists, slashes and symbols', () => {
  it.each([
    ['• Kartu Keluarga', 'Kartu Keluarga'],
    ['- Kartu Keluarga', 'Kartu Keluarga'],
    ['a. bahwa', 'a, bahwa'],
    ['1. Penyandang', 'satu, Penyandang'],
    ['(1) Setiap orang', 'satu, Setiap orang'],
    ['b) surat', 'b, surat'],
    ['Menimbang : a. bahwa', 'Menimbang : a, bahwa'],
    ['Dokumen:\n• KTP-el\n• KK', 'Dokumen:\nka te pe el\nka ka'],
    ['kabupaten/kota', 'kabupaten atau kota'],
    ['SMA/SMK', 'es em a atau es em ka'],
    ['KTP & KK', 'ka te pe dan ka ka'],
    ['(APBN)/Anggaran', '(a pe be en) atau Anggaran'],
    ['( _set off_ /kompensasi)', '( set off atau kompensasi)'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): web and e-mail addresses', () => {
  it.each([
    ['cekbansos.kemensos.go.id', 'cekbansos titik kemensos titik go titik id'],
    ['https://cekbansos.kemensos.go.id', 'cekbansos titik kemensos titik go titik id'],
    ['info@perpus.go.id', 'info et perpus titik go titik id'],
    ['www.lps.go.id', 'we we we titik el pe es titik go titik id'],
    ['kip-kuliah.kemdiktisaintek.go.id', 'ka i pe strip kuliah titik kemdiktisaintek titik go titik id'],
    ['https://jdih.setneg.go.id/peraturan/uu', 'je de i ha titik setneg titik go titik id garis miring peraturan garis miring u u'],
    ['Cek di prakerja.go.id.', 'Cek di prakerja titik go titik id.'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});

describe('normalizeForSpeech (id): whitespace', () => {
  it.each([
    ['  Pasal   1  ', 'Pasal satu'],
    ['a\t\tb', 'a b'],
    ['BAB I\n\n   KETENTUAN UMUM', 'bab satu\nketentuan umum'],
    ['Kartu\u00a0Keluarga', 'Kartu Keluarga'],
  ])('says %j as %j', (text, spoken) => {
    expect(say(text)).toBe(spoken);
  });
});
