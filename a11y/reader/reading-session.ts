// The reading session: a pure state machine. `reduceSession(state, input)` returns the next state and the
// effects for the kiosk and the speech owner to run in order (speak a sentence, stop speech, announce a
// message, play an earcon). The voice reads one sentence per speak effect and reports `sentence-finished`;
// while playing, the session answers with the next sentence.
//
// Behaviour, after EZ Access and ADA 707 kiosks: a new command interrupts speech at once (stop-speech first),
// then speaks from the new place. Navigation while playing keeps playing from there; navigation while stopped
// or paused speaks the one sentence it arrives at (so the visitor hears where they are) and stays stopped or
// paused. A command that cannot move (an edge, no such Pasal) interrupts, plays an earcon, says why and, while
// playing, reads the current sentence again from its start — except at the end of the document, where playing
// stops. Pause is a stop that remembers: resume reads the current sentence again from its start (a listener
// regains the thread, and it does not depend on speechSynthesis.pause(), which not every voice supports).
import type { ReadableDocument } from './readable-document.ts';
import {
  blockStartBefore,
  createIndex,
  firstPosition,
  firstSentenceFrom,
  headingBlockAfter,
  headingBlockBefore,
  lastStartingAtOrBefore,
  locate,
  nextSentence,
  previousSentence,
  sentenceAt,
  sentencesOf,
  type ReaderIndex,
} from './reader-index.ts';
import { findPasalUnit, pasalPlace, pasalsOf, whereAmI } from './legal-units.ts';
import type { EarconName, ReaderEffect, ReaderHighlight, ReaderInput, ReaderMessage, ReaderPosition } from './reader-vocabulary.ts';
import { chunkSentence } from './segment.ts';

export type * from './reader-vocabulary.ts';

/** The state of reading one document. Treat it as immutable; `index` is a shared memo of the document. */
export interface SessionState {
  readonly doc: ReadableDocument;
  readonly index: ReaderIndex;
  /** Undefined only when the document has nothing to read. */
  position: ReaderPosition | undefined;
  isPlaying: boolean;
  isPaused: boolean;
  /** Reading ran to the end; the next play starts from the beginning. */
  hasFinished: boolean;
  highlight: ReaderHighlight;
  /** The id of the speak effect the voice is busy with, if any. */
  speakingId: number | undefined;
  /** The last id given to a speak effect (ids only grow, so a late report of an interrupted sentence is ignored). */
  lastSpeechId: number;
}

/** What one reduction gives: the next state and the effects to run in order. */
export interface SessionStep {
  state: SessionState;
  effects: ReaderEffect[];
}

/** Opens a document at its first sentence, stopped. Segments only the first block. */
export function createSession(doc: ReadableDocument, startOffset?: number): SessionState {
  const index = createIndex(doc);
  const position = startOffset === undefined ? firstPosition(index) : locate(index, startOffset);
  const sentence = position && sentenceAt(index, position);
  return {
    doc,
    index,
    position,
    isPlaying: false,
    isPaused: false,
    hasFinished: false,
    highlight: sentence ? { sentence: { start: sentence.start, end: sentence.end } } : {},
    speakingId: undefined,
    lastSpeechId: 0,
  };
}

/** Applies a command or a speech event. Never throws for any document, empty ones included. */
export function reduceSession(state: SessionState, input: ReaderInput): SessionStep {
  if (input.type === 'sentence-finished') return onSentenceFinished(state, input.speechId);
  if (input.type === 'word-reached') return onWordReached(state, input.offset);
  const position = state.position;
  if (!position) return { state, effects: [announce({ key: 'empty-document' })] };
  const { index } = state;
  switch (input.type) {
    case 'play':
    case 'resume':
      if (state.isPlaying) return { state, effects: [] };
      return speak({ ...state, isPlaying: true, isPaused: false, hasFinished: false }, state.hasFinished ? firstPosition(index)! : position, [earcon('start')]);
    case 'pause':
      if (!state.isPlaying) return { state: quiet(state), effects: interrupt(state) };
      return { state: { ...quiet(state), isPlaying: false, isPaused: true }, effects: [...interrupt(state), earcon('stop')] };
    case 'stop': {
      const effects: ReaderEffect[] = [...interrupt(state), ...(state.isPlaying || state.isPaused ? [earcon('stop')] : [])];
      return { state: { ...quiet(state), isPlaying: false, isPaused: false }, effects };
    }
    case 'repeat':
      return speak(state, position, interrupt(state));
    case 'next-sentence':
      return moveOr(state, nextSentence(index, position), 'end');
    case 'previous-sentence':
      return moveOr(state, previousSentence(index, position), 'start');
    case 'next-paragraph':
      return moveOr(state, firstSentenceFrom(index, position.block + 1), 'end');
    case 'previous-paragraph':
      return moveOr(state, blockStartBefore(index, position.block - 1), 'start');
    case 'next-heading': {
      const next = headingBlockAfter(index, position.block);
      return moveOr(state, next === undefined ? undefined : firstSentenceFrom(index, next), { key: 'no-next-heading' });
    }
    case 'previous-heading': {
      const previous = headingBlockBefore(index, position.block);
      return moveOr(state, previous === undefined ? undefined : firstSentenceFrom(index, previous), { key: 'no-previous-heading' });
    }
    case 'next-pasal':
    case 'previous-pasal':
      return movePasal(state, position, input.type === 'next-pasal');
    case 'go-to':
      return goTo(state, input.pasal, input.ayat);
    case 'where-am-i': {
      const sentence = sentenceAt(index, position);
      const message = whereAmI(index, position, sentence?.start ?? position.offset);
      return resumeAfter(state, [...interrupt(state), announce(message)]);
    }
  }
}

/** Next or previous own Pasal: from inside Pasal k, previous is k-1; between Pasal (penutup, a BAB heading), previous is the one before. */
function movePasal(state: SessionState, position: ReaderPosition, isNext: boolean): SessionStep {
  const { index } = state;
  if (state.doc.units.length === 0) return blocked(state, { key: 'no-legal-structure' });
  const { own } = pasalsOf(index);
  const offset = sentenceAt(index, position)?.start ?? position.offset;
  const { at, isInside } = pasalPlace(index, offset);
  const target = own[isNext ? at + 1 : isInside ? at - 1 : at];
  if (!target) return blocked(state, { key: isNext ? 'no-next-pasal' : 'no-previous-pasal' });
  return moveOr(state, locate(index, target.start), { key: isNext ? 'no-next-pasal' : 'no-previous-pasal' });
}

/** "Go to Pasal 5 ayat 2": the start of that ayat (its "(2)" starts a sentence), or of the Pasal's heading. */
function goTo(state: SessionState, pasal: string, ayat: string | undefined): SessionStep {
  if (state.doc.units.length === 0) return blocked(state, { key: 'no-legal-structure' });
  const found = findPasalUnit(state.index, pasal, ayat);
  if ('missing' in found) {
    const message: ReaderMessage = found.missing === 'pasal' ? { key: 'no-such-pasal', pasal } : { key: 'no-such-ayat', pasal, ayat: ayat ?? '' };
    return blocked(state, message);
  }
  return moveOr(state, locate(state.index, found.unit.start), { key: 'no-such-pasal', pasal });
}

/** Moves to `target` and speaks it, or reports the edge. */
function moveOr(state: SessionState, target: ReaderPosition | undefined, edge: 'start' | 'end' | ReaderMessage): SessionStep {
  if (target) return speak({ ...state, hasFinished: false }, target, interrupt(state));
  if (edge === 'end') {
    const effects = [...interrupt(state), earcon('end'), announce({ key: 'end-of-document' })];
    return { state: { ...quiet(state), isPlaying: false }, effects };
  }
  return blocked(state, edge === 'start' ? { key: 'start-of-document' } : edge);
}

/** A command that cannot be carried out: interrupt, earcon, say why, and carry on reading if playing. */
function blocked(state: SessionState, message: ReaderMessage): SessionStep {
  return resumeAfter(state, [...interrupt(state), earcon('boundary'), announce(message)]);
}

/** Runs `effects`; while playing, then reads the current sentence again so reading goes on. */
function resumeAfter(state: SessionState, effects: ReaderEffect[]): SessionStep {
  if (state.isPlaying && state.position) return speak(state, state.position, effects);
  return { state: quiet(state), effects };
}

/** Sets the position and asks the voice to speak its sentence. */
function speak(state: SessionState, position: ReaderPosition, before: ReaderEffect[]): SessionStep {
  const { index, doc } = state;
  const sentence = sentenceAt(index, position);
  if (!sentence) return { state, effects: before };
  const id = state.lastSpeechId + 1;
  const lang = index.blocks[position.block]?.lang ?? doc.lang;
  const effect: ReaderEffect = {
    type: 'speak',
    id,
    start: sentence.start,
    end: sentence.end,
    lang,
    chunks: chunkSentence(doc.text, sentence),
    words: sentence.words,
  };
  const next: SessionState = {
    ...state,
    position: { ...position, offset: sentence.start },
    highlight: { sentence: { start: sentence.start, end: sentence.end } },
    speakingId: id,
    lastSpeechId: id,
  };
  return { state: next, effects: [...before, effect] };
}

/** The voice finished a sentence: while playing, read the next one; at the end, stop and say so. */
function onSentenceFinished(state: SessionState, speechId: number): SessionStep {
  if (speechId !== state.speakingId || !state.position) return { state, effects: [] };
  const done: SessionState = { ...state, speakingId: undefined, highlight: { sentence: state.highlight.sentence } };
  if (!state.isPlaying) return { state: done, effects: [] };
  const next = nextSentence(state.index, state.position);
  if (next) return speak(done, next, []);
  return {
    state: { ...done, isPlaying: false, hasFinished: true },
    effects: [earcon('end'), announce({ key: 'end-of-document' })],
  };
}

/** The voice reached a word: highlight it and remember it as the position's offset. */
function onWordReached(state: SessionState, offset: number): SessionStep {
  const { position, highlight } = state;
  const sentence = highlight.sentence;
  if (state.speakingId === undefined || !position || !sentence || offset < sentence.start || offset >= sentence.end) return { state, effects: [] };
  const words = sentencesOf(state.index, position.block)[position.sentence]?.words ?? [];
  const word = words[lastStartingAtOrBefore(words, offset)] ?? words[0];
  if (!word) return { state, effects: [] };
  return { state: { ...state, position: { ...position, offset: word.start }, highlight: { sentence, word: { start: word.start, end: word.end } } }, effects: [] };
}

/** stop-speech when the voice is busy (a redundant cancel is harmless, but effects stay minimal). */
function interrupt(state: SessionState): ReaderEffect[] {
  return state.speakingId === undefined ? [] : [{ type: 'stop-speech' }];
}

/** The state with no speech in progress (the word highlight goes with it). */
function quiet(state: SessionState, highlight: ReaderHighlight = { sentence: state.highlight.sentence }): SessionState {
  return { ...state, speakingId: undefined, highlight };
}

function announce(message: ReaderMessage): ReaderEffect {
  return { type: 'announce', message };
}

function earcon(name: EarconName): ReaderEffect {
  return { type: 'earcon', name };
}

/** Where a visitor was in a document: the offset of the sentence (or word) they were at. */
export interface SavedPosition {
  offset: number;
}

/** Positions per document id for this visit (plain data; dropped with everything else when the visit ends). */
export type SessionMemory = ReadonlyMap<string, SavedPosition>;

/** Returns the memory with this session's position remembered for its document. */
export function rememberPosition(memory: SessionMemory, state: SessionState): SessionMemory {
  const next = new Map(memory);
  if (state.position) next.set(state.doc.id, { offset: state.position.offset });
  return next;
}

/** Opens a document where the visitor left it during this visit (at the start of that sentence), else at its start. */
export function resumeSession(doc: ReadableDocument, memory: SessionMemory): SessionState {
  const saved = memory.get(doc.id);
  const isValid = saved !== undefined && Number.isInteger(saved.offset) && saved.offset >= 0 && saved.offset < doc.text.length;
  return createSession(doc, isValid ? saved.offset : undefined);
}
