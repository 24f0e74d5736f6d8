import { beforeEach, describe, expect, it } from 'vitest';
import { QueuedSpeaker, type WavPlayer, type WavSynthesizer } from '../../../a11y/speech/espeak/espeak-queue.ts';
import type { UtteranceEvents, UtteranceOptions } from '../../../a11y/speech/speaker.ts';

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

class FakeSynthesizer implements WavSynthesizer {
  calls: Array<{ args: string[]; result: ReturnType<typeof deferred<ArrayBuffer>> }> = [];
  synthesize(args: string[]): Promise<ArrayBuffer> {
    const result = deferred<ArrayBuffer>();
    this.calls.push({ args, result });
    return result.promise;
  }
  /** The text of each synthesis asked for. */
  texts(): string[] {
    return this.calls.map((call) => call.args.at(-1) ?? '');
  }
}

class FakePlayer implements WavPlayer {
  plays: Array<{ wav: ArrayBuffer; volume: number; onStart: () => void; done: ReturnType<typeof deferred<void>> }> = [];
  log: string[] = [];
  play(wav: ArrayBuffer, volume: number, onStart: () => void): Promise<void> {
    const done = deferred<void>();
    this.plays.push({ wav, volume, onStart, done });
    this.log.push('play');
    return done.promise;
  }
  stop(): void {
    this.log.push('stop');
    // Like the Web Audio player: stopping resolves the current play().
    for (const play of this.plays) play.done.resolve();
  }
  prepare(): void {
    this.log.push('prepare');
  }
  pause(): void {
    this.log.push('pause');
  }
  resume(): void {
    this.log.push('resume');
  }
}

/** Records the events of one utterance as strings. */
function recorder(log: string[], name: string): UtteranceEvents {
  return {
    onStart: () => log.push(`${name}:start`),
    onEnd: () => log.push(`${name}:end`),
    onError: (error) => log.push(`${name}:error:${error}`),
  };
}

const id: UtteranceOptions = { lang: 'id', rate: 1, volume: 1, pitch: 1 };
const wav = (size = 8) => new ArrayBuffer(size);

let synthesizer: FakeSynthesizer;
let player: FakePlayer;
let speaker: QueuedSpeaker;
let events: string[];

beforeEach(() => {
  synthesizer = new FakeSynthesizer();
  player = new FakePlayer();
  speaker = new QueuedSpeaker(synthesizer, player);
  events = [];
});

/** Finishes synthesis call `index`, starts the sound it gave and lets it end. */
async function playThrough(index: number): Promise<void> {
  synthesizer.calls[index]!.result.resolve(wav());
  await settle();
  const play = player.plays.at(-1)!;
  play.onStart();
  play.done.resolve();
  await settle();
}

describe('QueuedSpeaker', () => {
  it('[queue] speaks one utterance at a time: onStart when sound starts, onEnd when it ends, then the next', async () => {
    speaker.speak('Satu.', id, recorder(events, 'a'));
    speaker.speak('Dua.', id, recorder(events, 'b'));
    expect(synthesizer.texts()).toEqual(['Satu.']);
    synthesizer.calls[0]!.result.resolve(wav());
    await settle();
    expect(events).toEqual([]);
    player.plays[0]!.onStart();
    expect(events).toEqual(['a:start']);
    expect(synthesizer.texts()).toEqual(['Satu.']);
    player.plays[0]!.done.resolve();
    await settle();
    expect(events).toEqual(['a:start', 'a:end']);
    expect(synthesizer.texts()).toEqual(['Satu.', 'Dua.']);
    await playThrough(1);
    expect(events).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
    expect(speaker.isSpeaking()).toBe(false);
  });

  it('[options] synthesises with the voice, rate and pitch asked for and plays at the volume asked for', async () => {
    speaker.speak('Hello.', { lang: 'en', rate: 2, volume: 0.25, pitch: 0.5 }, {});
    expect(synthesizer.calls[0]!.args.slice(0, 6)).toEqual(['-v', 'en', '-s', '350', '-p', '25']);
    synthesizer.calls[0]!.result.resolve(wav(12));
    await settle();
    expect(player.plays[0]).toMatchObject({ volume: 0.25 });
    expect(player.plays[0]!.wav.byteLength).toBe(12);
    // The audio output opens while eSpeak works.
    expect(player.log).toEqual(['prepare', 'play']);
  });

  it('[volume] clamps the volume to 0–1', async () => {
    speaker.speak('Keras.', { ...id, volume: 3 }, {});
    synthesizer.calls[0]!.result.resolve(wav());
    await settle();
    expect(player.plays[0]!.volume).toBe(1);
  });

  it('[cancel while speaking] stops the sound, reports interrupted for the current and canceled for the queued', async () => {
    speaker.speak('Satu.', id, recorder(events, 'a'));
    speaker.speak('Dua.', id, recorder(events, 'b'));
    speaker.speak('Tiga.', id, recorder(events, 'c'));
    synthesizer.calls[0]!.result.resolve(wav());
    await settle();
    player.plays[0]!.onStart();
    speaker.cancel();
    expect(events).toEqual(['a:start', 'a:error:interrupted', 'b:error:canceled', 'c:error:canceled']);
    expect(player.log).toContain('stop');
    expect(speaker.isSpeaking()).toBe(false);
    await settle();
    // No onEnd after the interruption, and the dropped utterances are never synthesised.
    expect(events).toHaveLength(4);
    expect(synthesizer.texts()).toEqual(['Satu.']);
  });

  it('[cancel while synthesising] reports interrupted and never plays the late WAV', async () => {
    speaker.speak('Satu.', id, recorder(events, 'a'));
    speaker.cancel();
    synthesizer.calls[0]!.result.resolve(wav());
    await settle();
    expect(player.plays).toHaveLength(0);
    expect(events).toEqual(['a:error:interrupted']);
  });

  it('[after cancel] the next utterance is spoken normally', async () => {
    speaker.speak('Satu.', id, recorder(events, 'a'));
    speaker.cancel();
    speaker.speak('Dua.', id, recorder(events, 'b'));
    synthesizer.calls[0]!.result.resolve(wav());
    await playThrough(1);
    expect(events).toEqual(['a:error:interrupted', 'b:start', 'b:end']);
    expect(player.plays).toHaveLength(1);
  });

  it('[cancel when idle] does nothing but stop and resume the player', () => {
    speaker.cancel();
    expect(events).toEqual([]);
    expect(player.log).toEqual(['stop', 'resume']);
  });

  it('[synthesis fails] reports synthesis-failed and goes on with the queue', async () => {
    speaker.speak('Satu.', id, recorder(events, 'a'));
    speaker.speak('Dua.', id, recorder(events, 'b'));
    synthesizer.calls[0]!.result.reject(new Error('worker died'));
    await settle();
    expect(events).toEqual(['a:error:synthesis-failed']);
    await playThrough(1);
    expect(events).toEqual(['a:error:synthesis-failed', 'b:start', 'b:end']);
  });

  it('[playback fails] reports the code the player gives (not-allowed: autoplay policy)', async () => {
    speaker.speak('Satu.', id, recorder(events, 'a'));
    synthesizer.calls[0]!.result.resolve(wav());
    await settle();
    player.plays[0]!.done.reject(Object.assign(new Error('suspended'), { code: 'not-allowed' }));
    await settle();
    expect(events).toEqual(['a:error:not-allowed']);
    expect(speaker.isSpeaking()).toBe(false);
  });

  it('[text too long] reports text-too-long without synthesising', async () => {
    speaker.speak('a'.repeat(9000), id, recorder(events, 'a'));
    await settle();
    expect(events).toEqual(['a:error:text-too-long']);
    expect(synthesizer.calls).toHaveLength(0);
  });

  it('[blank text] starts and ends at once, as Chromium does, without running eSpeak (it would read stdin)', async () => {
    speaker.speak('  \n', id, recorder(events, 'a'));
    expect(speaker.isSpeaking()).toBe(true);
    await settle();
    expect(events).toEqual(['a:start', 'a:end']);
    expect(synthesizer.calls).toHaveLength(0);
  });

  it('[chained] an utterance spoken from onEnd follows at once', async () => {
    speaker.speak('Satu.', id, {
      ...recorder(events, 'a'),
      onEnd: () => {
        events.push('a:end');
        speaker.speak('Dua.', id, recorder(events, 'b'));
      },
    });
    await playThrough(0);
    expect(synthesizer.texts()).toEqual(['Satu.', 'Dua.']);
    await playThrough(1);
    expect(events).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('[isSpeaking] is true while synthesising, playing or queued', async () => {
    expect(speaker.isSpeaking()).toBe(false);
    speaker.speak('Satu.', id, {});
    expect(speaker.isSpeaking()).toBe(true);
    synthesizer.calls[0]!.result.resolve(wav());
    await settle();
    expect(speaker.isSpeaking()).toBe(true);
    player.plays[0]!.done.resolve();
    await settle();
    expect(speaker.isSpeaking()).toBe(false);
  });

  it('[pause and resume] suspend and resume the player', () => {
    speaker.pause();
    speaker.resume();
    expect(player.log).toEqual(['pause', 'resume']);
  });

  it('[voices] one fixed voice per language; copies, so callers cannot change them', () => {
    const voices = speaker.voices();
    expect(voices.map((voice) => voice.id)).toEqual(['espeak-ng-id', 'espeak-ng-en']);
    voices[0]!.name = 'changed';
    expect(speaker.voices()[0]!.name).toBe('eSpeak NG Bahasa Indonesia (offline)');
    const unsubscribe = speaker.onVoicesChanged(() => events.push('changed'));
    unsubscribe();
    expect(events).toEqual([]);
  });
});
