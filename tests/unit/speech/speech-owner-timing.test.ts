// The speech owner's timing: the watchdog that recovers from Chromium's stuck voices, and word events
// (mapped back through normalisers that change lengths, or estimated when a voice gives no boundaries).
import { describe, expect, it } from 'vitest';
import { normalizeForSpeech } from '../../../a11y/speech/normalize/normalize-for-speech.ts';
import { expandingNormalize, ownerOnFakes, recorder } from './owner-harness.ts';

const THREE = 'Satu dua tiga. Empat lima enam. Tujuh delapan.';

describe('watchdog (Chromium: end never fires, or the voice never starts)', () => {
  it('an utterance that starts but never ends is cancelled and reading goes on with the next chunk', () => {
    const { clock, speaker, owner, events } = ownerOnFakes({ auto: true });
    speaker.stickNext('never-end');
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', handlers);
    clock.advance(2_000);
    expect(speaker.utterances).toHaveLength(1);
    clock.runAll();
    expect(events.filter((event) => event.type === 'stall')).toEqual([{ type: 'stall', range: { start: 0, end: 14 }, hasStarted: true, action: 'skip' }]);
    expect(speaker.spokenTexts()).toEqual(['Satu dua tiga.', 'Empat lima enam.', 'Tujuh delapan.']);
    expect(record.done).toBe(1);
    expect(record.errors).toEqual([]);
  });

  it('waits about 2.5 × the estimated duration + 3 s before stepping in', () => {
    const { clock, speaker, owner, events } = ownerOnFakes();
    owner.speakText('Satu dua tiga.', 'id');
    // 14 characters at 15 characters per second ≈ 933 ms; × 2.5 + 3000 ≈ 5333 ms.
    clock.advance(5_300);
    expect(events.some((event) => event.type === 'stall')).toBe(false);
    clock.advance(100);
    expect(events.some((event) => event.type === 'stall')).toBe(true);
    expect(speaker.utterances).toHaveLength(2);
  });

  it('an utterance that never starts is retried once, then skipped', () => {
    const { clock, speaker, owner, events } = ownerOnFakes({ auto: true });
    speaker.stickNext('never-start');
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', handlers);
    clock.runAll();
    expect(events.filter((event) => event.type === 'stall').map((event) => event.type === 'stall' && event.action)).toEqual(['retry']);
    expect(speaker.spokenTexts()).toEqual(['Satu dua tiga.', 'Satu dua tiga.', 'Empat lima enam.', 'Tujuh delapan.']);
    expect(record.done).toBe(1);
  });

  it('a voice that never starts at all is given up after three silent stalls, with a "stalled" error', () => {
    const { clock, speaker, owner, events } = ownerOnFakes();
    const { record, handlers } = recorder(THREE);
    owner.speakText(THREE, 'id', handlers);
    clock.runAll();
    expect(events.filter((event) => event.type === 'stall').map((event) => event.type === 'stall' && event.action)).toEqual(['retry', 'skip', 'give-up']);
    expect(speaker.spokenTexts()).toEqual(['Satu dua tiga.', 'Satu dua tiga.', 'Empat lima enam.']);
    expect(record.errors.map((error) => [error.name, error.code])).toEqual([['SpeechError', 'stalled']]);
    expect(events.some((event) => event.type === 'error' && event.error.code === 'stalled')).toBe(true);
  });
});

describe('words', () => {
  const TEXT = 'Biaya Rp600.000,00 per bulan sesuai UU No. 8.';

  it.each([
    ['with charLength', true],
    ['without charLength (older platforms)', false],
  ])('boundary events are mapped back through a normaliser that changes lengths (%s)', (_name, hasLength) => {
    const { speaker, owner } = ownerOnFakes({ normalize: expandingNormalize });
    const { record, handlers } = recorder(TEXT);
    owner.speakText(TEXT, 'id', handlers);
    const utterance = speaker.start();
    expect(utterance.text).toBe('Biaya enam ratus ribu rupiah per bulan sesuai undang-undang nomor 8.');
    for (const word of utterance.text.matchAll(/\S+/g)) speaker.boundary(word.index, hasLength ? word[0].length : undefined);
    speaker.end();
    expect(record.words.map((word) => word.word)).toEqual(['Biaya', 'Rp600.000,00', 'per', 'bulan', 'sesuai', 'UU', 'No.', '8.']);
    expect(record.done).toBe(1);
  });

  it('boundary offsets of later chunks are offsets into the whole text', () => {
    const { speaker, owner } = ownerOnFakes({ normalize: expandingNormalize });
    const text = `Pertama. ${TEXT}`;
    const { record, handlers } = recorder(text);
    owner.speakText(text, 'id', handlers);
    speaker.end();
    speaker.boundary(6, 4);
    expect(record.words).toEqual([{ offset: 15, length: 12, word: 'Rp600.000,00' }]);
  });

  it('without boundary events, word timing is estimated from the rate so highlighting still moves', () => {
    const timings = (rate: number) => {
      const { clock, owner } = ownerOnFakes({ auto: true, hasBoundaries: false });
      owner.updateSettings({ rate });
      const text = 'Satu dua tiga empat lima.';
      const { record, handlers } = recorder(text);
      const at: number[] = [];
      owner.speakText(text, 'id', { ...handlers, onWord: (offset, length) => (handlers.onWord?.(offset, length), at.push(clock.now())) });
      clock.runAll();
      return { words: record.words.map((word) => word.word), at, done: record.done };
    };
    const normal = timings(1);
    const fast = timings(2);
    expect(normal.words).toEqual(['Satu', 'dua', 'tiga', 'empat', 'lima.']);
    expect(fast.words).toEqual(normal.words);
    expect(normal.at).toEqual([...normal.at].sort((a, b) => a - b));
    // 20 characters before "lima." at 15 characters per second ≈ 1333 ms after start (10 ms).
    expect(normal.at.at(-1)).toBeCloseTo(1343, -1);
    expect(fast.at.at(-1)!).toBeLessThan(normal.at.at(-1)! * 0.6);
    expect(normal.done).toBe(1);
  });

  it('a voice that gives boundary events is not estimated (no doubled words)', () => {
    const { clock, owner } = ownerOnFakes({ auto: true });
    const text = 'Satu dua tiga. Empat lima.';
    const { record, handlers } = recorder(text);
    owner.speakText(text, 'id', handlers);
    clock.runAll();
    expect(record.words.map((word) => word.word)).toEqual(['Satu', 'dua', 'tiga.', 'Empat', 'lima.']);
  });
});

describe('with the real normaliser (normalizeForSpeech)', () => {
  it('highlights source words, a rewritten amount as one word, in order, through a reading', () => {
    const { speaker, owner } = ownerOnFakes({ normalize: normalizeForSpeech });
    const text = 'Biaya Rp600.000,00 per bulan sesuai UU No. 8 Tahun 2016. Hubungi 0812-3456-7890.';
    const { record, handlers } = recorder(text);
    owner.speakText(text, 'id', handlers);
    while (speaker.current()) {
      const utterance = speaker.start();
      for (const word of utterance.text.matchAll(/\S+/g)) speaker.boundary(word.index, word[0].length);
      speaker.end();
    }
    expect(record.done).toBe(1);
    const offsets = record.words.map((word) => word.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(record.words.filter((word) => word.word === 'Rp600.000,00')).toHaveLength(1);
    expect(record.words.filter((word) => word.word === '0812-3456-7890')).toHaveLength(1);
    for (const word of record.words) expect(word.word.trim()).not.toBe('');
    expect(speaker.utterances[0]!.text).toMatch(/^Biaya enam ratus ribu rupiah per bulan/);
  });
});
