// The speech owner: chunks, settings, cancel and pause, no-voice and errors, earcons and status.
import { describe, expect, it } from 'vitest';
import { FAKE_ENGLISH_VOICE, FAKE_INDONESIAN_VOICE } from '../../../a11y/speech/fake-speaker.ts';
import { MAX_CHUNK_LENGTH } from '../../../a11y/speech/chunk-text.ts';
import { ownerOnFakes, recorder } from './owner-harness.ts';

const THREE = 'Satu dua tiga. Empat lima enam. Tujuh delapan.';

/** A long Indonesian text (about 3,000 characters) with sentences of very different lengths. */
function longText(): string {
  const sentences = [
    'Perpustakaan umum daerah melayani semua warga tanpa kecuali.',
    'Penyandang disabilitas netra dapat meminta bantuan petugas untuk membaca dokumen, mengisi formulir, dan mencari informasi tentang program pemerintah yang sesuai dengan kebutuhan mereka, termasuk bantuan sosial, layanan kesehatan, pendidikan inklusif, serta pelatihan kerja yang diselenggarakan oleh dinas sosial dan dinas tenaga kerja kabupaten atau kota.',
    'Jam buka: Senin sampai Jumat.',
    'Ya.',
  ];
  return Array.from({ length: 12 }, (_, index) => sentences[index % sentences.length]).join(' ');
}

describe('speakText: chunks', () => {
  it('speaks long text as a queue of sentence chunks of at most 200 characters, in order, then onDone once', () => {
    const { clock, speaker, owner } = ownerOnFakes({ auto: true });
    const text = longText();
    const { record, handlers } = recorder(text);
    owner.speakText(text, 'id', handlers);
    clock.runAll();
    const spoken = speaker.spokenTexts();
    expect(spoken.length).toBeGreaterThan(12);
    expect(Math.max(...spoken.map((chunk) => chunk.length))).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    expect(spoken.join(' ')).toBe(text);
    expect(record.chunks).toEqual(spoken);
    expect(record.done).toBe(1);
    expect(record.errors).toEqual([]);
    expect(owner.status().isSpeaking).toBe(false);
  });

  it('at a slow rate chunks shrink so one utterance stays under ~12 s (Chromium stops long ones: crbug 679437)', () => {
    const { clock, speaker, owner } = ownerOnFakes({ auto: true });
    owner.updateSettings({ rate: 0.5 });
    owner.speakText(longText(), 'id');
    clock.runAll();
    expect(Math.max(...speaker.spokenTexts().map((chunk) => chunk.length))).toBeLessThanOrEqual(120);
  });

  it('splits a chunk again when normalising makes it too long to speak', () => {
    const { clock, speaker, owner } = ownerOnFakes({
      auto: true,
      normalize: (text) => ({ text: `${text} ${text} ${text}`, pieces: [{ spokenStart: 0, sourceStart: 0, sourceEnd: text.length }] }),
    });
    const sentence = 'Setiap orang berhak memperoleh informasi publik sesuai dengan ketentuan yang berlaku di daerah masing-masing tanpa biaya.';
    owner.speakText(sentence, 'id');
    clock.runAll();
    expect(speaker.utterances.length).toBeGreaterThan(1);
    for (const utterance of speaker.utterances) expect(utterance.text.length).toBeLessThanOrEqual(225);
  });

  it('uses the chunks the caller gives, and reads only [from, to) with offsets into the whole text', () => {
    const { clock, speaker, owner } = ownerOnFakes({ auto: true });
    owner.speakText(THREE, 'id', { chunks: [{ start: 0, end: 31 }, { start: 31, end: THREE.length }] });
    clock.runAll();
    expect(speaker.spokenTexts()).toEqual(['Satu dua tiga. Empat lima enam.', 'Tujuh delapan.']);
    owner.speakText(THREE, 'id', { chunks: [{ start: 0, end: 31 }, { start: 31, end: THREE.length }], from: 15, to: 31 });
    clock.runAll();
    expect(speaker.spokenTexts().slice(2)).toEqual(['Empat lima enam.']);
    speaker.utterances.splice(2);

    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', { ...handlers, from: 15, to: 31 });
    clock.runAll();
    expect(speaker.spokenTexts().slice(2)).toEqual(['Empat lima enam.']);
    expect(record.words.map((word) => [word.offset, word.word])).toEqual([
      [15, 'Empat'],
      [21, 'lima'],
      [26, 'enam.'],
    ]);
  });

  it('empty or blank text is done at once and speaks nothing', () => {
    const { speaker, owner } = ownerOnFakes();
    const { record, handlers } = recorder('');
    owner.speakText('  \n ', 'id', handlers);
    expect(record.done).toBe(1);
    expect(speaker.utterances).toEqual([]);
  });
});

describe('settings', () => {
  it.each([
    [{ rate: 5 }, { rate: 2 }],
    [{ rate: 0.1 }, { rate: 0.5 }],
    [{ rate: Number.NaN }, { rate: 1 }],
    [{ rate: 1.25 }, { rate: 1.25 }],
    [{ volume: -1 }, { volume: 0 }],
    [{ volume: 1.5 }, { volume: 1 }],
    [{ pitch: 3 }, { pitch: 2 }],
    [{ pitch: -0.5 }, { pitch: 0 }],
  ])('clamps %o to %o', (change, expected) => {
    const { owner } = ownerOnFakes();
    expect(owner.updateSettings(change)).toMatchObject(expected);
    expect(owner.settings()).toMatchObject(expected);
  });

  it('passes rate, volume, pitch and voice to every utterance; changes apply from the next chunk; reset restores', () => {
    const { speaker, owner } = ownerOnFakes();
    owner.updateSettings({ rate: 1.5, volume: 0.5, pitch: 0.8 });
    owner.speakText(THREE, 'id');
    expect(speaker.utterances[0]!.options).toEqual({ voiceId: FAKE_INDONESIAN_VOICE.id, lang: 'id', rate: 1.5, volume: 0.5, pitch: 0.8 });
    owner.updateSettings({ rate: 2 });
    speaker.end();
    expect(speaker.utterances[1]!.options.rate).toBe(2);
    owner.resetSettings();
    expect(owner.settings()).toEqual({ rate: 1, volume: 1, pitch: 1, voiceId: undefined, hasEarcons: true });
  });

  it('a preferred voice is used and reported in status', () => {
    const other = { ...FAKE_INDONESIAN_VOICE, id: 'Indonesian+Adam espeak-ng', name: 'Indonesian+Adam espeak-ng' };
    const { speaker, owner, events } = ownerOnFakes({ speaker: { voices: [FAKE_INDONESIAN_VOICE, other] } });
    expect(owner.status()).toMatchObject({ hasVoice: true, voice: FAKE_INDONESIAN_VOICE, reason: 'local-language' });
    owner.updateSettings({ voiceId: other.id });
    expect(owner.status()).toMatchObject({ voice: other, reason: 'preferred' });
    expect(events.at(-1)).toMatchObject({ type: 'voice', lang: 'id', choice: { voice: other } });
    owner.speakText('Halo.', 'id');
    expect(speaker.utterances[0]!.options.voiceId).toBe(other.id);
  });
});

describe('cancel, new readings, pause', () => {
  it('[cancel] stops at once, quietly, and nothing more is spoken', () => {
    const { clock, speaker, owner, events } = ownerOnFakes();
    const { record, handlers } = recorder(THREE);
    const reading = owner.speakText(THREE, 'id', handlers);
    speaker.start();
    speaker.boundary(0, 4);
    const cancelsBefore = speaker.calls.cancel;
    owner.cancel();
    expect(speaker.calls.cancel).toBe(cancelsBefore + 1);
    expect(record.canceled).toBe(1);
    expect(record.errors).toEqual([]);
    expect(reading.isActive()).toBe(false);
    expect(owner.status().isSpeaking).toBe(false);
    clock.advance(120_000);
    expect(speaker.utterances).toHaveLength(1);
    expect(events.filter((event) => event.type === 'error' || event.type === 'stall')).toEqual([]);
    expect(record.done).toBe(0);
  });

  it('[new command] a new reading interrupts the current one (cancel before speaking)', () => {
    const { speaker, owner } = ownerOnFakes();
    const first = recorder(THREE);
    owner.speakText(THREE, 'id', first.handlers);
    speaker.start();
    const cancelsBefore = speaker.calls.cancel;
    owner.speakText('Beranda.', 'id');
    expect(first.record.canceled).toBe(1);
    expect(first.record.errors).toEqual([]);
    expect(speaker.calls.cancel).toBeGreaterThan(cancelsBefore);
    expect(speaker.current()?.text).toBe('Beranda.');
  });

  it('cancel() before every reading, even when idle (un-wedges a stuck synthesiser)', () => {
    const { speaker, owner } = ownerOnFakes();
    owner.speakText('Halo.', 'id');
    expect(speaker.calls.cancel).toBe(1);
  });

  it('[pause] cancels the voice (never speechSynthesis.pause) and [resume] speaks again from the current word', () => {
    const { clock, speaker, owner, events } = ownerOnFakes();
    const text = 'Selamat datang di perpustakaan umum. Kalimat kedua.';
    const { record, handlers } = recorder(text);
    owner.speakText(text, 'id', handlers);
    speaker.start();
    speaker.boundary(0, 7);
    speaker.boundary(8, 6);
    owner.pause();
    expect(owner.status()).toMatchObject({ isSpeaking: false, isPaused: true });
    expect(speaker.calls.pause).toBe(0);
    expect(speaker.isSpeaking()).toBe(false);
    clock.advance(120_000);
    expect(speaker.utterances).toHaveLength(1);
    expect(events.some((event) => event.type === 'stall')).toBe(false);
    owner.resume();
    expect(speaker.current()?.text).toBe('datang di perpustakaan umum.');
    speaker.boundary(0, 6);
    speaker.boundary(7, 2);
    speaker.end();
    speaker.end();
    expect(record.words.map((word) => [word.offset, word.word])).toEqual([
      [0, 'Selamat'],
      [8, 'datang'],
      [8, 'datang'],
      [15, 'di'],
    ]);
    expect(speaker.spokenTexts()).toEqual(['Selamat datang di perpustakaan umum.', 'datang di perpustakaan umum.', 'Kalimat kedua.']);
    expect(record.done).toBe(1);
  });

  it('an aborted signal cancels the reading (quietly)', () => {
    const { speaker, owner } = ownerOnFakes();
    const controller = new AbortController();
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', { ...handlers, signal: controller.signal });
    speaker.start();
    controller.abort();
    expect(record.canceled).toBe(1);
    expect(owner.status().isSpeaking).toBe(false);
    owner.speakText(THREE, 'id', { signal: AbortSignal.abort() });
    expect(speaker.utterances).toHaveLength(1);
  });
});

describe('no voice, errors', () => {
  it('[no-voice] with no voices, waits for them (Chromium loads them late), then reports no-voice instead of failing silently', () => {
    const { clock, speaker, owner, events } = ownerOnFakes({ speaker: { voices: [] } });
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', handlers);
    expect(owner.status()).toMatchObject({ isSpeaking: true, hasVoice: false, isLoadingVoices: true });
    clock.advance(4_999);
    expect(record.errors).toEqual([]);
    clock.advance(1);
    expect(record.errors.map((error) => error.code)).toEqual(['no-voice']);
    expect(record.errors[0]!.message).toMatch(/No voice can read "id"/);
    expect(events.filter((event) => event.type === 'no-voice')).toEqual([{ type: 'no-voice', lang: 'id' }]);
    expect(speaker.utterances).toEqual([]);
    expect(owner.status()).toMatchObject({ isSpeaking: false, hasVoice: false, isLoadingVoices: false, voice: undefined });
    owner.speakText('Lagi.', 'id', handlers);
    expect(record.errors.map((error) => error.code)).toEqual(['no-voice', 'no-voice']);
    // The event reports a change of voice state once; each failed reading hears onError.
    expect(events.filter((event) => event.type === 'no-voice')).toHaveLength(1);
  });

  it('voices that arrive while waiting are used at once', () => {
    const { clock, speaker, owner, events } = ownerOnFakes({ speaker: { voices: [] } });
    owner.speakText('Halo.', 'id');
    clock.advance(3_000);
    speaker.setVoices([FAKE_ENGLISH_VOICE, FAKE_INDONESIAN_VOICE]);
    expect(speaker.current()?.text).toBe('Halo.');
    expect(events).toContainEqual({ type: 'voice', lang: 'id', choice: { voice: FAKE_INDONESIAN_VOICE, reason: 'local-language' } });
  });

  it('only English voices: no-voice for Indonesian at once (event when built), English still speaks', () => {
    const { clock, speaker, owner, events } = ownerOnFakes({ speaker: { voices: [FAKE_ENGLISH_VOICE] } });
    clock.advance(0);
    expect(events).toEqual([{ type: 'no-voice', lang: 'id' }]);
    const { record, handlers } = recorder('Halo.');
    owner.speakText('Halo.', 'id', handlers);
    expect(record.errors.map((error) => error.code)).toEqual(['no-voice']);
    expect(events).toContainEqual({ type: 'no-voice', lang: 'id' });
    owner.speakText('Hello.', 'en');
    expect(speaker.current()?.options).toMatchObject({ lang: 'en', voiceId: FAKE_ENGLISH_VOICE.id });
    expect(owner.status('en')).toMatchObject({ hasVoice: true, reason: 'local-region' });
    expect(events).toContainEqual({ type: 'voice', lang: 'en', choice: { voice: FAKE_ENGLISH_VOICE, reason: 'local-region' } });
  });

  it.each(['synthesis-failed', 'audio-busy', 'not-allowed'])('"%s" from the voice is reported with its code and reading stops', (platformError) => {
    const { clock, speaker, owner, events } = ownerOnFakes();
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', handlers);
    speaker.start();
    speaker.fail(platformError);
    expect(record.errors.map((error) => error.code)).toEqual([platformError]);
    expect(events).toContainEqual({ type: 'error', error: record.errors[0] });
    clock.runAll();
    expect(speaker.utterances).toHaveLength(1);
    expect(owner.status().isSpeaking).toBe(false);
  });

  it('"interrupted" that the owner did not cause is reported as such', () => {
    const { speaker, owner } = ownerOnFakes();
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', handlers);
    speaker.start();
    speaker.fail('interrupted');
    expect(record.errors.map((error) => error.code)).toEqual(['interrupted']);
  });
});

describe('earcons and status', () => {
  it('a document plays start and end-of-document; cancel plays stop; short prompts play none', () => {
    const { clock, owner, earcons } = ownerOnFakes({ auto: true });
    owner.speakText('Beranda.', 'id');
    clock.runAll();
    expect(earcons).toEqual([]);
    owner.speakText(THREE, 'id', { isDocument: true });
    clock.runAll();
    expect(earcons).toEqual(['start', 'end-of-document']);
    owner.speakText(THREE, 'id', { isDocument: true });
    clock.advance(100);
    owner.cancel();
    expect(earcons).toEqual(['start', 'end-of-document', 'start', 'stop']);
  });

  it('earcons can be switched off for the visit', () => {
    const { clock, owner, earcons } = ownerOnFakes({ auto: true });
    owner.updateSettings({ hasEarcons: false });
    owner.speakText(THREE, 'id', { isDocument: true });
    owner.playEarcon('boundary');
    clock.runAll();
    expect(earcons).toEqual([]);
    owner.updateSettings({ hasEarcons: true });
    owner.playEarcon('boundary');
    expect(earcons).toEqual(['boundary']);
  });

  it('state events follow speaking, pausing and finishing', () => {
    const { clock, owner, events } = ownerOnFakes({ auto: true });
    owner.speakText('Halo.', 'id');
    owner.pause();
    owner.resume();
    clock.runAll();
    expect(events.filter((event) => event.type === 'state')).toEqual([
      { type: 'state', isSpeaking: true, isPaused: false },
      { type: 'state', isSpeaking: false, isPaused: true },
      { type: 'state', isSpeaking: true, isPaused: false },
      { type: 'state', isSpeaking: false, isPaused: false },
    ]);
  });

  it('destroy() cancels and stops listening to voice changes', () => {
    const { speaker, owner, events } = ownerOnFakes();
    owner.speakText(THREE, 'id');
    owner.destroy();
    const count = events.length;
    speaker.setVoices([]);
    expect(events).toHaveLength(count);
    expect(speaker.isSpeaking()).toBe(false);
  });
});

describe('events for listeners subscribed after creation', () => {
  it('the voice already present is reported on the next tick', () => {
    const { clock, events } = ownerOnFakes();
    expect(events).toEqual([]);
    clock.advance(0);
    expect(events).toEqual([{ type: 'voice', lang: 'id', choice: { voice: FAKE_INDONESIAN_VOICE, reason: 'local-language' } }]);
  });
});
