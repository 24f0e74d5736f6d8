// The reading session state machine: every command, speech events, edges, empty documents, where-am-I on an
// ordinary document, interruption (a new command stops speech first: EZ Access / ADA 707), and the memory of
// positions per document during a visit.
import { describe, expect, it } from 'vitest';
import { plainDocument, programDocument } from '../../../a11y/reader/document-builders.ts';
import type { ReadableDocument } from '../../../a11y/reader/readable-document.ts';
import {
  createSession,
  reduceSession,
  rememberPosition,
  resumeSession,
  type ReaderCommand,
  type ReaderEffect,
  type SessionMemory,
} from '../../../a11y/reader/reading-session.ts';
import { LABELS_ID, run, sampleProgram, spoken } from './reader-fixtures.ts';

const SMALL = plainDocument('kecil', 'Kecil', 'Satu. Dua.\nTiga.', 'id').document;
const PKH = programDocument(sampleProgram('pkh'), 'id', LABELS_ID).document;
const say = (text: string) => ({ speak: text });

function speakEffect(effects: readonly ReaderEffect[]): Extract<ReaderEffect, { type: 'speak' }> {
  const found = effects.find((effect): effect is Extract<ReaderEffect, { type: 'speak' }> => effect.type === 'speak');
  if (!found) throw new Error('no speak effect');
  return found;
}

describe('createSession', () => {
  it('opens at the first sentence, stopped, with that sentence highlighted', () => {
    const state = createSession(SMALL);
    expect(state.position).toEqual({ block: 0, sentence: 0, offset: 0 });
    expect(state).toMatchObject({ isPlaying: false, isPaused: false, speakingId: undefined, highlight: { sentence: { start: 0, end: 5 } } });
  });

  it('segments only the first block when it opens', () => {
    expect(createSession(PKH).index.sentenceMemo.size).toBe(1);
  });
});

describe('play, pause, resume, stop', () => {
  it('[play] plays the start earcon and speaks the current sentence, with chunks, words and language', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' });
    expect(spoken(steps[0]!, SMALL.text)).toEqual([{ earcon: 'start' }, say('Satu.')]);
    expect(speakEffect(steps[0]!)).toEqual({ type: 'speak', id: 1, start: 0, end: 5, lang: 'id', chunks: [{ start: 0, end: 5 }], words: [{ start: 0, end: 4 }] });
    expect(state).toMatchObject({ isPlaying: true, speakingId: 1 });
  });

  it('[play] while playing does nothing', () => {
    const { steps } = run(createSession(SMALL), { type: 'play' }, { type: 'play' });
    expect(steps[1]).toEqual([]);
  });

  it('[sentence-finished] while playing speaks the next sentence, across paragraphs, and ignores stale reports', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' }, { type: 'sentence-finished', speechId: 1 }, { type: 'sentence-finished', speechId: 1 }, { type: 'sentence-finished', speechId: 2 });
    expect(spoken(steps[1]!, SMALL.text)).toEqual([say('Dua.')]);
    expect(steps[2]).toEqual([]);
    expect(spoken(steps[3]!, SMALL.text)).toEqual([say('Tiga.')]);
    expect(state.position).toEqual({ block: 1, sentence: 0, offset: 11 });
  });

  it('[sentence-finished] at the last sentence ends: end earcon, end-of-document, and play starts over', () => {
    const reading = run(createSession(SMALL), { type: 'play' }, { type: 'sentence-finished', speechId: 1 }, { type: 'sentence-finished', speechId: 2 }, { type: 'sentence-finished', speechId: 3 });
    expect(spoken(reading.steps[3]!, SMALL.text)).toEqual([{ earcon: 'end' }, { announce: { key: 'end-of-document' } }]);
    expect(reading.state).toMatchObject({ isPlaying: false, hasFinished: true, speakingId: undefined });
    const again = run(reading.state, { type: 'play' });
    expect(spoken(again.steps[0]!, SMALL.text)).toEqual([{ earcon: 'start' }, say('Satu.')]);
  });

  it('[pause] stops speech and remembers; [resume] reads the current sentence again from its start', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' }, { type: 'sentence-finished', speechId: 1 }, { type: 'pause' }, { type: 'resume' });
    expect(spoken(steps[2]!, SMALL.text)).toEqual(['stop-speech', { earcon: 'stop' }]);
    expect(spoken(steps[3]!, SMALL.text)).toEqual([{ earcon: 'start' }, say('Dua.')]);
    expect(state).toMatchObject({ isPlaying: true, isPaused: false });
  });

  it('[pause] when nothing is playing or speaking does nothing', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'pause' });
    expect(steps[0]).toEqual([]);
    expect(state.isPaused).toBe(false);
  });

  it('[stop] stops speech, keeps the position, and a later [play] reads from there', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' }, { type: 'sentence-finished', speechId: 1 }, { type: 'stop' }, { type: 'stop' }, { type: 'play' });
    expect(spoken(steps[2]!, SMALL.text)).toEqual(['stop-speech', { earcon: 'stop' }]);
    expect(steps[3]).toEqual([]);
    expect(spoken(steps[4]!, SMALL.text)).toEqual([{ earcon: 'start' }, say('Dua.')]);
    expect(state.isPlaying).toBe(true);
  });

  it('[resume] when stopped acts as play', () => {
    const { steps } = run(createSession(SMALL), { type: 'resume' });
    expect(spoken(steps[0]!, SMALL.text)).toEqual([{ earcon: 'start' }, say('Satu.')]);
  });
});

describe('repeat', () => {
  it('[repeat] while playing interrupts and speaks the same sentence again', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' }, { type: 'repeat' });
    expect(spoken(steps[1]!, SMALL.text)).toEqual(['stop-speech', say('Satu.')]);
    expect(state.isPlaying).toBe(true);
  });

  it('[repeat] while stopped speaks the sentence once and does not go on', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'repeat' }, { type: 'sentence-finished', speechId: 1 });
    expect(spoken(steps[0]!, SMALL.text)).toEqual([say('Satu.')]);
    expect(steps[1]).toEqual([]);
    expect(state).toMatchObject({ isPlaying: false, speakingId: undefined });
  });
});

describe('sentence navigation', () => {
  it('[next-sentence] while stopped speaks the next sentence once and stays stopped', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'next-sentence' }, { type: 'next-sentence' }, { type: 'sentence-finished', speechId: 2 });
    expect(spoken(steps[0]!, SMALL.text)).toEqual([say('Dua.')]);
    expect(spoken(steps[1]!, SMALL.text)).toEqual(['stop-speech', say('Tiga.')]);
    expect(steps[2]).toEqual([]);
    expect(state.isPlaying).toBe(false);
  });

  it('[next-sentence] while playing interrupts, speaks from the new place and keeps reading from there', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' }, { type: 'next-sentence' }, { type: 'sentence-finished', speechId: 2 });
    expect(spoken(steps[1]!, SMALL.text)).toEqual(['stop-speech', say('Dua.')]);
    expect(spoken(steps[2]!, SMALL.text)).toEqual([say('Tiga.')]);
    expect(state.isPlaying).toBe(true);
  });

  it('[next-sentence] at the last sentence says end-of-document with the end earcon and stays put', () => {
    const last = run(createSession(SMALL), { type: 'next-sentence' }, { type: 'next-sentence' }).state;
    const { state, steps } = run(last, { type: 'next-sentence' });
    expect(spoken(steps[0]!, SMALL.text)).toEqual(['stop-speech', { earcon: 'end' }, { announce: { key: 'end-of-document' } }]);
    expect(state.position).toEqual(last.position);
  });

  it('[next-sentence] at the last sentence while playing stops playing', () => {
    const last = run(createSession(SMALL), { type: 'next-sentence' }, { type: 'next-sentence' }, { type: 'play' }).state;
    const { state, steps } = run(last, { type: 'next-sentence' });
    expect(spoken(steps[0]!, SMALL.text)).toEqual(['stop-speech', { earcon: 'end' }, { announce: { key: 'end-of-document' } }]);
    expect(state.isPlaying).toBe(false);
  });

  it('[previous-sentence] at the first sentence says start-of-document with the boundary earcon', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'previous-sentence' });
    expect(spoken(steps[0]!, SMALL.text)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'start-of-document' } }]);
    expect(state.position?.sentence).toBe(0);
  });

  it('[previous-sentence] at the first sentence while playing says so and reads the sentence again', () => {
    const { state, steps } = run(createSession(SMALL), { type: 'play' }, { type: 'previous-sentence' });
    expect(spoken(steps[1]!, SMALL.text)).toEqual(['stop-speech', { earcon: 'boundary' }, { announce: { key: 'start-of-document' } }, say('Satu.')]);
    expect(state.isPlaying).toBe(true);
  });

  it('[previous-sentence] crosses back into the previous paragraph at its last sentence', () => {
    const atTiga = run(createSession(SMALL), { type: 'next-sentence' }, { type: 'next-sentence' }).state;
    const { steps } = run(atTiga, { type: 'previous-sentence' });
    expect(spoken(steps[0]!, SMALL.text)).toEqual(['stop-speech', say('Dua.')]);
  });
});

describe('paragraph and heading navigation (PKH program card)', () => {
  const texts = (effects: ReaderEffect[]) => spoken(effects, PKH.text);
  const summary = sampleProgram('pkh').summary.id;

  it('[next-paragraph] skips the rest of a paragraph; [previous-paragraph] goes to the start of the one before', () => {
    const { steps } = run(createSession(PKH), { type: 'next-paragraph' }, { type: 'next-sentence' }, { type: 'next-paragraph' }, { type: 'previous-paragraph' });
    expect(texts(steps[0]!)).toEqual([say(summary.split('. ')[0] + '.')]);
    expect(texts(steps[2]!)).toEqual(['stop-speech', say(LABELS_ID.sampleFlag)]);
    expect(texts(steps[3]!)).toEqual(['stop-speech', say(summary.split('. ')[0] + '.')]);
  });

  it('[previous-paragraph] in the first paragraph and [next-paragraph] in the last one report the edges', () => {
    expect(texts(run(createSession(PKH), { type: 'previous-paragraph' }).steps[0]!)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'start-of-document' } }]);
    const lastOffset = PKH.blocks[PKH.blocks.length - 1]!.start;
    expect(texts(run(createSession(PKH, lastOffset), { type: 'next-paragraph' }).steps[0]!)).toEqual([{ earcon: 'end' }, { announce: { key: 'end-of-document' } }]);
  });

  it('[next-heading] and [previous-heading] move between section headings, reading the list framing', () => {
    const { steps } = run(createSession(PKH), { type: 'next-heading' }, { type: 'next-heading' }, { type: 'previous-heading' }, { type: 'previous-heading' }, { type: 'previous-heading' });
    expect(texts(steps[0]!)).toEqual([say('Siapa yang berhak: empat butir.')]);
    expect(texts(steps[1]!)).toEqual(['stop-speech', say('Manfaat: tiga butir.')]);
    expect(texts(steps[2]!)).toEqual(['stop-speech', say('Siapa yang berhak: empat butir.')]);
    expect(texts(steps[3]!)).toEqual(['stop-speech', say(PKH.title)]);
    expect(texts(steps[4]!)).toEqual(['stop-speech', { earcon: 'boundary' }, { announce: { key: 'no-previous-heading' } }]);
  });

  it('[next-heading] after the last heading says there is none', () => {
    const lastHeading = [...PKH.blocks].reverse().find((block) => block.kind === 'heading')!;
    const { steps } = run(createSession(PKH, lastHeading.start), { type: 'next-heading' });
    expect(texts(steps[0]!)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'no-next-heading' } }]);
  });

  it.each<ReaderCommand>([{ type: 'next-pasal' }, { type: 'previous-pasal' }, { type: 'go-to', pasal: '5' }])('[%o] on a document without legal structure says so', (command) => {
    expect(texts(reduceSession(createSession(PKH), command).effects)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'no-legal-structure' } }]);
  });

  it('[where-am-i] names the nearest heading and the progress', () => {
    const atStart = reduceSession(createSession(PKH), { type: 'where-am-i' });
    expect(atStart.effects).toEqual([{ type: 'announce', message: { key: 'where-am-i', percent: 0, heading: PKH.title } }]);
    const inList = run(createSession(PKH), { type: 'next-heading' }, { type: 'next-sentence' }, { type: 'where-am-i' });
    const message = (inList.steps[2]![1] as Extract<ReaderEffect, { type: 'announce' }>).message;
    expect(message).toMatchObject({ key: 'where-am-i', heading: 'Siapa yang berhak' });
    expect(inList.steps[2]![0]).toEqual({ type: 'stop-speech' });
  });

  it('[where-am-i] while playing interrupts, answers and reads on from the current sentence', () => {
    const { state, steps } = run(createSession(PKH), { type: 'play' }, { type: 'where-am-i' });
    expect(texts(steps[1]!)).toEqual(['stop-speech', { announce: { key: 'where-am-i', percent: 0, heading: PKH.title } }, say(PKH.title)]);
    expect(state.isPlaying).toBe(true);
  });
});

describe('word-reached', () => {
  it('highlights the word and keeps its offset as the position', () => {
    const played = run(createSession(PKH), { type: 'next-paragraph' }).state;
    const offset = PKH.text.indexOf('bantuan uang');
    const { state } = run(played, { type: 'word-reached', offset: offset + 2 });
    expect(state.highlight.word).toEqual({ start: offset, end: offset + 'bantuan'.length });
    expect(state.position?.offset).toBe(offset);
  });

  it('is ignored outside the current sentence or when nothing is speaking', () => {
    const played = run(createSession(PKH), { type: 'next-paragraph' }).state;
    expect(run(played, { type: 'word-reached', offset: 0 }).state).toBe(played);
    const idle = createSession(PKH);
    expect(run(idle, { type: 'word-reached', offset: 3 }).state).toBe(idle);
  });
});

describe('empty documents', () => {
  const COMMANDS: ReaderCommand[] = [
    { type: 'play' }, { type: 'pause' }, { type: 'resume' }, { type: 'stop' }, { type: 'repeat' },
    { type: 'next-sentence' }, { type: 'previous-sentence' }, { type: 'next-paragraph' }, { type: 'previous-paragraph' },
    { type: 'next-heading' }, { type: 'previous-heading' }, { type: 'next-pasal' }, { type: 'previous-pasal' },
    { type: 'go-to', pasal: '1', ayat: '2' }, { type: 'where-am-i' },
  ];
  const EMPTY: ReadableDocument[] = [
    plainDocument('kosong', 'Kosong', '', 'id').document,
    plainDocument('spasi', 'Spasi', '  \n\t \n ', 'id').document,
    { id: 'x', title: 'x', lang: 'en', text: '   ', blocks: [{ kind: 'paragraph', start: 0, end: 3 }], units: [] },
  ];

  it.each(EMPTY.flatMap((doc) => COMMANDS.map((command) => [doc.id, command.type, doc, command] as const)))('%s: [%s] says empty-document', (_id, _type, doc, command) => {
    const state = createSession(doc);
    expect(state.position).toBeUndefined();
    const step = reduceSession(state, command);
    expect(step.effects).toEqual([{ type: 'announce', message: { key: 'empty-document' } }]);
    expect(step.state).toBe(state);
  });

  it('ignores speech events', () => {
    const state = createSession(EMPTY[0]!);
    expect(reduceSession(state, { type: 'sentence-finished', speechId: 1 }).effects).toEqual([]);
    expect(reduceSession(state, { type: 'word-reached', offset: 0 }).effects).toEqual([]);
  });
});

describe('memory of positions during a visit', () => {
  it('resumes each document where the visitor left it, at the start of that sentence', () => {
    const other = plainDocument('lain', 'Lain', 'Alpha. Beta. Gamma.', 'en').document;
    let memory: SessionMemory = new Map();
    const inSmall = run(createSession(SMALL), { type: 'next-sentence' }).state;
    memory = rememberPosition(memory, inSmall);
    const inOther = run(createSession(other), { type: 'next-sentence' }, { type: 'next-sentence' }).state;
    memory = rememberPosition(memory, inOther);
    expect(resumeSession(SMALL, memory).position).toEqual({ block: 0, sentence: 1, offset: 6 });
    expect(resumeSession(other, memory).position).toEqual({ block: 0, sentence: 2, offset: 13 });
    expect(resumeSession(PKH, memory).position).toEqual({ block: 0, sentence: 0, offset: 0 });
  });

  it('remembers the word reached, and resumes at the start of its sentence', () => {
    const reading = run(createSession(PKH), { type: 'next-paragraph' }, { type: 'word-reached', offset: PKH.text.indexOf('Kementerian') }).state;
    const memory = rememberPosition(new Map(), reading);
    expect(memory.get(PKH.id)).toEqual({ offset: PKH.text.indexOf('Kementerian') });
    expect(resumeSession(PKH, memory).position).toEqual(reading.position && { ...reading.position, offset: PKH.blocks[1]!.start });
  });

  it('returns a new memory (plain data) and ignores saved offsets that no longer fit the text', () => {
    const memory: SessionMemory = new Map([[SMALL.id, { offset: 10_000 }]]);
    const next = rememberPosition(memory, createSession(PKH));
    expect(memory.size).toBe(1);
    expect(next.size).toBe(2);
    expect(resumeSession(SMALL, memory).position?.offset).toBe(0);
  });
});

describe('documents from elsewhere', () => {
  it('reads a document without blocks line by line', () => {
    const doc: ReadableDocument = { id: 'raw', title: 'raw', lang: 'id', text: 'Baris satu.\nBaris dua.', blocks: [], units: [] };
    const { steps } = run(createSession(doc), { type: 'next-paragraph' });
    expect(spoken(steps[0]!, doc.text)).toEqual([say('Baris dua.')]);
  });

  it('repairs unsorted, overlapping blocks instead of failing', () => {
    const doc: ReadableDocument = {
      id: 'messy', title: 'messy', lang: 'id', text: 'Satu. Dua. Tiga.', units: [],
      blocks: [{ kind: 'paragraph', start: 11, end: 16 }, { kind: 'paragraph', start: 0, end: 12 }, { kind: 'heading', start: 3, end: 99 }],
    };
    const { steps } = run(createSession(doc), { type: 'play' }, { type: 'next-paragraph' });
    expect(spoken(steps[0]!, doc.text)).toEqual([{ earcon: 'start' }, say('Satu.')]);
    expect(steps[1]!.length).toBeGreaterThan(0);
  });
});
