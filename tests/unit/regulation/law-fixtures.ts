// Real laws for the regulation parser's tests: five sample laws of the kiosk (content/sample/laws) and a
// selection copied from the shared corpus into tests/fixtures/laws (the corpus itself is not read by unit tests).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regulationSchema, type RegulationNode } from '../../../content/model/regulation.ts';
import type { ParsedRegulation } from '../../../content/regulation/parse-regulation.ts';
import { corpusLawAsRegulation, type CorpusLaw } from '../../support/corpus-law.ts';

/** One law as stored in the corpus. */
export type LawFixture = CorpusLaw;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The sample laws shipped with the kiosk. */
export const SAMPLE_LAW_IDS = ['uu-2007-43', 'uu-2008-14', 'uu-2009-25', 'uu-2011-13', 'uu-2016-8'] as const;

/** The laws copied into tests/fixtures/laws, chosen for their eras and their noise. */
export const FIXTURE_LAW_IDS = [
  'uu-1948-30', // "Satu-satunya pasal": a law with one unnumbered article
  'uu-1950-16', // "B A B I." spaced out, articles joined on one line, bphn.go.id watermarks
  'uu-1951-13', // Pasal I / PASAL II, quoted "Pasal 1." after "berbunyi sebagai berikut" without a colon
  'uu-1953-6', // no articles at all: a decision in PERTAMA / KEDUA form
  'uu-1954-69', // first sentence printed twice, "Pasal 2" joined to the end of Pasal 1
  'uu-1957-11', // a page-end catchword "Pasal 2…", a budget table with "BAB I (Pengeluaran)"
  'uu-1958-77', // Pasal I quoting Pasal 1-8 of an emergency law, Pasal II
  'uu-1960-1', // amendment with arabic articles quoting "Pasal 359:", MEMORI PENJELASAN
  'uu-1967-10', // "2 / 5 www.hukumonline.com" page watermarks
  'uu-1970-3', // "Pasal 1." with full stops, chapters joined to the preceding sentence
  'uu-1999-41', // "Pasal I" misprinted for "Pasal 1" in an ordinary law
  'uu-1999-43', // amendment printed "Pasal 1" ... "Pasal II", quoted chapters and parts
  'uu-2003-12', // "BAB 1" printed with a digit
  'uu-2004-2', // page furniture before headings: "... arbiter. __ __ Pasal 37 __", "... bersangkutan. - 31 - Pasal 40"
  'uu-2004-24', // "Lembaga Penjamin Simpanan - www.lps.go.id" on every page
  'uu-2019-15', // modern amendment (Pasal I / II), OCR noise ("Pasal 2O", "Pasal 2 1")
  'uu-2020-11', // the omnibus law: 1.3 million characters, quotes dozens of laws
] as const;

/** Reads a law by id from the samples or the fixtures. */
export function loadLaw(id: string): LawFixture {
  const folder = (SAMPLE_LAW_IDS as readonly string[]).includes(id) ? 'content/sample/laws' : 'tests/fixtures/laws';
  return JSON.parse(readFileSync(resolve(ROOT, folder, `${id}.json`), 'utf8')) as LawFixture;
}

/** Wraps a parse result as a regulation so that `regulationSchema`'s offset check (superRefine) runs on it. */
export function validateAsRegulation(law: LawFixture, parsed: ParsedRegulation): ReturnType<typeof regulationSchema.safeParse> {
  return regulationSchema.safeParse(corpusLawAsRegulation(law, parsed.text, parsed.structure));
}

/** Every node, depth first, in document order. */
export function allNodes(nodes: readonly RegulationNode[]): RegulationNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children)]);
}

/** The law's own articles (not quoted by an amendment, not in the penjelasan), in order. */
export function ownArticles(nodes: readonly RegulationNode[], insideArticle = false): RegulationNode[] {
  return nodes.flatMap((node) => {
    if (node.kind === 'penjelasan') return [];
    const own = node.kind === 'pasal' && !insideArticle ? [node] : [];
    return [...own, ...ownArticles(node.children, insideArticle || node.kind === 'pasal')];
  });
}

/** The text a node covers, from its heading to its end. */
export function textOf(text: string, node: RegulationNode): string {
  return text.slice(node.start, node.end);
}
