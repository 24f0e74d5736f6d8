// Plays the earcons of earcons.ts with Web Audio (an OscillatorNode and a GainNode per tone). The
// AudioContext is created lazily: Chromium's autoplay policy starts a context made before any user gesture
// in the 'suspended' state (https://developer.chrome.com/blog/autoplay/#web-audio), so the kiosk calls
// unlock() from its first key press or tap, and play() resumes a suspended context before scheduling.
import { EARCONS, type EarconName, type EarconPlayer } from '../earcons.ts';

/** Fade in and out per tone, so tones start and stop without clicks. */
const FADE_SECONDS = 0.005;

/** An earcon player that can be switched off and unlocked from a user gesture. */
export interface WebEarconPlayer extends EarconPlayer {
  /** Creates or resumes the audio context; call it from a user gesture (key press, tap). */
  unlock(): void;
  setEnabled(isEnabled: boolean): void;
  isEnabled(): boolean;
  /** Overall volume, 0–1. */
  setVolume(volume: number): void;
  /** Releases the audio context. */
  close(): void;
}

/** Builds the Web Audio earcon player (nothing is created until unlock() or the first play()). */
export function createEarconPlayer(options: { isEnabled?: boolean; volume?: number } = {}): WebEarconPlayer {
  let context: AudioContext | undefined;
  let isOn = options.isEnabled ?? true;
  let volume = options.volume ?? 1;

  const getContext = (): AudioContext | undefined => {
    if (typeof AudioContext === 'undefined') return undefined;
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => {});
    return context;
  };

  const schedule = (audio: AudioContext, name: EarconName) => {
    const startAt = audio.currentTime + 0.01;
    for (const tone of EARCONS[name]) {
      const begin = startAt + tone.atMs / 1000;
      const end = begin + tone.durationMs / 1000;
      const peak = tone.gain * volume;
      const oscillator = new OscillatorNode(audio, { type: 'sine', frequency: tone.frequency });
      const gain = new GainNode(audio, { gain: 0 });
      gain.gain.setValueAtTime(0, begin);
      gain.gain.linearRampToValueAtTime(peak, begin + FADE_SECONDS);
      gain.gain.setValueAtTime(peak, Math.max(begin + FADE_SECONDS, end - FADE_SECONDS));
      gain.gain.linearRampToValueAtTime(0, end);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(begin);
      oscillator.stop(end + 0.01);
      oscillator.onended = () => gain.disconnect();
    }
  };

  return {
    play(name) {
      if (!isOn || volume <= 0) return;
      const audio = getContext();
      if (!audio) return;
      // An earcon is a courtesy: an audio failure must never break speech or navigation.
      try {
        schedule(audio, name);
      } catch (error) {
        console.warn('Earcon could not be played', name, error);
      }
    },
    unlock() {
      getContext();
    },
    setEnabled(isEnabled) {
      isOn = isEnabled;
    },
    isEnabled: () => isOn,
    setVolume(value) {
      volume = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : volume;
    },
    close() {
      void context?.close().catch(() => {});
      context = undefined;
    },
  };
}
