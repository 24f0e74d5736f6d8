import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateFinder, nextQuestion, SKIP, type FinderAnswers } from '../../../content/finder/evaluate-finder.ts';
import { finderSchema, type Finder, type FinderRule } from '../../../content/model/finder.ts';
import type { Notice } from '../../../content/model/notice.ts';
import type { Program } from '../../../content/model/program.ts';
import { programSchema } from '../../../content/model/program.ts';

const option = (value: string, reason: string) => ({ value, label: { id: value }, reason: { id: reason, en: `en: ${reason}` } });
const question = (id: string, ...values: string[]) => ({ id, text: { id: `${id}?` }, options: values.map((value) => option(value, `${id}=${value}`)) });

/** The six questions of the sample content, in order. */
const FINDER: Finder = {
  questions: [
    question('usia', 'balita', 'anak-sekolah', 'dewasa', 'lansia'),
    question('disabilitas', 'ya', 'tidak'),
    question('pelajar', 'sekolah', 'mahasiswa', 'tidak'),
    question('ekonomi', 'dtks', 'kurang-mampu', 'mampu'),
    question('pekerjaan', 'mencari-kerja', 'bekerja', 'lainnya'),
    question('wilayah', 'desa', 'kota'),
  ],
};

const when = (question: string, ...anyOf: string[]) => ({ question, anyOf });

function program(id: string, finderRule?: Partial<FinderRule>): Program {
  return {
    kind: 'program',
    id,
    name: { id },
    summary: { id },
    eligibility: [{ id }],
    benefits: [{ id }],
    howToApply: [{ id }],
    documents: [],
    whereToGo: { id },
    cost: { id: 'Gratis' },
    sources: [{ publisher: 'test', title: 'test' }],
    lastReviewed: '2026-11-23',
    isSample: true,
    tags: [],
    ...(finderRule ? { finderRule: { all: [], any: [], ...finderRule } } : {}),
  };
}

const PROGRAMS: Program[] = [
  program('pkh', { all: [when('ekonomi', 'dtks')], any: [when('usia', 'balita', 'anak-sekolah', 'lansia'), when('disabilitas', 'ya'), when('pelajar', 'sekolah')] }),
  program('pip', { all: [when('pelajar', 'sekolah'), when('ekonomi', 'dtks', 'kurang-mampu')] }),
  program('prakerja', { all: [when('usia', 'dewasa'), when('pelajar', 'tidak'), when('pekerjaan', 'mencari-kerja', 'bekerja')] }),
  program('blt-dana-desa', { all: [when('wilayah', 'desa'), when('ekonomi', 'dtks', 'kurang-mampu')] }),
  program('atensi-lansia', { all: [when('usia', 'lansia')] }),
  program('atensi-disabilitas', { all: [when('disabilitas', 'ya')] }),
  program('keanggotaan-perpustakaan', {}),
  program('no-rule'),
];

const run = (answers: FinderAnswers) => evaluateFinder(FINDER, PROGRAMS, answers);
const fits = (answers: FinderAnswers) => run(answers).map((match) => `${match.programId}:${match.fit}`);

describe('evaluateFinder', () => {
  it('with no answers lists every program with a rule as maybe, except the empty rule, which fits everyone', () => {
    expect(fits({})).toEqual([
      'keanggotaan-perpustakaan:yes',
      'pkh:maybe',
      'pip:maybe',
      'prakerja:maybe',
      'blt-dana-desa:maybe',
      'atensi-lansia:maybe',
      'atensi-disabilitas:maybe',
    ]);
  });

  it('never lists a program without a finder rule', () => {
    expect(run({ usia: 'lansia' }).map((match) => match.programId)).not.toContain('no-rule');
  });

  it('[journey] an older person in the social register: PKH and ATENSI Lansia fit, with reasons', () => {
    const answers = { usia: 'lansia', disabilitas: 'tidak', pelajar: 'tidak', ekonomi: 'dtks', pekerjaan: 'lainnya', wilayah: 'kota' };
    expect(fits(answers)).toEqual(['pkh:yes', 'atensi-lansia:yes', 'keanggotaan-perpustakaan:yes']);
    const pkh = run(answers)[0];
    expect(pkh?.reasons).toEqual([
      { questionId: 'usia', optionValue: 'lansia', reason: { id: 'usia=lansia', en: 'en: usia=lansia' } },
      { questionId: 'ekonomi', optionValue: 'dtks', reason: { id: 'ekonomi=dtks', en: 'en: ekonomi=dtks' } },
    ]);
    expect(pkh?.unknown).toEqual([]);
  });

  it('treats a skipped question as unknown, not as false', () => {
    const result = run({ usia: 'lansia', ekonomi: SKIP });
    const pkh = result.find((match) => match.programId === 'pkh');
    expect(pkh).toMatchObject({ fit: 'maybe', unknown: ['ekonomi'] });
    expect(pkh?.reasons.map((reason) => reason.questionId)).toEqual(['usia']);
  });

  it('treats an unanswered question like a skipped one', () => {
    expect(run({ usia: 'lansia' })).toEqual(run({ usia: 'lansia', ekonomi: SKIP, disabilitas: SKIP, pelajar: SKIP, pekerjaan: SKIP, wilayah: SKIP }));
  });

  it('leaves out programs that definitely do not fit', () => {
    const programs = run({ usia: 'dewasa', disabilitas: 'tidak', ekonomi: 'mampu' }).map((match) => match.programId);
    expect(programs).not.toContain('atensi-lansia'); // all: usia lansia fails
    expect(programs).not.toContain('pkh'); // all: ekonomi dtks fails
    expect(programs).not.toContain('atensi-disabilitas');
    expect(programs).toContain('prakerja'); // still maybe: pelajar, pekerjaan unknown
  });

  it('needs one "any" condition: none known and holding is maybe, all failing is out', () => {
    const maybe = run({ ekonomi: 'dtks', usia: 'dewasa' }).find((match) => match.programId === 'pkh');
    expect(maybe).toMatchObject({ fit: 'maybe', unknown: ['disabilitas', 'pelajar'] });
    const out = run({ ekonomi: 'dtks', usia: 'dewasa', disabilitas: 'tidak', pelajar: 'tidak' });
    expect(out.map((match) => match.programId)).not.toContain('pkh');
  });

  it('does not wait for other "any" questions once one holds', () => {
    const pkh = run({ ekonomi: 'dtks', disabilitas: 'ya' }).find((match) => match.programId === 'pkh');
    expect(pkh).toMatchObject({ fit: 'yes', unknown: [] });
    expect(pkh?.reasons.map((reason) => reason.optionValue)).toEqual(['ya', 'dtks']);
  });

  it('sorts yes before maybe, each in pack order', () => {
    expect(fits({ usia: 'lansia', wilayah: 'desa' })).toEqual([
      'atensi-lansia:yes',
      'keanggotaan-perpustakaan:yes',
      'pkh:maybe',
      'pip:maybe',
      'blt-dana-desa:maybe',
      'atensi-disabilitas:maybe',
    ]);
  });

  it('ignores items that are not programs', () => {
    const notice: Notice = { kind: 'notice', id: 'n', category: 'event', title: { id: 'n' }, body: [{ id: 'n' }], sources: [], lastReviewed: '2026-11-23', isSample: true, tags: [] };
    expect(evaluateFinder(FINDER, [notice], {})).toEqual([]);
  });
});

describe('nextQuestion', () => {
  it('asks the questions in order, skipping those answered or skipped', () => {
    expect(nextQuestion(FINDER, {})?.id).toBe('usia');
    expect(nextQuestion(FINDER, { usia: 'lansia', disabilitas: SKIP })?.id).toBe('pelajar');
    const all = Object.fromEntries(FINDER.questions.map((q) => [q.id, SKIP]));
    expect(nextQuestion(FINDER, all)).toBeUndefined();
  });

  it('with programs, asks only what can still change the list', () => {
    // A 60+ visitor outside the register: only ATENSI Disabilitas is still open, so only its question is left.
    expect(nextQuestion(FINDER, { usia: 'lansia', ekonomi: 'mampu' }, PROGRAMS)?.id).toBe('disabilitas');
    expect(nextQuestion(FINDER, { usia: 'lansia', ekonomi: 'mampu', disabilitas: 'tidak' }, PROGRAMS)).toBeUndefined();
    expect(nextQuestion(FINDER, { usia: 'dewasa' }, PROGRAMS)?.id).toBe('disabilitas');
    expect(nextQuestion(FINDER, { usia: 'dewasa', disabilitas: 'tidak', pelajar: 'tidak', ekonomi: 'mampu' }, PROGRAMS)?.id).toBe('pekerjaan');
  });
});

describe('evaluateFinder on the sample content', () => {
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../content/sample/${name}`, import.meta.url), 'utf8'));
  const finder = finderSchema.parse(read('finder.json'));
  const programs = (read('programs.json') as unknown[]).map((data) => programSchema.parse(data));

  it('lists every sample program with a rule when nothing is answered', () => {
    const listed = evaluateFinder(finder, programs, {}).map((match) => match.programId);
    const withRule = programs.filter((candidate) => candidate.finderRule).map((candidate) => candidate.id);
    expect([...listed].sort()).toEqual([...withRule].sort());
  });

  it('gives every reason a text for each answer the sample rules use', () => {
    const answers = { usia: 'lansia', disabilitas: 'ya', pelajar: 'tidak', ekonomi: 'dtks', pekerjaan: 'mencari-kerja', wilayah: 'desa' };
    for (const match of evaluateFinder(finder, programs, answers)) {
      for (const reason of match.reasons) expect(reason.reason.id.length).toBeGreaterThan(0);
    }
  });
});
