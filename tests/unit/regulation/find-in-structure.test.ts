// The look-ups the reader and the kiosk use: findPasal ("go to Pasal 28H ayat 2"), tableOfContents, countNodes.
import { describe, expect, it } from 'vitest';
import type { RegulationNode, RegulationNodeKind } from '../../../content/model/regulation.ts';
import {
  countNodes,
  findPasal,
  findPenjelasanPasal,
  tableOfContents,
} from '../../../content/regulation/find-in-structure.ts';
import { parseRegulation } from '../../../content/regulation/parse-regulation.ts';
import { loadLaw } from './law-fixtures.ts';

let offset = 0;
/** A node with made-up but valid offsets (look-ups do not read them). */
function node(kind: RegulationNodeKind, label: string, number: string, children: RegulationNode[] = []): RegulationNode {
  offset += 1;
  return { kind, label, number, start: offset, bodyStart: offset, end: offset, children };
}

// Pasal 28H with two ayat, an amending Pasal I quoting a Pasal 28H of another law, and a penjelasan.
const STRUCTURE: RegulationNode[] = [
  node('pembukaan', 'Pembukaan', ''),
  node('bab', 'BAB XA', 'XA', [
    node('pasal', 'Pasal 28H', '28H', [node('ayat', '(1)', '1'), node('ayat', '(2)', '2', [node('huruf', 'a.', 'a')])]),
    node('pasal', 'Pasal I', 'I', [node('angka', '1.', '1', [node('pasal', 'Pasal 28H', '28H', [node('ayat', '(3)', '3')])])]),
  ]),
  node('penutup', 'Penutup', ''),
  node('penjelasan', 'PENJELASAN', '', [node('pasal', 'Pasal 28H', '28H')]),
];

describe('findPasal', () => {
  // [pasal, ayat, label found, why]
  const CASES: Array<[string, string | undefined, string | undefined, string]> = [
    ['28H', undefined, 'Pasal 28H', 'exact'],
    ['28h', undefined, 'Pasal 28H', 'case-insensitive'],
    [' 28H ', undefined, 'Pasal 28H', 'spaces around'],
    ['28H', '2', '(2)', 'an ayat'],
    ['28h', '3', '(3)', 'an ayat found only in the quoted article'],
    ['i', undefined, 'Pasal I', 'a roman amending article'],
    ['28H', '9', undefined, 'no such ayat'],
    ['29', undefined, undefined, 'no such article'],
  ];
  it.each(CASES)('findPasal(%s, %s) → %s (%s)', (pasal, ayat, label) => {
    expect(findPasal(STRUCTURE, pasal, ayat)?.label).toBe(label);
  });

  it('prefers the law\'s own article over a quoted one, and never returns the penjelasan\'s', () => {
    const found = findPasal(STRUCTURE, '28H');
    expect(found).toBe(STRUCTURE[1]?.children[0]);
    expect(findPasal([node('penjelasan', 'PENJELASAN', '', [node('pasal', 'Pasal 1', '1')])], '1')).toBeUndefined();
  });

  it('findPenjelasanPasal returns the elucidation of an article', () => {
    expect(findPenjelasanPasal(STRUCTURE, '28h')).toBe(STRUCTURE[3]?.children[0]);
    expect(findPenjelasanPasal(STRUCTURE, '1')).toBeUndefined();
  });
});

describe('countNodes', () => {
  // [kind, scope, count]
  const CASES: Array<[RegulationNodeKind, Parameters<typeof countNodes>[2], number]> = [
    ['pasal', undefined, 2],
    ['pasal', { includeQuoted: true }, 3],
    ['pasal', { includeQuoted: true, includePenjelasan: true }, 4],
    ['ayat', undefined, 2],
    ['ayat', { includeQuoted: true }, 3],
    ['huruf', undefined, 1],
    ['angka', undefined, 1],
    ['bab', undefined, 1],
    ['paragraf', undefined, 0],
  ];
  it.each(CASES)('counts %s with scope %j: %i', (kind, scope, count) => {
    expect(countNodes(STRUCTURE, kind, scope)).toBe(count);
  });
});

describe('tableOfContents', () => {
  it('lists pembukaan, chapters, own articles, penutup and penjelasan with their depth, nothing finer', () => {
    expect(tableOfContents(STRUCTURE).map(({ node: entry, depth }) => `${depth}:${entry.label}`)).toEqual([
      '0:Pembukaan',
      '0:BAB XA',
      '1:Pasal 28H',
      '1:Pasal I',
      '0:Penutup',
      '0:PENJELASAN',
    ]);
  });

  it('on UU 13/2011: 45 articles, parts under chapters, paragraphs under parts, in text order', () => {
    const { structure } = parseRegulation(loadLaw('uu-2011-13').text);
    const contents = tableOfContents(structure);
    expect(contents.filter(({ node: entry }) => entry.kind === 'pasal')).toHaveLength(45);
    expect(contents.filter(({ node: entry }) => entry.kind === 'bagian').every(({ depth }) => depth === 1)).toBe(true);
    expect(contents.filter(({ node: entry }) => entry.kind === 'paragraf').every(({ depth }) => depth === 2)).toBe(true);
    const pasal12 = contents.find(({ node: entry }) => entry.label === 'Pasal 12');
    expect(pasal12?.depth).toBe(3);
    expect(contents.some(({ node: entry }) => ['ayat', 'huruf', 'angka'].includes(entry.kind))).toBe(false);
    const starts = contents.map(({ node: entry }) => entry.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(contents.at(0)?.node.kind).toBe('pembukaan');
    expect(contents.at(-1)?.node.kind).toBe('penjelasan');
  });
});
