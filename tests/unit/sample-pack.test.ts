import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Program } from '../../content/model/program.ts';
import type { Regulation } from '../../content/model/regulation.ts';
import { buildSamplePack, SAMPLE_PACK_PATH, serializePack } from '../../scripts/build-sample-pack.ts';

const pack = buildSamplePack();
const programs = pack.items.filter((item): item is Program => item.kind === 'program');
const regulations = pack.items.filter((item): item is Regulation => item.kind === 'regulation');

describe('the bundled sample pack', () => {
  it('is exactly what `npm run pack:sample` builds from content/sample (run it after changing the sources)', () => {
    expect(readFileSync(SAMPLE_PACK_PATH, 'utf8') === serializePack(pack), 'public/packs/sample.pack.json is stale: run npm run pack:sample').toBe(true);
  });

  it('has at least 12 programs, each a sample with a source and review date until staff confirm it', () => {
    expect(programs.length).toBeGreaterThanOrEqual(12);
    for (const program of programs) {
      expect(program.isSample, program.id).toBe(true);
      expect(program.sources.length, program.id).toBeGreaterThan(0);
      expect(program.lastReviewed, program.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is fully translated into English', () => {
    for (const program of programs) {
      const texts = [program.name, program.summary, program.whereToGo, program.cost, ...program.eligibility, ...program.benefits, ...program.howToApply, ...program.documents];
      expect(texts.filter((text) => !text.en).map((text) => text.id), program.id).toEqual([]);
    }
  });

  it.each(['uu-2016-8', 'uu-2007-43', 'uu-2008-14', 'uu-2009-25', 'uu-2011-13'])('carries the real law %s with its BAB and Pasal structure', (id) => {
    const regulation = regulations.find((item) => item.id === id);
    expect(regulation).toBeDefined();
    const kinds = (regulation?.structure ?? []).map((node) => node.kind);
    expect(kinds).toContain('bab');
    const pasal1 = regulation!.structure.flatMap(function flat(node): typeof node[] { return [node, ...node.children.flatMap(flat)]; }).find((node) => node.kind === 'pasal' && node.number === '1');
    expect(regulation!.text.slice(pasal1!.start, pasal1!.end)).toMatch(/^Pasal 1\b/);
  });

  it('has library notices and finder questions', () => {
    expect(pack.items.filter((item) => item.kind === 'notice').length).toBeGreaterThanOrEqual(5);
    expect(pack.finder.questions.map((question) => question.id)).toEqual(['usia', 'disabilitas', 'pelajar', 'ekonomi', 'pekerjaan', 'wilayah']);
  });
});
