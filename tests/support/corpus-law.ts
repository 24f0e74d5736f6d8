// One law as the corpus (../shared/corpus/uu.jsonl.gz) and the test fixtures store it, and how a parsed law
// becomes a Regulation item. Pure (no Node APIs): the search benchmark bundles it into a Chromium page.
import type { Regulation, RegulationNode } from '../../content/model/regulation.ts';

/** One law of the corpus, as stored in the JSONL file. */
export interface CorpusLaw {
  id: string;
  jenis: string;
  nomor: string;
  tahun: number;
  judul: string;
  text: string;
}

/** A corpus law with its parsed text and structure, as a regulation item (for schema checks and indexing). */
export function corpusLawAsRegulation(law: CorpusLaw, text: string, structure: RegulationNode[]): Regulation {
  return {
    kind: 'regulation',
    id: law.id,
    type: law.jenis || 'UU',
    number: law.nomor || '0',
    year: law.tahun,
    title: { id: law.judul.trim() || law.id },
    text,
    structure,
    sources: [{ publisher: 'Corpus', title: law.id }],
    lastReviewed: '2026-01-01',
    isSample: false,
    tags: [],
  };
}
