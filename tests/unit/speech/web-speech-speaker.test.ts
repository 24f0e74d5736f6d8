// The real adapter (WebSpeechSpeaker) on the browser-test fake of speechSynthesis, run in Node with fake
// timers: checks the adapter's mapping and the fake's Chromium-like behaviour together. The same fake is
// injected into Chromium by tests/browser/support/fake-speech-synthesis.ts (checked there in a browser).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../a11y/clock/system-clock.web.ts';
import { identityNormalize } from '../../../a11y/speech/identity-normalize.ts';
import type { UtteranceEvents } from '../../../a11y/speech/speaker.ts';
import { createSpeechOwner } from '../../../a11y/speech/speech-owner.ts';
import { createSpeakerForThisBrowser, SilentSpeaker, WebSpeechSpeaker } from '../../../a11y/speech/web/web-speech-speaker.web.ts';
import { installSpeechSynthesisFake, type FakeSpeechControl, type FakeSpeechOptions } from '../../browser/support/fake-speech-synthesis.ts';

interface Sandbox {
  speechSynthesis: SpeechSynthesis;
  SpeechSynthesisUtterance: typeof SpeechSynthesisUtterance;
  __speech: FakeSpeechControl;
}

function fakePlatform(options: FakeSpeechOptions = {}, navigator?: unknown) {
  const sandbox = {
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
    navigator,
  };
  installSpeechSynthesisFake(options, sandbox as unknown as typeof globalThis);
  const fake = sandbox as unknown as Sandbox;
  const speaker = new WebSpeechSpeaker({ synthesis: fake.speechSynthesis, Utterance: fake.SpeechSynthesisUtterance });
  return { speaker, control: fake.__speech, synthesis: fake.speechSynthesis };
}

function recordEvents() {
  const seen: string[] = [];
  const events: UtteranceEvents = {
    onStart: () => seen.push('start'),
    onBoundary: (index, length) => seen.push(`word ${index}+${length}`),
    onEnd: () => seen.push('end'),
    onError: (error) => seen.push(`error ${error}`),
  };
  return { seen, events };
}

const OPTIONS = { lang: 'id' as const, rate: 1, volume: 1, pitch: 1 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WebSpeechSpeaker on the fake speechSynthesis', () => {
  it('maps voices (voiceURI → id, localService → isLocal) once they arrive with voiceschanged', () => {
    const { speaker } = fakePlatform({
      voicesDelayMs: 3000,
      voices: [
        { name: 'Indonesian espeak-ng', lang: 'id' },
        { name: 'Google Bahasa Indonesia', lang: 'id-ID', voiceURI: 'google-id', localService: false, default: true },
      ],
    });
    let changes = 0;
    speaker.onVoicesChanged(() => (changes += 1));
    expect(speaker.voices()).toEqual([]);
    vi.advanceTimersByTime(3000);
    expect(changes).toBe(1);
    expect(speaker.voices()).toEqual([
      { id: 'Indonesian espeak-ng', name: 'Indonesian espeak-ng', lang: 'id', isLocal: true, isDefault: false },
      { id: 'google-id', name: 'Google Bahasa Indonesia', lang: 'id-ID', isLocal: false, isDefault: true },
    ]);
  });

  it('speaks with the chosen voice, its lang, rate, volume and pitch; start, word boundaries, end', () => {
    const { speaker, control } = fakePlatform({ voices: [{ name: 'Indonesian espeak-ng', lang: 'id' }] });
    const { seen, events } = recordEvents();
    speaker.speak('Selamat datang.', { ...OPTIONS, voiceId: 'Indonesian espeak-ng', rate: 1.5, volume: 0.5, pitch: 0.8 }, events);
    expect(speaker.isSpeaking()).toBe(true);
    vi.runAllTimers();
    expect(seen).toEqual(['start', 'word 0+7', 'word 8+7', 'end']);
    expect(control.log[0]).toMatchObject({ text: 'Selamat datang.', voice: 'Indonesian espeak-ng', lang: 'id', rate: 1.5, volume: 0.5, pitch: 0.8, state: 'ended', boundaries: 2 });
    expect(speaker.isSpeaking()).toBe(false);
  });

  it('without a voice id the utterance gets the language tag id-ID', () => {
    const { speaker, control } = fakePlatform();
    speaker.speak('Halo.', OPTIONS, {});
    expect(control.log[0]).toMatchObject({ lang: 'id-ID', voice: null });
  });

  it('cancel(): the speaking utterance gets "interrupted", queued ones "canceled", nothing else is spoken', () => {
    const { speaker, control } = fakePlatform();
    const first = recordEvents();
    const second = recordEvents();
    speaker.speak('Satu dua tiga empat.', OPTIONS, first.events);
    speaker.speak('Lima.', OPTIONS, second.events);
    vi.advanceTimersByTime(30);
    speaker.cancel();
    vi.runAllTimers();
    expect(first.seen).toEqual(['start', 'word 0+4', 'error interrupted']);
    expect(second.seen).toEqual(['error canceled']);
    expect(control.log.map((entry) => entry.state)).toEqual(['error', 'error']);
  });

  it('a voiceless platform fails speak() with "synthesis-failed" (headless Chromium)', () => {
    const { speaker } = fakePlatform({ voices: [] });
    const { seen, events } = recordEvents();
    speaker.speak('Halo.', OPTIONS, events);
    vi.runAllTimers();
    expect(seen).toEqual(['error synthesis-failed']);
  });

  it('speaking before a user gesture fails with "not-allowed" when the fake requires activation', () => {
    const { speaker } = fakePlatform({ requireUserActivation: true }, { userActivation: { hasBeenActive: false } });
    const { seen, events } = recordEvents();
    speaker.speak('Halo.', OPTIONS, events);
    vi.runAllTimers();
    expect(seen).toEqual(['error not-allowed']);
  });
});

describe('the fake speechSynthesis itself', () => {
  it('a stuck utterance starts and never ends until finishCurrent(); manual mode waits for it too', () => {
    const { speaker, control } = fakePlatform({ stuckUtterances: [0] });
    const { seen, events } = recordEvents();
    speaker.speak('Macet.', OPTIONS, events);
    vi.advanceTimersByTime(60_000);
    expect(seen).toEqual(['start', 'word 0+6']);
    expect(control.finishCurrent()).toBe(true);
    expect(seen.at(-1)).toBe('end');

    const manual = fakePlatform({ endMode: 'manual' });
    const record = recordEvents();
    manual.speaker.speak('Tunggu.', OPTIONS, record.events);
    vi.advanceTimersByTime(60_000);
    expect(record.seen).toEqual(['start', 'word 0+7']);
    manual.control.finishCurrent();
    expect(record.seen.at(-1)).toBe('end');
  });

  it('pause() freezes progress and resume() continues where it was', () => {
    const { speaker, synthesis } = fakePlatform({ msPerChar: 10, startDelayMs: 0 });
    const { seen, events } = recordEvents();
    speaker.speak('aaaa bbbb cccc', OPTIONS, events);
    vi.advanceTimersByTime(60);
    synthesis.pause();
    expect(synthesis.paused).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual(['start', 'word 0+4', 'word 5+4']);
    synthesis.resume();
    // "cccc" is due 100 ms into the utterance; 60 ms were spoken before the pause.
    vi.advanceTimersByTime(39);
    expect(seen).toEqual(['start', 'word 0+4', 'word 5+4']);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['start', 'word 0+4', 'word 5+4', 'word 10+4']);
    vi.runAllTimers();
    expect(seen.at(-1)).toBe('end');
  });

  it('stickNext() and failCurrent() control the next utterances from a test', () => {
    const { speaker, control } = fakePlatform();
    const first = recordEvents();
    const second = recordEvents();
    control.stickNext();
    speaker.speak('Satu.', OPTIONS, first.events);
    speaker.speak('Dua.', OPTIONS, second.events);
    vi.advanceTimersByTime(10_000);
    expect(first.seen).toEqual(['start', 'word 0+5']);
    control.failCurrent('audio-busy');
    vi.runAllTimers();
    expect(first.seen.at(-1)).toBe('error audio-busy');
    expect(second.seen).toEqual(['start', 'word 0+4', 'end']);
  });
});

describe('the speech owner on the adapter and the fake (the kiosk wiring, without a browser)', () => {
  it('reads a text to its end with words from boundary events', () => {
    const { speaker } = fakePlatform();
    const owner = createSpeechOwner({ speaker, clock: systemClock, normalize: identityNormalize });
    const words: number[] = [];
    let isDone = false;
    owner.speakText('Selamat datang. Silakan pilih layanan.', 'id', { onWord: (offset) => words.push(offset), onDone: () => (isDone = true) });
    vi.runAllTimers();
    expect(isDone).toBe(true);
    expect(words).toEqual([0, 8, 16, 24, 30]);
  });

  it('no voices: the owner reports no-voice after waiting for them', () => {
    const { speaker } = fakePlatform({ voices: [] });
    const owner = createSpeechOwner({ speaker, clock: systemClock, normalize: identityNormalize, voiceWaitMs: 1000 });
    const errors: string[] = [];
    owner.speakText('Halo.', 'id', { onError: (error) => errors.push(error.code) });
    vi.advanceTimersByTime(1000);
    expect(errors).toEqual(['no-voice']);
  });
});

describe('createSpeakerForThisBrowser', () => {
  it('without speechSynthesis (Node here) returns a speaker with no voices whose speak() fails', async () => {
    const speaker = createSpeakerForThisBrowser();
    expect(speaker).toBeInstanceOf(SilentSpeaker);
    expect(speaker.voices()).toEqual([]);
    const { seen, events } = recordEvents();
    speaker.speak('Halo.', OPTIONS, events);
    await Promise.resolve();
    expect(seen).toEqual(['error synthesis-unavailable']);
  });
});
