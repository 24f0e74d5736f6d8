/**
 * A compact list of Indonesian root words (kata dasar) that the stemmer checks before and during stripping.
 *
 * Why not Sastrawi's full dictionary (~29,000 roots, ~250 kB)? The kiosk bundle is precached on every kiosk,
 * and the stemmer runs the same way on the content and on the query, so a consistent but imperfect stem still
 * matches. This list exists only for the cases where rules alone go wrong on words that matter here:
 *  1. roots that look affixed: keluarga (ke-), sekolah (-lah), disabilitas (di-), pantai (-i), perintah (-tah);
 *  2. roots that recoding cannot tell apart: peng-V may hide k (pengembangan → kembang, not embang),
 *     pem-V may hide m (memakan → makan, not pakan), per-V may hide r (perumahan → rumah, not umah);
 *  3. roots of three letters, below the stemmer's minimum length (uji, isi).
 * Add a word when a stem in this domain comes out wrong; tests/unit/search/stem-indonesian.test.ts says which.
 */
const ROOTS = `
abdi acara ada adat adil admin ahli air ajar aju akad akal akan akhir akses aktif akta alam alamat alat alih
aman ambil anak anggar anggur angka angkat angkut antar anti apa arah arsip asal asing asli asuh atas atur awas
babak badan bagi bahasa baik baca bahan bahagia bakat balita bangun bantu banyak bayar bayi beasiswa beban
beda bekal belanja benar bencana beras berat beri berita bersih betul biasa biaya bidan bijak bimbing bina
bisa bohong buat budaya buka bukti buku bulan buruh butuh
cacat cakap calon camat cari catat cegah cerai cerita cetak cipta cocok cukup
daftar dagang daerah dalam damping dana dapat darurat dasar data datang daya dengar depan desa diam didik
difabel dinas diri disabel disabilitas diskon distrik dokter dokumen duduk dukung
edar ekonomi elektronik empat emas
fakir fasilitas fisik
gaji ganti gizi gotong guna guru
hadir hak hakim hamil harap harga hari hasil hati hibah hidup hilang hitung hubung hukum huni hutang
ibu ikat ikut ilmu imun indonesia informasi ingat insentif istri izin
jabat jadi jalan jamin jaring jasa jelas jiwa jual jumlah
kabul kaji kalah kali kamar kampung kantor karya kasih kata kawal kawin kebun kecil keluar keluarga kelola
kelompok kembang kembali kena kenal kendali kepala kerja kesan ketua khusus kirim kuasa kumpul kunjung kurang
kurikulum kutip
lahir laksana lalu lambat lanjut lansia lapor latih layak layan lembaga lengkap lihat lindung lingkung lisan
lokasi luar lulus lupa lurah
main maju makan maksud malam mampu manfaat mandiri masa masalah masuk masyarakat mati menteri milik minta minum miskin
modal mohon muat mudah mula mulai murid musyawarah mutu
nafkah nama nasional negara nikah nilai nomor nyata
obat olah operasi orang organisasi otonomi
pada pajak pakai paket paling pandu pangan panti pantai pasti pegawai perempuan perdana perkara peduli pelihara
pendek penduduk pengaruh perintah periksa perlu pertama pesan peserta piatu pidana pikir pilih
pimpin pindah pinjam pintar pisah polisi pokok potong prakerja proses pulang pungut pustaka putus
rakyat ramah rancang rawat rekam rencana resmi ringan risiko rujuk rumah rusak
saksi sakit salin salur sama sampai sandang saring sarana satu sebab sedia sehat sejahtera sekolah selamat
selesai semua sendiri serah serta setuju siap sidang simpan sistem siswa sosial suami sumbang sumber surat
susun syarat
tahan tahu tambah tanda tanggap tanggung tangan tani tanya tapi tata tawar tekan telah teliti teman tempat
tempuh tenaga tengah tentu terap terbit terima terus tetap tiap tidak tinggal tingkat tolak tolong tua tugas tuju
tulis tunai tunda tunjang tunjuk turun tutup
ubah uji ukur ulang umum umur untung upah urus usaha usia usul utama
wajib waktu wakil warga waris wilayah wujud
yatim
`;

/** Roots the stemmer returns as soon as it reaches them (and never strips further). */
export const ROOT_WORDS: ReadonlySet<string> = new Set(ROOTS.split(/\s+/).filter(Boolean));
