import { describe, expect, it } from 'vitest';
import { parsePackJson, validatePack, type PackProblem } from '../../content/pack/validate-pack.ts';
import { minimalPack } from '../fixtures/minimal-pack.ts';

/** Applies a change to a fresh valid pack (as plain JSON, so the change can break types). */
function brokenPack(change: (pack: any) => void): unknown {
  const pack = JSON.parse(JSON.stringify(minimalPack()));
  change(pack);
  return pack;
}

function problemsOf(data: unknown): PackProblem[] {
  const result = validatePack(data);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('validatePack', () => {
  it('accepts a valid pack and returns it with defaults applied', () => {
    const result = validatePack(minimalPack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.items.map((item) => item.id)).toEqual(['contoh-program', 'uu-2099-1', 'jam-buka']);
  });

  it('names the item and the field when a required text is empty', () => {
    const [problem] = problemsOf(brokenPack((pack) => (pack.items[0].name.id = '   ')));
    expect(problem).toMatchObject({ code: 'invalid-field', itemIndex: 0, itemId: 'contoh-program', field: 'name.id' });
  });

  it('names the position when the broken item has no usable id', () => {
    const problems = problemsOf(brokenPack((pack) => (pack.items[2].id = 'Bad Id!')));
    expect(problems[0]).toMatchObject({ code: 'invalid-field', itemIndex: 2, field: 'id' });
  });

  it.each([
    ['an impossible review date', (pack: any) => (pack.items[0].lastReviewed = '2026-02-30'), 'lastReviewed'],
    ['a program without steps', (pack: any) => (pack.items[0].howToApply = []), 'howToApply'],
    ['an unknown notice category', (pack: any) => (pack.items[2].category = 'gossip'), 'category'],
    ['a source address that is not a URL', (pack: any) => (pack.items[0].sources[0].url = 'not a url'), 'sources.0.url'],
    ['structure offsets beyond the text', (pack: any) => (pack.items[1].structure[0].end = 10_000), 'structure.0'],
    ['a Pasal outside its BAB', (pack: any) => (pack.items[1].structure[0].children[0].start = 5), 'structure.0.children.0'],
  ])('refuses %s', (_name, change, field) => {
    const problems = problemsOf(brokenPack(change));
    expect(problems.map((problem) => problem.field)).toContain(field);
  });

  it('refuses an item of unknown kind', () => {
    const problems = problemsOf(brokenPack((pack) => (pack.items[0].kind = 'recipe')));
    expect(problems[0]).toMatchObject({ itemIndex: 0, field: 'kind' });
  });

  it('refuses two items with one id', () => {
    const problems = problemsOf(brokenPack((pack) => (pack.items[2].id = 'contoh-program')));
    expect(problems).toEqual([expect.objectContaining({ code: 'duplicate-id', itemIndex: 2, itemId: 'contoh-program' })]);
  });

  it('refuses a finder rule naming an answer the questions do not offer', () => {
    const problems = problemsOf(brokenPack((pack) => (pack.items[0].finderRule.all[0].anyOf = ['remaja'])));
    expect(problems[0]).toMatchObject({ code: 'unknown-finder-answer', itemId: 'contoh-program', field: 'finderRule.all.0' });
    expect(problems[0]?.detail).toContain('remaja');
  });

  it('recognises a file that is not a pack at all', () => {
    expect(problemsOf({ hello: 'world' })[0]?.code).toBe('not-a-pack');
    expect(problemsOf([1, 2, 3])[0]?.code).toBe('not-a-pack');
    expect(problemsOf(null)[0]?.code).toBe('not-a-pack');
  });

  it('says when a pack needs a newer kiosk', () => {
    expect(problemsOf(brokenPack((pack) => (pack.formatVersion = 2)))[0]?.code).toBe('newer-format');
  });

  it('lists at most 20 problems for a pack broken everywhere', () => {
    const problems = problemsOf(brokenPack((pack) => (pack.items = Array.from({ length: 50 }, () => ({ kind: 'program' })))));
    expect(problems.length).toBe(20);
  });
});

describe('parsePackJson', () => {
  it('reports text that is not JSON', () => {
    const result = parsePackJson('{"format": "jurubaca-pack",');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.code).toBe('not-json');
  });

  it('reads a valid pack from its JSON text', () => {
    expect(parsePackJson(JSON.stringify(minimalPack())).ok).toBe(true);
  });
});
