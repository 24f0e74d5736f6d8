import { describe, expect, it } from 'vitest';
import type { Command } from '../../../a11y/commands/command.ts';
import { parseCommand } from '../../../a11y/commands/grammar.ts';
import { PHRASES_ID } from '../../../a11y/commands/phrases-id.ts';

const read: Command = { type: 'read' };
const repeat: Command = { type: 'repeat' };
const stop: Command = { type: 'stop' };
const slower: Command = { type: 'slower' };
const softer: Command = { type: 'softer' };
const search = (text: string): Command => ({ type: 'search', text });
const open = (index: number): Command => ({ type: 'open', index });
const goTo = (pasal: string, ayat?: string, thenRead?: boolean): Command => ({
  type: 'go-to',
  pasal,
  ...(ayat ? { ayat } : {}),
  ...(thenRead ? { thenRead } : {}),
});

describe('parseCommand (Indonesian)', () => {
  it.each<[string, Command]>([
    // reading
    ['baca', read],
    ['bacakan', read],
    ['Bacakan.', read],
    ['tolong bacakan', read],
    ['bacakan dong', read],
    ['saya mau dengarkan', read],
    ['mulai membaca', read],
    ['bacakan lagi', repeat],
    ['Bacakan lagi, ya.', repeat],
    ['ulangi', repeat],
    ['ulangi kalimatnya', repeat],
    ['sekali lagi dong', repeat],
    ['berhenti', stop],
    ['Stop!', stop],
    ['setop', stop],
    ['hentikan', stop],
    ['sudah, cukup', { type: 'stop' }],
    ['jeda', { type: 'pause' }],
    ['tunggu sebentar', { type: 'pause' }],
    ['jeda dulu', { type: 'pause' }],
    // "lanjut" is next (the finder's button), "lanjutkan" resumes (the reader's button)
    ['lanjut', { type: 'next' }],
    ['Lanjut.', { type: 'next' }],
    ['lanjutkan', { type: 'resume' }],
    ['lanjutkan membaca', { type: 'resume' }],
    ['lanjut baca', { type: 'resume' }],
    ['teruskan', { type: 'resume' }],
    ['berikutnya', { type: 'next' }],
    ['selanjutnya', { type: 'next' }],
    ['sebelumnya', { type: 'previous' }],
    ['mundur', { type: 'previous' }],
    // navigation
    ['kembali', { type: 'back' }],
    ['Kembali!', { type: 'back' }],
    ['balik', { type: 'back' }],
    ['ke beranda', { type: 'home' }],
    ['beranda', { type: 'home' }],
    ['saya mau ke beranda', { type: 'home' }],
    ['kembali ke beranda', { type: 'home' }],
    ['halaman utama', { type: 'home' }],
    ['bantuan', { type: 'help' }],
    ['tolong', { type: 'help' }],
    ['Tolong!', { type: 'help' }],
    ['minta bantuan', { type: 'help' }],
    ['saya bingung', { type: 'help' }],
    ['di mana saya', { type: 'where-am-i' }],
    ['Di mana saya?', { type: 'where-am-i' }],
    ['dimana saya', { type: 'where-am-i' }],
    ['sudah sampai mana', { type: 'where-am-i' }],
    // speed and volume: "pelan" with a sound word is volume, otherwise pace
    ['lebih pelan', slower],
    ['pelan-pelan', slower],
    ['pelan pelan', slower],
    ['Pelan-pelan ya.', slower],
    ['pelan', slower],
    ['pelankan', slower],
    ['lebih lambat', slower],
    ['bicara lebih pelan', slower],
    ['bicara lebih lambat', slower],
    ['bacanya pelan-pelan dong', slower],
    ['suara lebih pelan', softer],
    ['suaranya lebih pelan', softer],
    ['lebih pelan suaranya', softer],
    ['pelankan suaranya', softer],
    ['suara lebih kecil', softer],
    ['kecilkan suara', softer],
    ['terlalu keras', softer],
    ['lebih cepat', { type: 'faster' }],
    ['bicara lebih cepat', { type: 'faster' }],
    ['percepat', { type: 'faster' }],
    ['lebih keras', { type: 'louder' }],
    ['keraskan suaranya', { type: 'louder' }],
    ['suara lebih besar', { type: 'louder' }],
    // reader navigation
    ['kalimat berikutnya', { type: 'next-sentence' }],
    ['kalimat sebelumnya', { type: 'previous-sentence' }],
    ['paragraf berikutnya', { type: 'next-paragraph' }],
    ['paragraf sebelumnya', { type: 'previous-paragraph' }],
    ['bagian berikutnya', { type: 'next-heading' }],
    ['bagian sebelumnya', { type: 'previous-heading' }],
    ['pasal berikutnya', { type: 'next-pasal' }],
    ['pasal sebelumnya', { type: 'previous-pasal' }],
    // go to a Pasal
    ['baca pasal dua puluh empat ayat dua', goTo('24', '2', true)],
    ['Baca pasal 24, ayat 2.', goTo('24', '2', true)],
    ['bacakan pasal lima', goTo('5', undefined, true)],
    ['pasal 28 H', goTo('28H')],
    ['pasal 28H', goTo('28H')],
    ['Pasal 28-H ayat (2)', goTo('28H', '2')],
    ['pasal dua puluh delapan h', goTo('28H')],
    ['ke pasal seratus lima puluh tiga', goTo('153')],
    ['buka pasal sebelas', goTo('11')],
    ['lompat ke pasal dua belas', goTo('12')],
    ['tolong baca pasal satu ya', goTo('1', undefined, true)],
    ['pasal sepuluh ayat tiga', goTo('10', '3')],
    ['pasal ke-5', goTo('5')],
    // open the n-th item
    ['buka nomor tiga', open(3)],
    ['Buka nomor 3.', open(3)],
    ['buka nomor satu', open(1)],
    ['pilih nomor dua', open(2)],
    ['yang ketiga', open(3)],
    ['buka yang ke-3', open(3)],
    ['yang pertama', open(1)],
    ['pilih yang kedua', open(2)],
    ['nomor sembilan', open(9)],
    ['nomor sepuluh', open(10)],
    ['nomor sebelas', open(11)],
    ['nomor dua belas', open(12)],
    ['nomor dua puluh', open(20)],
    ['nomor seratus', open(100)],
    ['nomor seribu dua ratus', open(1200)],
    ['nomor 4 saja', open(4)],
    ['tujuh', open(7)],
    ['kesebelas', open(11)],
    // search
    ['cari bantuan untuk lansia', search('bantuan untuk lansia')],
    ['Cari bantuan untuk lansia.', search('bantuan untuk lansia')],
    ['tolong cari bantuan untuk lansia dong', search('bantuan untuk lansia')],
    ['carikan beasiswa kuliah', search('beasiswa kuliah')],
    ['cari informasi tentang KTP', search('ktp')],
    ['cari', search('')],
    ['program untuk penyandang disabilitas', search('program untuk penyandang disabilitas')],
    ['bantuan untuk lansia', search('bantuan untuk lansia')],
    ['bansos lansia', search('bansos lansia')],
    ['syarat membuat KTP', search('syarat membuat ktp')],
    ['cari pasal tentang disabilitas', search('pasal tentang disabilitas')],
    // language
    ['ganti bahasa inggris', { type: 'language', lang: 'en' }],
    ['Ganti ke bahasa Inggris.', { type: 'language', lang: 'en' }],
    ['bahasa inggris', { type: 'language', lang: 'en' }],
    ['english', { type: 'language', lang: 'en' }],
    ['bahasa indonesia', { type: 'language', lang: 'id' }],
    ['pakai bahasa indonesia', { type: 'language', lang: 'id' }],
    ['ganti bahasa', { type: 'language' }],
    // staff, selection, explore mode
    ['panggil petugas', { type: 'call-staff' }],
    ['tolong panggilkan petugas', { type: 'call-staff' }],
    ['saya butuh petugas', { type: 'call-staff' }],
    ['pilih', { type: 'activate' }],
    ['buka ini', { type: 'activate' }],
    ['mode jelajah', { type: 'explore-mode' }],
    ['nyalakan mode jelajah', { type: 'explore-mode', isOn: true }],
    ['matikan mode jelajah', { type: 'explore-mode', isOn: false }],
    // hesitations and other-language commands
    ['eh, bacakan', read],
    ['emm ulangi', repeat],
    ['hmm, kembali', { type: 'back' }],
    ['help', { type: 'help' }],
    ['go back', { type: 'back' }],
    ['read article five', goTo('5', undefined, true)],
  ])('"%s"', (transcript, command) => {
    expect(parseCommand(transcript, 'id')).toEqual({ command });
  });

  it.each([
    'selamat pagi',
    'apa kabar',
    'baca pasal',
    'buka nomor nol',
    'pasal dua puluh empat ayat',
    'tolong dong',
    '',
    'kucing hitam lari',
  ])('"%s" is not understood, with suggestions', (transcript) => {
    const result = parseCommand(transcript, 'id');
    expect(result).toMatchObject({ unknown: true });
    if (!('unknown' in result)) return;
    expect(result.suggestions).toHaveLength(3);
  });

  it('suggests the nearest phrases first ("baca pasal" → "baca pasal lima")', () => {
    const result = parseCommand('baca pasal', 'id');
    expect('unknown' in result && result.suggestions[0]).toBe('baca pasal lima');
  });

  it('suggests phrases the grammar itself understands', () => {
    for (const phrase of PHRASES_ID.suggestions) expect(parseCommand(phrase, 'id')).toHaveProperty('command');
  });

  it('has no phrase that means two commands', () => {
    const seen = new Map<string, string>();
    for (const entry of PHRASES_ID.fixed) {
      for (const phrase of entry.phrases) {
        expect(seen.get(phrase) ?? entry.key, `"${phrase}"`).toBe(entry.key);
        seen.set(phrase, entry.key);
      }
    }
  });

  it('understands every fixed phrase as its own command', () => {
    for (const entry of PHRASES_ID.fixed) {
      for (const phrase of entry.phrases) expect(parseCommand(phrase, 'id'), phrase).toEqual({ command: entry.command });
    }
  });
});
