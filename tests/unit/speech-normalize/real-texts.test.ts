// Real sentences from the laws the kiosk reads (content/sample/laws, tests/fixtures/laws) and from the
// sample programs and notices, with the exact text the voice is given. Each input is checked to still be in
// its source, so these stay real sentences and not paraphrases.
import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../a11y/speech/normalize/normalize-for-speech.ts';
import { loadContentTexts, loadLawTexts } from './source-texts.ts';

const LAWS = new Map(loadLawTexts().map((law) => [law.id, law.text]));
const CONTENT = loadContentTexts('id');

/** [law id, sentence as printed in the law, what the voice is given]. */
const LAW_SENTENCES: [string, string, string][] = [
  [
    'uu-2007-43',
    'BAB XI KERJA SAMA DAN PERAN SERTA MASYARAKAT',
    'bab sebelas kerja sama dan peran serta masyarakat',
  ],
  [
    'uu-2007-43',
    '(6) Dewan sebagaimana dimaksud pada ayat (1) dan ayat (2) bertugas:',
    'enam, Dewan sebagaimana dimaksud pada ayat satu dan ayat dua bertugas:',
  ],
  [
    'uu-2007-43',
    'UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 43 TAHUN 2007 TENTANG PERPUSTAKAAN',
    'undang-undang republik indonesia undang-undang republik indonesia nomor empat puluh tiga tahun dua ribu tujuh tentang perpustakaan',
  ],
  [
    'uu-2007-43',
    'Cukup jelas. TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 4774',
    'Cukup jelas. tambahan lembaran negara republik indonesia nomor empat ribu tujuh ratus tujuh puluh empat',
  ],
  [
    'uu-2007-43',
    '(4) Perpustakaan sekolah/madrasah melayani peserta didik pendidikan kesetaraan yang dilaksanakan di lingkungan satuan pendidikan yang bersangkutan.',
    'empat, Perpustakaan sekolah atau madrasah melayani peserta didik pendidikan kesetaraan yang dilaksanakan di lingkungan satuan pendidikan yang bersangkutan.',
  ],
  [
    'uu-2007-43',
    '(2) Koleksi nasional yang berada di daerah diinventarisasi, diterbitkan dalam bentuk katalog induk daerah (KID), dan didistribusikan oleh perpustakaan umum provinsi.',
    'dua, Koleksi nasional yang berada di daerah diinventarisasi, diterbitkan dalam bentuk katalog induk daerah (ka i de), dan didistribusikan oleh perpustakaan umum provinsi.',
  ],
  [
    'uu-2008-14',
    '3. rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah lainnya;',
    'tiga, rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara atau daerah lainnya;',
  ],
  [
    'uu-2008-14',
    '(2) Putusan Komisi Informasi tentang pokok keberatan sebagaimana dimaksud dalam Pasal 35 ayat (1) huruf b sampai dengan huruf g, berisikan salah satu perintah di bawah ini:',
    'dua, Putusan Komisi Informasi tentang pokok keberatan sebagaimana dimaksud dalam Pasal tiga puluh lima ayat satu huruf b sampai dengan huruf g, berisikan salah satu perintah di bawah ini:',
  ],
  [
    'uu-2008-14',
    '9. Pejabat Pengelola Informasi dan Dokumentasi adalah pejabat yang bertanggung jawab di bidang penyimpanan, pendokumentasian, penyediaan, dan/atau pelayanan informasi di badan publik.',
    'sembilan, Pejabat Pengelola Informasi dan Dokumentasi adalah pejabat yang bertanggung jawab di bidang penyimpanan, pendokumentasian, penyediaan, dan atau pelayanan informasi di badan publik.',
  ],
  [
    'uu-2009-25',
    '(1) Penyelenggara wajib memutuskan hasil pemeriksaan pengaduan paling lambat 60 (enam puluh) hari sejak berkas pengaduan dinyatakan lengkap.',
    'satu, Penyelenggara wajib memutuskan hasil pemeriksaan pengaduan paling lambat enam puluh hari sejak berkas pengaduan dinyatakan lengkap.',
  ],
  [
    'uu-2009-25',
    '(4) Pembentukan perwakilan ombudsman di daerah sebagaimana dimaksud pada ayat (3) dilakukan paling lambat 3 (tiga) tahun sejak undang-undang ini diundangkan.',
    'empat, Pembentukan perwakilan ombudsman di daerah sebagaimana dimaksud pada ayat tiga dilakukan paling lambat tiga tahun sejak undang-undang ini diundangkan.',
  ],
  [
    'uu-2009-25',
    'd. mendapat advokasi, perlindungan, dan/atau pemenuhan pelayanan;',
    'd, mendapat advokasi, perlindungan, dan atau pemenuhan pelayanan;',
  ],
  [
    'uu-2011-13',
    '1. Pasal 20, Pasal 21, Pasal 27 ayat (2), Pasal 28H ayat (1) dan ayat (2), Pasal 33 ayat (3) dan ayat (4), dan Pasal 34 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;',
    'satu, Pasal dua puluh, Pasal dua puluh satu, Pasal dua puluh tujuh ayat dua, Pasal dua puluh delapan H ayat satu dan ayat dua, Pasal tiga puluh tiga ayat tiga dan ayat empat, dan Pasal tiga puluh empat ayat satu Undang-Undang Dasar Negara Republik Indonesia Tahun seribu sembilan ratus empat puluh lima;',
  ],
  [
    'uu-2011-13',
    '(2) Korporasi yang menyalahgunakan dana penanganan fakir miskin sebagaimana dimaksud dalam Pasal 38, dipidana dengan denda paling banyak Rp750.000.000,00 (tujuh ratus lima puluh juta rupiah).',
    'dua, Korporasi yang menyalahgunakan dana penanganan fakir miskin sebagaimana dimaksud dalam Pasal tiga puluh delapan, dipidana dengan denda paling banyak tujuh ratus lima puluh juta rupiah.',
  ],
  [
    'uu-2011-13',
    'Cukup jelas TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5235',
    'Cukup jelas tambahan lembaran negara republik indonesia nomor lima ribu dua ratus tiga puluh lima',
  ],
  [
    'uu-2011-13',
    '(2) Pengembangan potensi diri sebagaimana dimaksud pada ayat (1) dilaksanakan melalui bimbingan mental, spiritual, dan keterampilan. Paragraf 2 Bantuan Pangan dan Sandang',
    'dua, Pengembangan potensi diri sebagaimana dimaksud pada ayat satu dilaksanakan melalui bimbingan mental, spiritual, dan keterampilan. Paragraf dua Bantuan Pangan dan Sandang',
  ],
  [
    'uu-2016-8',
    'a. penyusunan rencana kegiatan KND dalam upaya pelaksanaan Penghormatan, Pelindungan, dan Pemenuhan hak Penyandang Disabilitas;',
    'a, penyusunan rencana kegiatan ka en de dalam upaya pelaksanaan Penghormatan, Pelindungan, dan Pemenuhan hak Penyandang Disabilitas;',
  ],
  [
    'uu-2016-8',
    'i. menjamin terpenuhinya hak untuk terlibat sebagai penyelenggara dalam pemilihan umum, pemilihan gubernur, bupati/walikota, dan pemilihan kepala desa atau nama lain.',
    'i, menjamin terpenuhinya hak untuk terlibat sebagai penyelenggara dalam pemilihan umum, pemilihan gubernur, bupati atau walikota, dan pemilihan kepala desa atau nama lain.',
  ],
  [
    'uu-2016-8',
    '(4) Ketentuan lebih lanjut mengenai permukiman yang mudah diakses oleh Penyandang Disabilitas diatur dengan Peraturan Pemerintah. Bagian Kedua Belas Pelayanan Publik',
    'empat, Ketentuan lebih lanjut mengenai permukiman yang mudah diakses oleh Penyandang Disabilitas diatur dengan Peraturan Pemerintah. Bagian Kedua Belas Pelayanan Publik',
  ],
  [
    'uu-2004-24',
    '(2) Dalam jangka waktu 18 (delapan belas) bulan sebagaimana dimaksud pada ayat (1), berlaku penahapan nilai Simpanan yang dijamin sebagai berikut:',
    'dua, Dalam jangka waktu delapan belas bulan sebagaimana dimaksud pada ayat satu, berlaku penahapan nilai Simpanan yang dijamin sebagai berikut:',
  ],
  [
    'uu-2004-24',
    '(5) LPP harus menyelesaikan pemeriksaan langsung pada bank sebagaimana dimaksud pada ayat (3) paling lambat 3 (tiga) bulan sejak permintaan LPS diterima oleh LPP.',
    'lima, el pe pe harus menyelesaikan pemeriksaan langsung pada bank sebagaimana dimaksud pada ayat tiga paling lambat tiga bulan sejak permintaan el pe es diterima oleh el pe pe.',
  ],
  [
    'uu-2004-24',
    '(1) Nilai Simpanan yang dijamin untuk setiap nasabah pada satu bank paling banyak Rp100.000.000,00 (seratus juta rupiah).',
    'satu, Nilai Simpanan yang dijamin untuk setiap nasabah pada satu bank paling banyak seratus juta rupiah.',
  ],
  [
    'uu-2003-12',
    'e. melaporkan penyelenggaraan Pemilu kepada Presiden selambat-lambatnya 7 (tujuh) hari sesudah pengucapan sumpah/janji anggota DPR dan DPD;',
    'e, melaporkan penyelenggaraan Pemilu kepada Presiden selambat-lambatnya tujuh hari sesudah pengucapan sumpah atau janji anggota de pe er dan de pe de;',
  ],
  [
    'uu-2003-12',
    'b. KPU untuk KPU Provinsi dan KPU Kabupaten/Kota.',
    'b, ka pe u untuk ka pe u Provinsi dan ka pe u Kabupaten atau Kota.',
  ],
  [
    'uu-2003-12',
    'd. provinsi yang berpenduduk lebih dari 10.000.000 (sepuluh juta) sampai dengan 15.000.000 (lima belas juta) orang harus didukung sekurang-kurangnya oleh 4.000 (empat ribu) orang pemilih;',
    'd, provinsi yang berpenduduk lebih dari sepuluh juta sampai dengan lima belas juta orang harus didukung sekurang-kurangnya oleh empat ribu orang pemilih;',
  ],
  [
    'uu-2003-12',
    'BAB XIV PENGAWASAN, PENEGAKAN HUKUM, DAN PEMANTAUAN PEMILIHAN UMUM',
    'bab empat belas pengawasan, penegakan hukum, dan pemantauan pemilihan umum',
  ],
  [
    'uu-2003-12',
    'e. provinsi dengan jumlah penduduk lebih dari 7.000.000 (tujuh juta) sampai dengan 9.000.000 (sembilan juta) jiwa mendapat 75 (tujuh puluh lima) kursi;',
    'e, provinsi dengan jumlah penduduk lebih dari tujuh juta sampai dengan sembilan juta jiwa mendapat tujuh puluh lima kursi;',
  ],
  [
    'uu-1950-16',
    '4. pendidikanuntuk memperbaiki orang-orang jang mendjalankan kemaksiatan (pelatjuran, djudi, pemadatan dll.) (medebewind);',
    'empat, pendidikanuntuk memperbaiki orang-orang jang mendjalankan kemaksiatan (pelatjuran, djudi, pemadatan dan lain-lain) (medebewind);',
  ],
  [
    'uu-1950-16',
    '3. pemberian idzin menempati tanah mentah oleh bangsa asing (medebewind); IV. URUSAN PENGAIRAN, DJALAN-DJALAN DAN GEDUNG-GEDUNG meliputi:',
    'tiga, pemberian idzin menempati tanah mentah oleh bangsa asing (medebewind); empat. urusan pengairan, djalan-djalan dan gedung-gedung meliputi:',
  ],
  [
    'uu-1950-16',
    '5. mengadakan bibit, alat-alat pertanian, rabuk dsb.;',
    'lima, mengadakan bibit, alat-alat pertanian, rabuk dan sebagainya;',
  ],
  [
    'uu-2004-2',
    '(2) Besarnya honorarium/imbalan jasa sebagaimana dimak- sud dalam ayat (1) ditetapkan oleh Menteri. - 23 -',
    'dua, Besarnya honorarium atau imbalan jasa sebagaimana dimak- sud dalam ayat satu ditetapkan oleh Menteri. - dua puluh tiga -',
  ],
  [
    'uu-2004-2',
    '(1) Untuk dapat ditetapkan sebagai arbiter sebagaimana dimaksud dalam Pasal 30 ayat (1) harus memenuhi syarat : a. beriman dan bertaqwa kepada Tuhan Yang Maha Esa;',
    'satu, Untuk dapat ditetapkan sebagai arbiter sebagaimana dimaksud dalam Pasal tiga puluh ayat satu harus memenuhi syarat : a, beriman dan bertaqwa kepada Tuhan Yang Maha Esa;',
  ],
  [
    'uu-2004-2',
    'Ayat (1) Penetapan dalam pasal ini dimaksudkan untuk melindungi kepentingan masyarakat, oleh karena itu tidak setiap orang dapat bertindak sebagai arbiter. Ayat (2) Cukup jelas',
    'Ayat satu Penetapan dalam pasal ini dimaksudkan untuk melindungi kepentingan masyarakat, oleh karena itu tidak setiap orang dapat bertindak sebagai arbiter. Ayat dua Cukup jelas',
  ],
  [
    'uu-2004-2',
    '(1) Sanksi administratif sebagaimana dimaksud dalam Pasal 117, Pasal 118, Pasal 119 dan Pasal 120 dijatuhkan oleh Menteri atau pejabat yang ditunjuk.',
    'satu, Sanksi administratif sebagaimana dimaksud dalam Pasal seratus tujuh belas, Pasal seratus delapan belas, Pasal seratus sembilan belas dan Pasal seratus dua puluh dijatuhkan oleh Menteri atau pejabat yang ditunjuk.',
  ],
  [
    'uu-2004-2',
    'b. kepala daerah/kepala wilayah;',
    'b, kepala daerah atau kepala wilayah;',
  ],
  [
    'uu-2008-14',
    'Setiap Orang yang dengan sengaja menggunakan Informasi Publik secara melawan hukum dipidana dengan pidana penjara paling lama 1 (satu) tahun dan/atau pidana denda paling banyak Rp5.000.000,00 (lima juta rupiah).',
    'Setiap Orang yang dengan sengaja menggunakan Informasi Publik secara melawan hukum dipidana dengan pidana penjara paling lama satu tahun dan atau pidana denda paling banyak lima juta rupiah.',
  ],
  [
    'uu-2011-13',
    'Setiap orang yang memalsukan data verifikasi dan validasi sebagaimana dimaksud dalam Pasal 11 ayat (3), dipidana dengan pidana penjara paling lama 2 (dua) tahun atau denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah).',
    'Setiap orang yang memalsukan data verifikasi dan validasi sebagaimana dimaksud dalam Pasal sebelas ayat tiga, dipidana dengan pidana penjara paling lama dua tahun atau denda paling banyak lima puluh juta rupiah.',
  ],
  [
    'uu-2007-43',
    '(6) Sekolah/madrasah mengalokasikan dana paling sedikit 5% dari anggaran belanja operasional sekolah/madrasah atau belanja barang di luar belanja pegawai dan belanja modal untuk pengembangan perpustakaan.',
    'enam, Sekolah atau madrasah mengalokasikan dana paling sedikit lima persen dari anggaran belanja operasional sekolah atau madrasah atau belanja barang di luar belanja pegawai dan belanja modal untuk pengembangan perpustakaan.',
  ],
  [
    'uu-2016-8',
    '(1) Pemerintah, Pemerintah Daerah, Badan Usaha Milik Negara, dan Badan Usaha Milik Daerah wajib mempekerjakan paling sedikit 2% (dua persen) Penyandang Disabilitas dari jumlah pegawai atau pekerja.',
    'satu, Pemerintah, Pemerintah Daerah, Badan Usaha Milik Negara, dan Badan Usaha Milik Daerah wajib mempekerjakan paling sedikit dua persen Penyandang Disabilitas dari jumlah pegawai atau pekerja.',
  ],
  [
    'uu-2016-8',
    '(2) Perusahaan swasta wajib mempekerjakan paling sedikit 1% (satu persen) Penyandang Disabilitas dari jumlah pegawai atau pekerja.',
    'dua, Perusahaan swasta wajib mempekerjakan paling sedikit satu persen Penyandang Disabilitas dari jumlah pegawai atau pekerja.',
  ],
  [
    'uu-1953-6',
    'Hingga sekarang 96% dari semua tanah-tanah partikelir yang ada semula telah dapat dikembalikan dengan jalan persetujuan.',
    'Hingga sekarang sembilan puluh enam persen dari semua tanah-tanah partikelir yang ada semula telah dapat dikembalikan dengan jalan persetujuan.',
  ],
  [
    'uu-2007-43',
    'Disahkan di Jakarta pada tanggal 1 Nopember 2007 ttd.',
    'Disahkan di Jakarta pada tanggal satu Nopember dua ribu tujuh tertanda.',
  ],
  [
    'uu-2004-24',
    'Setiap bank yang menjalankan Lembaga Penjamin Simpanan - www.lps.go.id usahanya di Indonesia diwajibkan untuk menjadi peserta dan membayar premi penjaminan.',
    'Setiap bank yang menjalankan Lembaga Penjamin Simpanan - we we we titik el pe es titik go titik id usahanya di Indonesia diwajibkan untuk menjadi peserta dan membayar premi penjaminan.',
  ],
  [
    'uu-2008-14',
    'e. sistem dan alokasi dana remunerasi anggota komisaris/dewan pengawas dan direksi;',
    'e, sistem dan alokasi dana remunerasi anggota komisaris atau dewan pengawas dan direksi;',
  ],
  [
    'uu-1951-13',
    'Pasal 4, ayat (1), huruf a s/d h harus dibaca a. tiap-tiap surat yang beratnya tidak lebih dari 20 gram, 30 sen dan untuk tiap-tiap 20 gram berikutnya atau sebagian dari 20 gram, 20 sen;',
    'Pasal empat, ayat satu, huruf a sampai dengan h harus dibaca a. tiap-tiap surat yang beratnya tidak lebih dari dua puluh gram, tiga puluh sen dan untuk tiap-tiap dua puluh gram berikutnya atau sebagian dari dua puluh gram, dua puluh sen;',
  ],
  [
    'uu-2009-25',
    'Pasal 5 ayat (1), Pasal 18A ayat (2), Pasal 20, Pasal 27, Pasal 28A, Pasal 28B, Pasal 28C, Pasal 28D, Pasal 28H, Pasal 28I ayat (2), dan Pasal 34 ayat (3) Undang-Undang Dasar Negara RepubIik Indonesia Tahun 1945;',
    'Pasal lima ayat satu, Pasal delapan belas A ayat dua, Pasal dua puluh, Pasal dua puluh tujuh, Pasal dua puluh delapan A, Pasal dua puluh delapan B, Pasal dua puluh delapan C, Pasal dua puluh delapan D, Pasal dua puluh delapan H, Pasal dua puluh delapan I ayat dua, dan Pasal tiga puluh empat ayat tiga Undang-Undang Dasar Negara RepubIik Indonesia Tahun seribu sembilan ratus empat puluh lima;',
  ],
  [
    'uu-1999-43',
    'Diantara Pasal 34 dan Pasal 35 disisipkan 1(satu) pasal, yakni Pasal 34A berbunyi sebagai berikut ; "Pasal 34A (1) Untuk kelancaran pelaksanaan manajemen Pegawai Negeri Sipil Daerah dibentuk Badan Kepegawaian Daerah.',
    'Diantara Pasal tiga puluh empat dan Pasal tiga puluh lima disisipkan satu pasal, yakni Pasal tiga puluh empat A berbunyi sebagai berikut ; "Pasal tiga puluh empat A satu Untuk kelancaran pelaksanaan manajemen Pegawai Negeri Sipil Daerah dibentuk Badan Kepegawaian Daerah.',
  ],
  [
    'uu-1999-41',
    'Pasal 3 Cukup jelas Pasal 4 Ayat (1) Yang dimaksud dengan "kekayaan alam yang terkandung di dalamnya" adalah semua benda hasil hutan sebagaimana dimaksud dalam Pasal 1 angka 13.',
    'Pasal tiga Cukup jelas Pasal empat Ayat satu Yang dimaksud dengan "kekayaan alam yang terkandung di dalamnya" adalah semua benda hasil hutan sebagaimana dimaksud dalam Pasal satu angka tiga belas.',
  ],
  [
    'uu-2004-24',
    'Status badan hukum bank yang dilikuidasi hapus sejak tanggal pengumuman berakhirnya likuidasi dalam Berita Negara Republik Indonesia sebagaimana dimaksud dalam Pasal 56 huruf a angka 1.',
    'Status badan hukum bank yang dilikuidasi hapus sejak tanggal pengumuman berakhirnya likuidasi dalam Berita Negara Republik Indonesia sebagaimana dimaksud dalam Pasal lima puluh enam huruf a angka satu.',
  ],
  [
    'uu-2003-12',
    'b. memiliki pengurus lengkap sekurang-kurangnya di 2/3 (dua pertiga) dari seluruh jumlah provinsi;',
    'b, memiliki pengurus lengkap sekurang-kurangnya di dua pertiga dari seluruh jumlah provinsi;',
  ],
  [
    'uu-1948-30',
    'pasal 12 Undang-undang Dasar dan Undang-undang Keadaan Bahaya tertanggal 6 Juni 1946 No. 6;',
    'pasal dua belas Undang-undang Dasar dan Undang-undang Keadaan Bahaya tertanggal enam Juni seribu sembilan ratus empat puluh enam nomor enam;',
  ],
  [
    'uu-1950-16',
    'UNDANG-UNDANG No. 16 TAHUN 1950 UNDANG-UNDANG No. 16 TAHUN 1950 TENTANG PEMBENTUKAN DAERAH-DAERAH KOTA BESAR DALAM LINGKUNGAN PROPINSI DJAWA TIMUR, DJAWA TENGAH, DJAWA BARAT DAN DALAM DAERAH ISTIMEWA JOGJAKARTA.',
    'undang-undang nomor enam belas tahun seribu sembilan ratus lima puluh undang-undang nomor enam belas tahun seribu sembilan ratus lima puluh tentang pembentukan daerah-daerah kota besar dalam lingkungan propinsi djawa timur, djawa tengah, djawa barat dan dalam daerah istimewa jogjakarta.',
  ],
  [
    'uu-1950-16',
    'X, Undang-undang No. 22 tahun 1948, Undang-undang No 2, 10, 11 dan 3 tahun 1950;',
    'X, Undang-undang nomor dua puluh dua tahun seribu sembilan ratus empat puluh delapan, Undang-undang nomor dua, sepuluh, sebelas dan tiga tahun seribu sembilan ratus lima puluh;',
  ],
  [
    'uu-2008-14',
    'Pasal 20, Pasal 21, Pasal 28 F, dan Pasal 28 J Undang- Undang Dasar Negara Republik Indonesia Tahun 1945;',
    'Pasal dua puluh, Pasal dua puluh satu, Pasal dua puluh delapan F, dan Pasal dua puluh delapan J Undang- Undang Dasar Negara Republik Indonesia Tahun seribu sembilan ratus empat puluh lima;',
  ],
  [
    'uu-2007-43',
    'BAB II HAK, KEWAJIBAN, DAN KEWENANGAN',
    'bab dua hak, kewajiban, dan kewenangan',
  ],
];

/** [text of a sample program or notice, what the voice is given]. */
const PROGRAM_TEXTS: [string, string][] = [
  [
    'Program Keluarga Harapan (PKH)',
    'Program Keluarga Harapan (pe ka ha)',
  ],
  [
    'Keluarga terdaftar di data sosial ekonomi pemerintah (DTSEN, dulu DTKS).',
    'Keluarga terdaftar di data sosial ekonomi pemerintah (de te es e en, dulu de te ka es).',
  ],
  [
    'Jika belum terdaftar, minta diusulkan lewat ketua RT/RW dan kantor desa/kelurahan, atau ajukan usulan sendiri lewat aplikasi Cek Bansos.',
    'Jika belum terdaftar, minta diusulkan lewat ketua er te er we dan kantor desa atau kelurahan, atau ajukan usulan sendiri lewat aplikasi Cek Bansos.',
  ],
  [
    'KTP-el',
    'ka te pe el',
  ],
  [
    'Program Sembako (Bantuan Pangan Non Tunai / BPNT)',
    'Program Sembako (Bantuan Pangan Non Tunai atau be pe en te)',
  ],
  [
    'Sejak 2025, DTSEN menggantikan DTKS sebagai dasar bantuan sosial (Instruksi Presiden Nomor 4 Tahun 2025).',
    'Sejak dua ribu dua puluh lima, de te es e en menggantikan de te ka es sebagai dasar bantuan sosial (Instruksi Presiden Nomor empat Tahun dua ribu dua puluh lima).',
  ],
  [
    'Cek hasilnya di situs cekbansos.kemensos.go.id atau aplikasi Cek Bansos: pilih wilayah, lalu tulis nama sesuai KTP-el.',
    'Cek hasilnya di situs cekbansos titik kemensos titik go titik id atau aplikasi Cek Bansos: pilih wilayah, lalu tulis nama sesuai ka te pe el.',
  ],
  [
    'Program Indonesia Pintar (PIP) / Kartu Indonesia Pintar (KIP)',
    'Program Indonesia Pintar (pe i pe) atau Kartu Indonesia Pintar (ka i pe)',
  ],
  [
    'Terdaftar sebagai murid di sekolah (SD, SMP, SMA, SMK), madrasah, atau pendidikan nonformal seperti PKBM (kejar paket) dan lembaga kursus.',
    'Terdaftar sebagai murid di sekolah (es de, es em pe, es em a, es em ka), madrasah, atau pendidikan nonformal seperti pe ka be em (kejar paket) dan lembaga kursus.',
  ],
  [
    'Uang tunai setiap tahun, dikirim ke rekening atas nama murid. Besarnya berbeda untuk SD, SMP, dan SMA/SMK, dan ditetapkan pemerintah; tanyakan ke sekolah.',
    'Uang tunai setiap tahun, dikirim ke rekening atas nama murid. Besarnya berbeda untuk es de, es em pe, dan es em a atau es em ka, dan ditetapkan pemerintah; tanyakan ke sekolah.',
  ],
  [
    'Cek hasilnya di situs pip.kemendikdasmen.go.id dengan NISN dan NIK murid, atau tanyakan ke sekolah.',
    'Cek hasilnya di situs pe i pe titik kemendikdasmen titik go titik id dengan en i es en dan en i ka murid, atau tanyakan ke sekolah.',
  ],
  [
    'KIP Kuliah (Kartu Indonesia Pintar Kuliah)',
    'ka i pe Kuliah (Kartu Indonesia Pintar Kuliah)',
  ],
  [
    'Buat akun di situs kip-kuliah.kemdiktisaintek.go.id atau aplikasi KIP Kuliah, dengan NIK, NISN, NPSN sekolah, dan alamat email yang aktif.',
    'Buat akun di situs ka i pe strip kuliah titik kemdiktisaintek titik go titik id atau aplikasi ka i pe Kuliah, dengan en i ka, en i es en, en pe es en sekolah, dan alamat email yang aktif.',
  ],
  [
    'PBI Jaminan Kesehatan (iuran BPJS Kesehatan dibayar pemerintah, KIS)',
    'pe be i Jaminan Kesehatan (iuran be pe je es Kesehatan dibayar pemerintah, ka i es)',
  ],
  [
    'Cek status kepesertaan lewat aplikasi Mobile JKN, BPJS Kesehatan Care Center 165, atau kantor BPJS Kesehatan.',
    'Cek status kepesertaan lewat aplikasi Mobile je ka en, be pe je es Kesehatan Care Center satu enam lima, atau kantor be pe je es Kesehatan.',
  ],
  [
    'Kartu JKN-KIS, jika sudah punya.',
    'Kartu je ka en ka i es, jika sudah punya.',
  ],
  [
    'BPJS Kesehatan Care Center: telepon 165.',
    'be pe je es Kesehatan Care Center: telepon satu enam lima.',
  ],
  [
    'Bukan pejabat negara, anggota DPR/DPRD, ASN, anggota TNI atau Polri, kepala desa, atau perangkat desa.',
    'Bukan pejabat negara, anggota de pe er atau de pe er de, a es en, anggota te en i atau Polri, kepala desa, atau perangkat desa.',
  ],
  [
    'Buat akun dengan email, nomor HP, dan NIK Anda.',
    'Buat akun dengan email, nomor ha pe, dan en i ka Anda.',
  ],
  [
    'BLT Dana Desa (Bantuan Langsung Tunai Desa)',
    'be el te Dana Desa (Bantuan Langsung Tunai Desa)',
  ],
  [
    'KTP Elektronik (KTP-el / e-KTP)',
    'ka te pe Elektronik (ka te pe el atau e ka te pe)',
  ],
  [
    'Gratis. Pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya (UU Nomor 24 Tahun 2013, Pasal 79A).',
    'Gratis. Pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya (undang-undang Nomor dua puluh empat Tahun dua ribu tiga belas, Pasal tujuh puluh sembilan A).',
  ],
  [
    'Yang belum terdata bisa mendaftarkan diri kepada lurah atau kepala desa di tempat tinggalnya (UU Nomor 8 Tahun 2016, Pasal 119).',
    'Yang belum terdata bisa mendaftarkan diri kepada lurah atau kepala desa di tempat tinggalnya (undang-undang Nomor delapan Tahun dua ribu enam belas, Pasal seratus sembilan belas).',
  ],
  [
    'Lurah atau kepala desa meneruskan pendaftaran ke bupati/wali kota melalui camat, lalu ke Kementerian Sosial.',
    'Lurah atau kepala desa meneruskan pendaftaran ke bupati atau wali kota melalui camat, lalu ke Kementerian Sosial.',
  ],
  [
    'Layanan dapat diberikan di rumah dan lingkungan sekitar, atau di sentra/balai milik Kementerian Sosial.',
    'Layanan dapat diberikan di rumah dan lingkungan sekitar, atau di sentra atau balai milik Kementerian Sosial.',
  ],
  [
    'Senin sampai Jumat: pukul 08.00 sampai 16.00 (contoh).',
    'Senin sampai Jumat: pukul delapan sampai pukul enam belas (contoh).',
  ],
  [
    'Sabtu: pukul 09.00 sampai 14.00 (contoh).',
    'Sabtu: pukul sembilan sampai pukul empat belas (contoh).',
  ],
  [
    'Petugas dapat membantu Anda membaca syarat program pemerintah, seperti PKH, KIP, BPJS Kesehatan, atau KTP-el, dan menjelaskan dokumen yang perlu dibawa.',
    'Petugas dapat membantu Anda membaca syarat program pemerintah, seperti pe ka ha, ka i pe, be pe je es Kesehatan, atau ka te pe el, dan menjelaskan dokumen yang perlu dibawa.',
  ],
  [
    'Pelatihan literasi digital: memakai HP untuk layanan publik (contoh acara)',
    'Pelatihan literasi digital: memakai ha pe untuk layanan publik (contoh acara)',
  ],
];

describe('normalizeForSpeech (id) on sentences from real laws', () => {
  it.each(LAW_SENTENCES)('%s: %j', (lawId, sentence, spoken) => {
    expect(LAWS.get(lawId)).toContain(sentence);
    expect(normalizeForSpeech(sentence, 'id').text).toBe(spoken);
  });
});

describe('normalizeForSpeech (id) on the sample programs and notices', () => {
  it.each(PROGRAM_TEXTS)('%j', (text, spoken) => {
    expect(CONTENT).toContain(text);
    expect(normalizeForSpeech(text, 'id').text).toBe(spoken);
  });
});
