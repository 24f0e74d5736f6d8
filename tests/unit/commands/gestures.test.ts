import { describe, expect, it } from 'vitest';
import {
  commandForGesture,
  createGestureRecognizer,
  type GestureOutput,
  type PointerInput,
} from '../../../a11y/input/gestures.ts';

type Step = PointerInput | { type: 'tick'; t: number };

const ev = (type: PointerInput['type'], id: number, x: number, y: number, t: number, pointerType = 'touch'): PointerInput => ({
  type, id, x, y, t, pointerType,
});
const tap = (x: number, y: number, t: number, id = 1, duration = 80): Step[] => [ev('down', id, x, y, t), ev('up', id, x, y, t + duration)];
/** A one-finger drag from (x0, y0) to (x1, y1) over `ms`, in `steps` moves. */
const drag = (x0: number, y0: number, x1: number, y1: number, t: number, ms: number, steps = 4, id = 1): Step[] => {
  const moves = Array.from({ length: steps }, (_, k) => {
    const f = (k + 1) / steps;
    return ev('move', id, x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, t + ms * f);
  });
  return [ev('down', id, x0, y0, t), ...moves, ev('up', id, x1, y1, t + ms)];
};
/** Two fingers down together, each moving by (dx, dy), up after `ms`. */
const twoFingers = (dx: number, dy: number, t: number, ms: number): Step[] => [
  ev('down', 1, 300, 300, t),
  ev('down', 2, 300, 400, t + 10),
  ev('move', 1, 300 + dx / 2, 300 + dy / 2, t + ms / 2),
  ev('move', 2, 300 + dx / 2, 400 + dy / 2, t + ms / 2),
  ev('up', 1, 300 + dx, 300 + dy, t + ms),
  ev('up', 2, 300 + dx, 400 + dy, t + ms + 5),
];

function run(steps: Step[]): GestureOutput[] {
  const recognizer = createGestureRecognizer();
  return steps.flatMap((step) => (step.type === 'tick' ? recognizer.tick(step.t) : recognizer.handle(step)));
}
const kinds = (outputs: GestureOutput[]) => outputs.map((output) => output.type);

describe('gesture recogniser', () => {
  it('[tap] explores what is under the finger', () => {
    expect(run(tap(100, 200, 0))).toEqual([{ type: 'explore', x: 100, y: 200 }]);
  });

  it('[drag] explores continuously once the finger has been down past the swipe time', () => {
    const outputs = run(drag(100, 100, 300, 100, 0, 1000, 5));
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(kinds(outputs))).toEqual(new Set(['explore']));
    expect(outputs.at(-1)).toEqual({ type: 'explore', x: 300, y: 100 });
  });

  it('[hold] a finger resting still starts exploring on tick', () => {
    const recognizer = createGestureRecognizer();
    expect(recognizer.handle(ev('down', 1, 50, 60, 0))).toEqual([]);
    expect(recognizer.tick(200)).toEqual([]);
    expect(recognizer.tick(350)).toEqual([{ type: 'explore', x: 50, y: 60 }]);
    expect(recognizer.tick(450)).toEqual([]);
    expect(recognizer.handle(ev('up', 1, 50, 60, 900))).toEqual([]);
    expect(recognizer.isTracking()).toBe(false);
  });

  it('[double tap] activates', () => {
    expect(kinds(run([...tap(100, 100, 0), ...tap(110, 105, 250)]))).toEqual(['explore', 'activate']);
  });

  it('[triple tap] is one activation, then a new explore', () => {
    expect(kinds(run([...tap(100, 100, 0), ...tap(100, 100, 200), ...tap(100, 100, 400)]))).toEqual(['explore', 'activate', 'explore']);
  });

  it('[near miss] two taps too far apart in time are two explores', () => {
    expect(kinds(run([...tap(100, 100, 0), ...tap(100, 100, 500)]))).toEqual(['explore', 'explore']);
  });

  it('[near miss] two taps too far apart in space are two explores', () => {
    expect(run([...tap(100, 100, 0), ...tap(200, 100, 200)])).toEqual([
      { type: 'explore', x: 100, y: 100 },
      { type: 'explore', x: 200, y: 100 },
    ]);
  });

  it('[swipe right] moves to the next item', () => {
    expect(run(drag(100, 300, 220, 310, 0, 150))).toEqual([{ type: 'next' }]);
  });

  it('[swipe left] moves to the previous item', () => {
    expect(run(drag(300, 300, 200, 290, 0, 200))).toEqual([{ type: 'previous' }]);
  });

  it('[near miss] a slow swipe explores instead', () => {
    const outputs = run(drag(100, 300, 300, 300, 0, 600, 6));
    expect(kinds(outputs)).not.toContain('next');
    expect(new Set(kinds(outputs))).toEqual(new Set(['explore']));
  });

  it('[near miss] a short fast stroke (under 60 px) explores where it ended', () => {
    expect(run(drag(100, 300, 150, 300, 0, 100))).toEqual([{ type: 'explore', x: 150, y: 300 }]);
  });

  it('[near miss] a diagonal stroke is not a swipe', () => {
    expect(kinds(run(drag(100, 100, 180, 160, 0, 150)))).toEqual(['explore']);
  });

  it('[two-finger tap] toggles pause', () => {
    expect(run(twoFingers(0, 0, 0, 120))).toEqual([{ type: 'pause-toggle' }]);
  });

  it('[two-finger swipe right-to-left] goes back', () => {
    expect(run(twoFingers(-120, 5, 0, 300))).toEqual([{ type: 'back' }]);
  });

  it('[near miss] a two-finger swipe left-to-right does nothing', () => {
    expect(run(twoFingers(120, 0, 0, 300))).toEqual([]);
  });

  it('[near miss] a slow two-finger swipe does nothing', () => {
    expect(run(twoFingers(-120, 0, 0, 700))).toEqual([]);
  });

  it('[two-finger long press] toggles explore mode once, on tick, and the lift adds nothing', () => {
    const outputs = run([
      ev('down', 1, 300, 300, 0),
      ev('down', 2, 300, 400, 20),
      { type: 'tick', t: 500 },
      { type: 'tick', t: 830 },
      { type: 'tick', t: 1000 },
      ev('up', 1, 302, 301, 1100),
      ev('up', 2, 301, 402, 1110),
    ]);
    expect(outputs).toEqual([{ type: 'explore-mode-toggle' }]);
  });

  it('[near miss] two fingers held but moving are not a long press', () => {
    expect(
      run([
        ev('down', 1, 300, 300, 0),
        ev('down', 2, 300, 400, 20),
        ev('move', 1, 300, 380, 500),
        { type: 'tick', t: 900 },
        ev('up', 1, 300, 380, 1000),
        ev('up', 2, 300, 400, 1000),
      ]),
    ).toEqual([]);
  });

  it('[three fingers] are ignored', () => {
    expect(run([ev('down', 1, 0, 0, 0), ev('down', 2, 50, 0, 5), ev('down', 3, 100, 0, 10), ev('up', 1, 0, 0, 80), ev('up', 2, 50, 0, 80), ev('up', 3, 100, 0, 80)])).toEqual([]);
  });

  it('[cancel] a cancelled touch gives nothing, and the next tap is a fresh explore', () => {
    expect(run([ev('down', 1, 10, 10, 0), ev('cancel', 1, 10, 10, 50), ...tap(10, 10, 100)])).toEqual([{ type: 'explore', x: 10, y: 10 }]);
  });

  it('[mouse] is ignored (staff keep ordinary clicks)', () => {
    expect(run([ev('down', 1, 10, 10, 0, 'mouse'), ev('up', 1, 10, 10, 50, 'mouse')])).toEqual([]);
  });

  it('[stray events] a move or up without a down is ignored', () => {
    expect(run([ev('move', 7, 10, 10, 0), ev('up', 7, 10, 10, 10), { type: 'tick', t: 20 }])).toEqual([]);
  });
});

describe('commandForGesture', () => {
  it.each<[GestureOutput, unknown]>([
    [{ type: 'explore', x: 1, y: 2 }, undefined],
    [{ type: 'activate' }, { type: 'activate' }],
    [{ type: 'next' }, { type: 'next' }],
    [{ type: 'previous' }, { type: 'previous' }],
    [{ type: 'back' }, { type: 'back' }],
    [{ type: 'pause-toggle' }, { type: 'read' }],
    [{ type: 'explore-mode-toggle' }, { type: 'explore-mode' }],
  ])('%j → %j', (output, command) => {
    expect(commandForGesture(output)).toEqual(command);
  });
});
