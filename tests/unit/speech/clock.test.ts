import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../a11y/clock/clock.ts';

describe('ManualClock', () => {
  it('runs due timers in due order, ties in the order they were set, with now() at the due time', () => {
    const clock = new ManualClock(1000);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => seen.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => seen.push(`c@${clock.now()}`), 20);
    clock.advance(15);
    expect(seen).toEqual(['a@1010']);
    clock.advance(5);
    expect(seen).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(clock.now()).toBe(1020);
  });

  it('runs timers set while advancing when they fall due inside the window', () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    clock.setTimeout(() => {
      seen.push(clock.now());
      clock.setTimeout(() => seen.push(clock.now()), 5);
    }, 5);
    clock.advance(10);
    expect(seen).toEqual([5, 10]);
  });

  it('clearTimeout cancels; unknown handles are ignored; runAll drains', () => {
    const clock = new ManualClock();
    let runs = 0;
    const handle = clock.setTimeout(() => (runs += 1), 5);
    clock.clearTimeout(handle);
    clock.clearTimeout('nonsense');
    clock.setTimeout(() => (runs += 10), 50);
    expect(clock.pendingTimers()).toBe(1);
    clock.runAll();
    expect(runs).toBe(10);
    expect(clock.now()).toBe(50);
  });

  it('runAll refuses a timer that re-arms forever', () => {
    const clock = new ManualClock();
    const again = () => clock.setTimeout(again, 1);
    again();
    expect(() => clock.runAll(100)).toThrow(/re-arms itself forever/);
  });
});
