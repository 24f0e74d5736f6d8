// The Clock port: time and timers for engines that wait (speech watchdogs, idle timeouts, lockouts).
// Pure code cannot see `setTimeout` (timers are not in the ES2022 lib), so engines receive a Clock: the real
// one is system-clock.web.ts, tests use ManualClock and advance time without waiting.

/** An opaque timer handle, only meaningful to the clock that returned it. */
export type TimerHandle = unknown;

/** Time and timers. */
export interface Clock {
  /** Milliseconds on a monotonic-enough scale (only differences are meaningful). */
  now(): number;
  /** Runs `callback` once after `ms` milliseconds. */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  /** Cancels a timer; unknown or already-run handles are ignored. */
  clearTimeout(handle: TimerHandle): void;
}

interface ManualTimer {
  id: number;
  due: number;
  callback: () => void;
}

/** A clock for tests: time moves only when the test calls `advance`. */
export class ManualClock implements Clock {
  #now: number;
  #nextId = 1;
  #timers: ManualTimer[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.#nextId++;
    this.#timers.push({ id, due: this.#now + Math.max(0, Number.isFinite(ms) ? ms : 0), callback });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers = this.#timers.filter((timer) => timer.id !== handle);
  }

  /**
   * Moves time forward by `ms`, running every timer that falls due, in due order (ties in the order they
   * were set), each with `now()` at its due time. Timers set while advancing run too if they fall due.
   */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const next = this.#nextDue();
      if (!next || next.due > end) break;
      this.#timers = this.#timers.filter((timer) => timer !== next);
      this.#now = next.due;
      next.callback();
    }
    this.#now = end;
  }

  /** Runs timers until none is left (or `limit` have run: a guard against timers that re-arm forever). */
  runAll(limit = 10_000): void {
    for (let runs = 0; runs < limit; runs += 1) {
      const next = this.#nextDue();
      if (!next) return;
      this.advance(next.due - this.#now);
    }
    throw new Error(`ManualClock.runAll: still ${this.#timers.length} timers after ${limit} runs; a timer re-arms itself forever.`);
  }

  /** How many timers are waiting. */
  pendingTimers(): number {
    return this.#timers.length;
  }

  #nextDue(): ManualTimer | undefined {
    let best: ManualTimer | undefined;
    for (const timer of this.#timers) if (!best || timer.due < best.due || (timer.due === best.due && timer.id < best.id)) best = timer;
    return best;
  }
}
