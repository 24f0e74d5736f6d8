// Explore-by-touch, as a pure state machine over pointer events (no timers, no DOM): the adapter feeds
// PointerEvents as plain data and calls tick() from a timer while fingers are down (for long presses and for
// a finger resting still). Time comes only from the events' timestamps, so tests replay exact sequences.
//
// The gestures follow the screen readers visitors may know (VoiceOver, TalkBack):
// - one finger touching or dragging: explore (speak what is under the finger); a short tap also explores;
// - double tap anywhere: activate what was last explored;
// - one-finger quick swipe right / left: next / previous;
// - two-finger tap: pause or resume reading;
// - two-finger swipe right-to-left: back. We chose this over a three-finger swipe because many kiosk touch
//   frames (infrared and older capacitive overlays) report only two contact points reliably, and three
//   fingers at once is hard for visitors with limited hand function;
// - two-finger long press (800 ms): explore mode on / off.
// Mouse pointers are ignored: a mouse is staff equipment and keeps its ordinary clicks.
import type { Command } from '../commands/command.ts';

/** A pointer event as plain data (`t` in milliseconds, e.g. PointerEvent.timeStamp). */
export interface PointerInput {
  type: 'down' | 'move' | 'up' | 'cancel';
  id: number;
  x: number;
  y: number;
  t: number;
  pointerType: string;
}

/** What the recogniser recognised. */
export type GestureOutput =
  /** Speak what is at (x, y); the adapter hit-tests it. */
  | { type: 'explore'; x: number; y: number }
  | { type: 'activate' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'pause-toggle' }
  | { type: 'back' }
  | { type: 'explore-mode-toggle' };

/** Thresholds, in CSS pixels and milliseconds. */
export interface GestureOptions {
  /** Longest time from the first tap's lift to the second tap's touch for a double tap. */
  doubleTapMs: number;
  /** Farthest the second tap may land from the first for a double tap. */
  doubleTapPx: number;
  /** Longest touch that still counts as a tap (one or two fingers). */
  tapMaxMs: number;
  /** Farthest a finger may move during a tap. */
  tapSlopPx: number;
  /** Shortest horizontal travel of a swipe. */
  swipeMinPx: number;
  /** Longest one-finger swipe; a finger down longer than this is exploring. */
  swipeMaxMs: number;
  /** A swipe's horizontal travel must be at least this many times its vertical travel ("mostly horizontal"). */
  swipeRatio: number;
  /** Longest two-finger swipe (two fingers rarely land together, so it gets more time). */
  twoFingerSwipeMaxMs: number;
  /** Two fingers held this long without moving: explore-mode toggle. */
  longPressMs: number;
  /** Farthest a finger may move during a long press. */
  longPressSlopPx: number;
}

/** The default thresholds. */
export const DEFAULT_GESTURE_OPTIONS: GestureOptions = {
  doubleTapMs: 300,
  doubleTapPx: 40,
  tapMaxMs: 300,
  tapSlopPx: 20,
  swipeMinPx: 60,
  swipeMaxMs: 300,
  swipeRatio: 2,
  twoFingerSwipeMaxMs: 500,
  longPressMs: 800,
  longPressSlopPx: 40,
};

interface TrackedPointer {
  startX: number;
  startY: number;
  x: number;
  y: number;
  isUp: boolean;
}

interface Session {
  startT: number;
  /** When the second finger came down (long presses are timed from it). */
  secondDownT?: number;
  pointers: Readonly<Record<number, TrackedPointer>>;
  isExploring: boolean;
  isLongPressDone: boolean;
  isCancelled: boolean;
}

/** The recogniser's state (plain data; treat as opaque). */
export interface GestureState {
  session?: Session;
  /** The last single tap, for double taps: where and when it lifted. */
  lastTap?: { x: number; y: number; t: number };
}

/** The state before any touch. */
export const INITIAL_GESTURE_STATE: GestureState = {};

/** One step's result. */
export interface GestureStep {
  state: GestureState;
  outputs: GestureOutput[];
}

/** Reduces a pointer event, or a tick at time `t`, to the next state and what it recognised. */
export function stepGesture(
  state: GestureState,
  input: PointerInput | { type: 'tick'; t: number },
  options: GestureOptions = DEFAULT_GESTURE_OPTIONS,
): GestureStep {
  if (input.type === 'tick') return onTime(state, input.t, options);
  if (input.pointerType === 'mouse') return { state, outputs: [] };
  switch (input.type) {
    case 'down':
      return onDown(state, input);
    case 'move':
      return onMove(state, input, options);
    case 'up':
      return onUp(state, input, options);
    case 'cancel':
      return onCancel(state, input);
  }
}

/** A stateful wrapper for the adapter: feed events, get outputs. */
export interface GestureRecognizer {
  handle(input: PointerInput): GestureOutput[];
  /** Call from a timer (about every 100 ms) while fingers are down. */
  tick(t: number): GestureOutput[];
  /** Whether any finger is down (the adapter runs its tick timer only then). */
  isTracking(): boolean;
  reset(): void;
}

/** Creates a recogniser with optional threshold overrides. */
export function createGestureRecognizer(overrides: Partial<GestureOptions> = {}): GestureRecognizer {
  const options = { ...DEFAULT_GESTURE_OPTIONS, ...overrides };
  let state = INITIAL_GESTURE_STATE;
  const run = (input: PointerInput | { type: 'tick'; t: number }): GestureOutput[] => {
    const step = stepGesture(state, input, options);
    state = step.state;
    return step.outputs;
  };
  return {
    handle: run,
    tick: (t) => run({ type: 'tick', t }),
    isTracking: () => state.session !== undefined,
    reset: () => {
      state = INITIAL_GESTURE_STATE;
    },
  };
}

/** The command a gesture gives; explore has none (the adapter hit-tests and speaks the element). */
export function commandForGesture(output: GestureOutput): Command | undefined {
  switch (output.type) {
    case 'explore':
      return undefined;
    case 'pause-toggle':
      // Like the Space key: the reading screen toggles between reading and paused.
      return { type: 'read' };
    case 'explore-mode-toggle':
      return { type: 'explore-mode' };
    default:
      return { type: output.type };
  }
}

function onDown(state: GestureState, input: PointerInput): GestureStep {
  const pointer: TrackedPointer = { startX: input.x, startY: input.y, x: input.x, y: input.y, isUp: false };
  const session = state.session;
  if (!session) {
    const fresh: Session = { startT: input.t, pointers: { [input.id]: pointer }, isExploring: false, isLongPressDone: false, isCancelled: false };
    return { state: { ...state, session: fresh }, outputs: [] };
  }
  const pointers = { ...session.pointers, [input.id]: pointer };
  const isSecond = Object.keys(pointers).length === 2;
  const next: Session = { ...session, pointers, ...(isSecond ? { secondDownT: input.t } : {}) };
  return { state: { ...state, session: next }, outputs: [] };
}

function onMove(state: GestureState, input: PointerInput, options: GestureOptions): GestureStep {
  const session = state.session;
  const pointer = session?.pointers[input.id];
  if (!session || !pointer || pointer.isUp) return { state, outputs: [] };
  const moved: Session = { ...session, pointers: { ...session.pointers, [input.id]: { ...pointer, x: input.x, y: input.y } } };
  return onTime({ ...state, session: moved }, input.t, options, true);
}

/** Time-driven transitions: a single finger becomes exploring, two fingers become a long press. */
function onTime(state: GestureState, t: number, options: GestureOptions, hasMoved = false): GestureStep {
  const session = state.session;
  if (!session || session.isCancelled) return { state, outputs: [] };
  const pointers = Object.values(session.pointers);
  if (pointers.length === 1) {
    const [finger] = pointers as [TrackedPointer];
    if (session.isExploring) {
      return { state, outputs: hasMoved ? [{ type: 'explore', x: finger.x, y: finger.y }] : [] };
    }
    if (t - session.startT < options.swipeMaxMs) return { state, outputs: [] };
    return { state: { ...state, session: { ...session, isExploring: true } }, outputs: [{ type: 'explore', x: finger.x, y: finger.y }] };
  }
  const isLongPress =
    pointers.length === 2 &&
    !session.isLongPressDone &&
    pointers.every((p) => !p.isUp && distance(p) < options.longPressSlopPx) &&
    t - (session.secondDownT ?? session.startT) >= options.longPressMs;
  if (!isLongPress) return { state, outputs: [] };
  return { state: { ...state, session: { ...session, isLongPressDone: true } }, outputs: [{ type: 'explore-mode-toggle' }] };
}

function onUp(state: GestureState, input: PointerInput, options: GestureOptions): GestureStep {
  const session = state.session;
  const pointer = session?.pointers[input.id];
  if (!session || !pointer || pointer.isUp) return { state, outputs: [] };
  const pointers = { ...session.pointers, [input.id]: { ...pointer, x: input.x, y: input.y, isUp: true } };
  const ended: Session = { ...session, pointers };
  if (Object.values(pointers).some((p) => !p.isUp)) return { state: { ...state, session: ended }, outputs: [] };
  return finish(state, ended, input.t, options);
}

function onCancel(state: GestureState, input: PointerInput): GestureStep {
  const session = state.session;
  const pointer = session?.pointers[input.id];
  if (!session || !pointer) return { state, outputs: [] };
  const pointers = { ...session.pointers, [input.id]: { ...pointer, isUp: true } };
  const isOver = Object.values(pointers).every((p) => p.isUp);
  const cancelled: Session = { ...session, pointers, isCancelled: true };
  return { state: isOver ? {} : { ...state, session: cancelled }, outputs: [] };
}

/** All fingers are up: classify the whole touch. */
function finish(state: GestureState, session: Session, t: number, options: GestureOptions): GestureStep {
  const done = (outputs: GestureOutput[], lastTap?: GestureState['lastTap']): GestureStep => ({
    state: lastTap ? { lastTap } : {},
    outputs,
  });
  if (session.isCancelled || session.isLongPressDone) return done([]);
  const pointers = Object.values(session.pointers);
  const duration = t - session.startT;
  if (pointers.length === 2) return done(classifyTwoFingers(pointers, duration, options));
  if (pointers.length !== 1) return done([]);
  const [finger] = pointers as [TrackedPointer];
  if (session.isExploring) return done([]);
  const dx = finger.x - finger.startX;
  const dy = finger.y - finger.startY;
  if (duration < options.swipeMaxMs && Math.abs(dx) >= options.swipeMinPx && Math.abs(dx) >= options.swipeRatio * Math.abs(dy)) {
    return done([{ type: dx > 0 ? 'next' : 'previous' }]);
  }
  const isTap = duration < options.tapMaxMs && distance(finger) < options.tapSlopPx;
  if (!isTap) return done([{ type: 'explore', x: finger.x, y: finger.y }]);
  const last = state.lastTap;
  const isDouble =
    last !== undefined &&
    session.startT - last.t <= options.doubleTapMs &&
    Math.hypot(finger.startX - last.x, finger.startY - last.y) <= options.doubleTapPx;
  if (isDouble) return done([{ type: 'activate' }]);
  return done([{ type: 'explore', x: finger.x, y: finger.y }], { x: finger.x, y: finger.y, t });
}

function classifyTwoFingers(pointers: TrackedPointer[], duration: number, options: GestureOptions): GestureOutput[] {
  if (duration < options.tapMaxMs && pointers.every((p) => distance(p) < options.tapSlopPx)) return [{ type: 'pause-toggle' }];
  const isSwipeLeft = pointers.every((p) => {
    const dx = p.x - p.startX;
    return -dx >= options.swipeMinPx && Math.abs(dx) >= options.swipeRatio * Math.abs(p.y - p.startY);
  });
  return duration < options.twoFingerSwipeMaxMs && isSwipeLeft ? [{ type: 'back' }] : [];
}

function distance(pointer: TrackedPointer): number {
  return Math.hypot(pointer.x - pointer.startX, pointer.y - pointer.startY);
}
