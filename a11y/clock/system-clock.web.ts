// The real Clock: the browser's Date and timers (only the composition root uses it).
import type { Clock, TimerHandle } from './clock.ts';

/** The browser's clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback: () => void, ms: number): TimerHandle => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle: TimerHandle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
