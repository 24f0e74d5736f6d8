// The reading session on real laws: go to Pasal (with ayat) and where-am-I on UU 8/2016, next/previous Pasal
// over the law's own articles only (not the penjelasan's, not those quoted by an amendment), and laws of a
// million characters. Functional assertions only: speed is measured by scripts/bench/reader-bench.ts.
import { describe, expect, it } from 'vitest';
import { plainDocument, regulationDocument } from '../../../a11y/reader/document-builders.ts';
import { createSession, reduceSession, rememberPosition, resumeSession, type ReaderEffect } from '../../../a11y/reader/reading-session.ts';
import { lawText, parsedRegulation, run, sampleRegulation, SAMPLE_LAWS, spoken } from './reader-fixtures.ts';

const UU8 = regulationDocument(sampleRegulation('uu-2016-8')).document;
const say = (text: string) => ({ speak: text });
const at = (needle: string) => {
  const offset = UU8.text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in UU 8/2016`);
  return offset;
};
const percentAt = (offset: number) => Math.floor((offset * 100) / UU8.text.length);

function firstSpoken(effects: readonly ReaderEffect[], text: string): string | undefined {
  const speak = effects.find((effect) => effect.type === 'speak');
  return speak && speak.type === 'speak' ? text.slice(speak.start, speak.end) : undefined;
}

describe('go to Pasal on UU 8/2016 (Penyandang Disabilitas)', () => {
  it('[go-to] Pasal 5 reads its heading', () => {
    const { steps } = run(createSession(UU8), { type: 'go-to', pasal: '5' });
    expect(spoken(steps[0]!, UU8.text)).toEqual([say('Pasal 5')]);
  });

  it('[go-to] Pasal 5 ayat 2 reads from the start of that ayat', () => {
    const { state, steps } = run(createSession(UU8), { type: 'go-to', pasal: '5', ayat: '2' });
    expect(firstSpoken(steps[0]!, UU8.text)).toBe('(2) Selain hak Penyandang Disabilitas sebagaimana dimaksud pada ayat (1), perempuan dengan disabilitas memiliki hak:');
    expect(state.position?.offset).toBe(at('(2) Selain hak Penyandang Disabilitas sebagaimana dimaksud pada ayat (1), perempuan'));
  });

  it.each([
    ['Pasal 153', undefined, 'Pasal 153'],
    [' 42 ', '(3)', '(3) Setiap penyelenggara pendidikan tinggi'],
    ['130', '2', '(2) Ketentuan mengenai mekanisme koordinasi'],
  ])('[go-to] accepts %j ayat %j', (pasal, ayat, starts) => {
    const { steps } = run(createSession(UU8), ayat === undefined ? { type: 'go-to', pasal } : { type: 'go-to', pasal, ayat });
    expect(firstSpoken(steps[0]!, UU8.text)).toMatch(new RegExp(`^${starts.replace(/[()]/g, '\\$&')}`));
  });

  it('[go-to] a Pasal the law does not have says so and stays put', () => {
    const start = run(createSession(UU8), { type: 'go-to', pasal: '10' }).state;
    const { state, steps } = run(start, { type: 'go-to', pasal: '999' });
    expect(spoken(steps[0]!, UU8.text)).toEqual(['stop-speech', { earcon: 'boundary' }, { announce: { key: 'no-such-pasal', pasal: '999' } }]);
    expect(state.position).toEqual(start.position);
  });

  it('[go-to] an ayat the Pasal does not have says so and stays put', () => {
    const { steps } = run(createSession(UU8), { type: 'go-to', pasal: '5', ayat: '9' });
    expect(spoken(steps[0]!, UU8.text)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'no-such-ayat', pasal: '5', ayat: '9' } }]);
  });

  it('[go-to] while playing interrupts and reads on from the new place', () => {
    const { state, steps } = run(createSession(UU8), { type: 'play' }, { type: 'go-to', pasal: '7' }, { type: 'sentence-finished', speechId: 2 });
    expect(spoken(steps[1]!, UU8.text)).toEqual(['stop-speech', say('Pasal 7')]);
    expect(firstSpoken(steps[2]!, UU8.text)).toMatch(/^Hak bebas dari stigma untuk Penyandang Disabilitas/);
    expect(state.isPlaying).toBe(true);
  });
});

describe('where am I in UU 8/2016', () => {
  it('[where-am-i] in Pasal 5 ayat 2 says "Pasal 5 (5 of 153), ayat 2" and the progress', () => {
    const { steps } = run(createSession(UU8), { type: 'go-to', pasal: '5', ayat: '2' }, { type: 'next-sentence' }, { type: 'where-am-i' });
    const sentenceStart = at('a. atas kesehatan reproduksi;');
    expect(steps[2]).toEqual([
      { type: 'stop-speech' },
      { type: 'announce', message: { key: 'where-am-i', unit: 'Pasal 5', index: 5, total: 153, ayat: '2', percent: percentAt(sentenceStart) } },
    ]);
  });

  it('[where-am-i] in the pembukaan names that part', () => {
    const { effects } = reduceSession(createSession(UU8), { type: 'where-am-i' });
    expect(effects).toEqual([{ type: 'announce', message: { key: 'where-am-i', part: 'pembukaan', unit: 'Pembukaan', percent: 0 } }]);
  });

  it('[where-am-i] in the penjelasan names the part and the Pasal it explains, not a Pasal of the law', () => {
    const offset = UU8.text.indexOf('Pasal 5\n', at('PENJELASAN ATAS'));
    const { effects } = reduceSession(createSession(UU8, offset + 9), { type: 'where-am-i' });
    expect(effects).toEqual([{ type: 'announce', message: expect.objectContaining({ key: 'where-am-i', part: 'penjelasan', unit: 'PENJELASAN', heading: 'Pasal 5' }) }]);
  });

  it('[where-am-i] on a BAB heading names the BAB', () => {
    const { effects } = reduceSession(createSession(UU8, at('BAB III\n')), { type: 'where-am-i' });
    expect(effects).toEqual([{ type: 'announce', message: expect.objectContaining({ part: 'bab', unit: 'BAB III' }) }]);
  });
});

describe('next and previous Pasal', () => {
  it('[next-pasal] from the pembukaan goes to Pasal 1, then Pasal 2, skipping BAB headings', () => {
    const { steps } = run(createSession(UU8), { type: 'next-pasal' }, { type: 'next-pasal' }, { type: 'next-pasal' }, { type: 'next-pasal' });
    expect(steps.map((effects) => firstSpoken(effects, UU8.text))).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4']);
  });

  it('[previous-pasal] inside a Pasal goes to the one before; at Pasal 1 says there is none', () => {
    const inPasal6 = createSession(UU8, at('Hak hidup untuk Penyandang Disabilitas'));
    expect(firstSpoken(reduceSession(inPasal6, { type: 'previous-pasal' }).effects, UU8.text)).toBe('Pasal 5');
    const { effects } = reduceSession(createSession(UU8, at('Pasal 1\n')), { type: 'previous-pasal' });
    expect(spoken(effects, UU8.text)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'no-previous-pasal' } }]);
  });

  it('[next-pasal] at Pasal 153 says there is none: the penjelasan\'s "Pasal N" are not the law\'s Pasal', () => {
    const { effects } = reduceSession(createSession(UU8, at('Pasal 153\n')), { type: 'next-pasal' });
    expect(spoken(effects, UU8.text)).toEqual([{ earcon: 'boundary' }, { announce: { key: 'no-next-pasal' } }]);
  });

  it('[previous-pasal] from the penjelasan goes back to the last Pasal of the law; [next-heading] still enters the penjelasan', () => {
    const penjelasan = at('PENJELASAN ATAS');
    expect(firstSpoken(reduceSession(createSession(UU8, penjelasan + 200), { type: 'previous-pasal' }).effects, UU8.text)).toBe('Pasal 153');
    const fromPenutup = createSession(UU8, at('Agar setiap orang mengetahuinya'));
    expect(firstSpoken(reduceSession(fromPenutup, { type: 'next-heading' }).effects, UU8.text)).toMatch(/^PENJELASAN ATAS/);
  });

  it('moves over the own articles of an amending law (Pasal I, Pasal II), and go-to still finds a quoted Pasal', () => {
    const amendment = regulationDocument(parsedRegulation('uu-2019-15')).document;
    const { steps } = run(createSession(amendment), { type: 'next-pasal' }, { type: 'next-pasal' }, { type: 'next-pasal' });
    expect(steps.map((effects) => firstSpoken(effects, amendment.text))).toEqual(['Pasal I', 'Pasal II', undefined]);
    const quoted = run(createSession(amendment), { type: 'go-to', pasal: '20' }, { type: 'where-am-i' });
    expect(firstSpoken(quoted.steps[0]!, amendment.text)).toBe('Pasal 20');
    expect(quoted.steps[1]).toContainEqual({ type: 'announce', message: expect.objectContaining({ unit: 'Pasal I', index: 1, total: 2 }) });
  });
});

describe('memory across laws', () => {
  it('keeps the place in each law for the visit', () => {
    const uu43 = regulationDocument(sampleRegulation('uu-2007-43')).document;
    let memory = rememberPosition(new Map(), run(createSession(UU8), { type: 'go-to', pasal: '5', ayat: '2' }).state);
    memory = rememberPosition(memory, run(createSession(uu43), { type: 'go-to', pasal: '3' }).state);
    expect(firstSpoken(reduceSession(resumeSession(UU8, memory), { type: 'play' }).effects, UU8.text)).toMatch(/^\(2\) Selain hak/);
    expect(firstSpoken(reduceSession(resumeSession(uu43, memory), { type: 'play' }).effects, uu43.text)).toBe('Pasal 3');
  });
});

describe('laws of a million characters', () => {
  // Real law text joined until it passes a million characters (the five sample laws, over and over).
  const parts: string[] = [];
  for (let length = 0; length < 1_000_000; ) {
    for (const id of SAMPLE_LAWS) {
      parts.push(lawText(id));
      length += parts[parts.length - 1]!.length + 1;
    }
  }
  const joined = plainDocument('gabungan', 'Gabungan', parts.join('\n'), 'id').document;

  it('opens with one block segmented, speaks its first sentence, and reaches the last one through memory', () => {
    expect(joined.text.length).toBeGreaterThan(1_000_000);
    const state = createSession(joined);
    expect(state.index.sentenceMemo.size).toBe(1);
    expect(firstSpoken(reduceSession(state, { type: 'play' }).effects, joined.text)).toMatch(/^UNDANG-UNDANG REPUBLIK INDONESIA/);
    const nearEnd = resumeSession(joined, new Map([[joined.id, { offset: joined.text.length - 5 }]]));
    expect(nearEnd.index.sentenceMemo.size).toBeLessThanOrEqual(2);
    const { effects } = reduceSession(nearEnd, { type: 'next-sentence' });
    expect(effects).toContainEqual({ type: 'announce', message: { key: 'end-of-document' } });
    expect(reduceSession(nearEnd, { type: 'where-am-i' }).effects).toEqual([{ type: 'announce', message: expect.objectContaining({ percent: 99 }) }]);
  });

  it('parses the joined laws as one regulation and goes to a Pasal near its end', () => {
    const document = regulationDocument(parsedRegulation('gabungan', joined.text)).document;
    expect(document.text.length).toBeGreaterThan(1_000_000);
    const state = createSession(document);
    expect(firstSpoken(reduceSession(state, { type: 'play' }).effects, document.text)).toBeDefined();
    const lastOwn = [...document.blocks].reverse().find((block) => block.kind === 'heading' && block.level === 5 && block.start < document.units.find((unit) => unit.kind === 'penjelasan')!.start)!;
    const number = lastOwn.label!.replace('Pasal ', '');
    const { steps } = run(state, { type: 'go-to', pasal: number }, { type: 'where-am-i' });
    expect(firstSpoken(steps[0]!, document.text)).toBe(lastOwn.label);
    expect(steps[1]).toContainEqual({ type: 'announce', message: expect.objectContaining({ unit: lastOwn.label }) });
  });

  it('reads the omnibus law (UU 11/2020, 1.3 million characters): Pasal 185 and where am I', () => {
    const omnibus = regulationDocument(parsedRegulation('uu-2020-11')).document;
    expect(omnibus.text.length).toBeGreaterThan(1_200_000);
    const state = createSession(omnibus);
    expect(state.index.sentenceMemo.size).toBe(1);
    const { steps } = run(state, { type: 'play' }, { type: 'go-to', pasal: '185' }, { type: 'where-am-i' }, { type: 'next-pasal' });
    expect(firstSpoken(steps[0]!, omnibus.text)).toBeDefined();
    expect(spoken(steps[1]!, omnibus.text)).toEqual(['stop-speech', say('Pasal 185')]);
    expect(steps[2]).toContainEqual({ type: 'announce', message: expect.objectContaining({ key: 'where-am-i', unit: 'Pasal 185' }) });
    expect(firstSpoken(steps[3]!, omnibus.text)).toBe('Pasal 186');
  });
});
