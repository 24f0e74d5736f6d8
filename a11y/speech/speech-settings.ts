// How the visitor wants to hear the kiosk, for this visit only (reset when the session ends).

/** Speech settings of one visitor session. */
export interface SpeechSettings {
  /** Speaking rate, 0.5–2.0; 1 is the voice's normal rate. */
  rate: number;
  /** Volume, 0–1. */
  volume: number;
  /** Pitch, 0–2; 1 is the voice's normal pitch. */
  pitch: number;
  /** The chosen voice (VoiceInfo.id), or undefined to let the kiosk choose. */
  voiceId: string | undefined;
  /** Short tones at the start and end of a document and at section boundaries. */
  hasEarcons: boolean;
}

/** Slowest rate offered: slower voices smear words (and espeak-ng barely slows below it). */
export const MIN_RATE = 0.5;
/** Fastest rate offered. */
export const MAX_RATE = 2;
/** Step of the "faster" / "slower" commands. */
export const RATE_STEP = 0.25;

/** Settings at the start of every visit. */
export const DEFAULT_SPEECH_SETTINGS: Readonly<SpeechSettings> = { rate: 1, volume: 1, pitch: 1, voiceId: undefined, hasEarcons: true };

/** `value` clamped to [min, max]; a value that is not a finite number keeps `fallback`. */
function clamp(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** Applies a change to settings, clamping each number to its range (NaN keeps the current value). */
export function applySettingsChange(current: Readonly<SpeechSettings>, change: Partial<SpeechSettings>): SpeechSettings {
  return {
    rate: clamp(change.rate, MIN_RATE, MAX_RATE, current.rate),
    volume: clamp(change.volume, 0, 1, current.volume),
    pitch: clamp(change.pitch, 0, 2, current.pitch),
    voiceId: 'voiceId' in change ? change.voiceId : current.voiceId,
    hasEarcons: change.hasEarcons ?? current.hasEarcons,
  };
}
