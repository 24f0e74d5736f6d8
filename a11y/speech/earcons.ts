// Earcons: short tones that mark where speech starts and stops, so a visitor who cannot see the screen
// knows the kiosk heard them and when a document ends. Pure description; earcon-player.web.ts plays them.
// Kept short (≤ 200 ms) and quiet so they never mask speech, and distinct in pitch direction: rising for
// start, falling for stop, a low double tone for the end of a document, one soft click for a boundary.

/** The earcons. */
export type EarconName = 'start' | 'stop' | 'end-of-document' | 'boundary';

/** One tone of an earcon. */
export interface EarconTone {
  /** Frequency in hertz. */
  frequency: number;
  /** Milliseconds from the earcon's start. */
  atMs: number;
  /** Milliseconds the tone lasts (with a short fade in and out against clicks). */
  durationMs: number;
  /** Peak gain, 0–1, before the player's volume. */
  gain: number;
}

/** The tones of every earcon. */
export const EARCONS: Readonly<Record<EarconName, readonly EarconTone[]>> = {
  start: [
    { frequency: 660, atMs: 0, durationMs: 60, gain: 0.25 },
    { frequency: 880, atMs: 70, durationMs: 80, gain: 0.25 },
  ],
  stop: [
    { frequency: 880, atMs: 0, durationMs: 60, gain: 0.25 },
    { frequency: 660, atMs: 70, durationMs: 80, gain: 0.25 },
  ],
  'end-of-document': [
    { frequency: 523, atMs: 0, durationMs: 90, gain: 0.3 },
    { frequency: 392, atMs: 110, durationMs: 140, gain: 0.3 },
  ],
  boundary: [{ frequency: 1200, atMs: 0, durationMs: 25, gain: 0.15 }],
};

/** Total length of an earcon in milliseconds. */
export function earconDurationMs(name: EarconName): number {
  return Math.max(...EARCONS[name].map((tone) => tone.atMs + tone.durationMs));
}

/** Plays earcons (the Web Audio player, or a recording fake in tests). */
export interface EarconPlayer {
  play(name: EarconName): void;
}
