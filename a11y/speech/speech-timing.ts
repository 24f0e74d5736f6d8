// How long speech takes, for the watchdog, for estimated word timing (voices without boundary events) and
// for chunk sizes that stay under Chromium's ~15 s limit (https://crbug.com/679437).
//
// Measured 2026-11-22 with espeak-ng 1.51 "Indonesian" through speech-dispatcher in Chromium 156, a
// 161-character Indonesian sentence: rate 0.5 → 15.9 s, 1 → 10.4 s, 2 → 5.5 s, i.e. 10, 15 and 29
// characters per second (espeak does not slow down linearly). Typical neural and OS voices speak 13–16
// characters per second at rate 1, so the same table is a fair guess for them.

/** Characters per second at a few rates (measured, see above); rates between are interpolated. */
const CHARS_PER_SECOND: ReadonlyArray<readonly [rate: number, charsPerSecond: number]> = [
  [0.5, 10],
  [1, 15],
  [2, 29],
];
/** Longest utterance we aim for: Chromium's online voices stop after about 15 s. */
const TARGET_UTTERANCE_SECONDS = 12;
/** Shortest chunk limit, so very slow speech still gets whole clauses. */
const MIN_CHUNK_LIMIT = 60;

/** Estimated characters per second at a rate. */
export function charsPerSecond(rate: number): number {
  const table = CHARS_PER_SECOND;
  const first = table[0]!;
  const last = table[table.length - 1]!;
  if (rate <= first[0]) return first[1] * (rate / first[0]);
  if (rate >= last[0]) return last[1] * (rate / last[0]);
  for (let index = 1; index < table.length; index += 1) {
    const [rateB, cpsB] = table[index]!;
    const [rateA, cpsA] = table[index - 1]!;
    if (rate <= rateB) return cpsA + ((rate - rateA) / (rateB - rateA)) * (cpsB - cpsA);
  }
  return last[1];
}

/** Estimated milliseconds to speak `length` characters at `rate`. */
export function estimatedSpeechMs(length: number, rate: number): number {
  return (length / charsPerSecond(rate)) * 1000;
}

/** The watchdog's patience for `length` characters: `factor` × the estimate + `marginMs` (start-up latency). */
export function watchdogMs(length: number, rate: number, settings: WatchdogSettings): number {
  return settings.factor * estimatedSpeechMs(length, rate) + settings.marginMs;
}

/** Watchdog tuning. */
export interface WatchdogSettings {
  /** Multiplier on the estimated duration (slow voices, long words). */
  factor: number;
  /** Added milliseconds (the first utterance waits for the speech service to start). */
  marginMs: number;
}

/** 2.5 × estimate + 3 s: generous, because cutting off a working voice is worse than a late recovery. */
export const DEFAULT_WATCHDOG: Readonly<WatchdogSettings> = { factor: 2.5, marginMs: 3000 };

/** Chunk limit (characters) so one utterance lasts about TARGET_UTTERANCE_SECONDS at `rate`, within [60, max]. */
export function chunkLimitForRate(rate: number, maxLength: number): number {
  return Math.max(Math.min(MIN_CHUNK_LIMIT, maxLength), Math.min(maxLength, Math.floor(charsPerSecond(rate) * TARGET_UTTERANCE_SECONDS)));
}
