import { removePrefix, type PrefixType } from './prefix-rules.ts';
import { ROOT_WORDS } from './root-words.ts';

/*
 * An Indonesian stemmer after Nazief–Adriani and its Enhanced Confix Stripping refinement (as in Sastrawi):
 * particles (-lah -kah -tah -pun), then possessives (-ku -mu -nya), then derivational suffixes (-kan -an -i),
 * then up to three prefixes with their recoding variants, checking the root at every step.
 *
 * The difference: Sastrawi checks against a 29,000-word dictionary; this one has a short root list
 * (root-words.ts) and otherwise needs a "plausible" root. So instead of ECS's greedy walk it considers every
 * decomposition the rules allow and picks:
 *   1. the first (in ECS order: most suffixes first, then prefixes) whose root is in the root list; else
 *   2. the shortest plausible root (the most affixes explained), ties going to the one with a prefix, then ECS order;
 *   3. the word itself when nothing plausible is left.
 * ECS's rule precedence (be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i, ter-…-i strip the prefix first) is kept in
 * its effect: with every decomposition considered, the order only matters through the affix pairs below.
 *
 * Limits (each is consistent on both sides of a search, so it costs recall only where a root form meets an
 * affixed one):
 * - Recoding ambiguity outside the root list goes to the shortest root: "beragam" → "agam" (not "ragam"),
 *   "mengecat" → "ecat". Add the root to root-words.ts when such a word matters.
 * - Roots that look affixed and are not in the list are over-stemmed: "sejarah" → "jarah", "sepeda" → "peda",
 *   "berita" → "rita" (listed), "istilah" → "isti".
 * - No infixes (-el-, -em-, -er-, -in-: "gemetar", "telunjuk"), no reduplication inside a word ("bermain-main"
 *   is split into words first by the tokenizer), no compounds ("ketenagakerjaan" → "tenagakerja").
 * - Non-standard assimilation ("mensosialisasikan", "mentaati") follows Sastrawi's lenient men-s/men-t rules.
 */

const PARTICLES = ['lah', 'kah', 'tah', 'pun'] as const;
const POSSESSIVES = ['nya', 'ku', 'mu'] as const;
const MAX_PREFIXES = 3;
/** Shortest root accepted without the root list: most Indonesian roots have two syllables and four letters. */
const MIN_ROOT_LENGTH = 4;

/** Prefix–suffix pairs that do not form an Indonesian confix (ECS's invalid affix pairs, plus pe-…-kan/-i). */
const INVALID_PAIRS: Readonly<Record<PrefixType, readonly string[]>> = {
  be: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  me: ['an'],
  se: ['i', 'kan'],
  te: ['an'],
  // pe-/peN- make nouns (with -an); -kan and -i make verbs, so "pendidikan" is pendidik-an, not pendidi-kan.
  pe: ['i', 'kan'],
  per: [],
};
/** di- and me- are always the outermost prefix (diberdayakan, memperhatikan), never inside another. */
const OUTER_ONLY: ReadonlySet<PrefixType> = new Set(['di', 'me']);
/** Initial consonant clusters that Indonesian words (including loans) start with. */
const ONSETS = new Set(['bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kh', 'kl', 'kr', 'ng', 'ny', 'pl', 'pr', 'ps', 'sk', 'sl', 'sp', 'st', 'sw', 'sy', 'tr', 'str', 'skr', 'spr']);
/** Letter sequences that do not occur in Indonesian words: such a token is English (or a name) and left alone. */
const FOREIGN = /th|ph|sh|ck|ee|oo|tion|ght|[qx]|[^aeiou]e$/;

interface Analysis {
  root: string;
  prefixes: PrefixType[];
  suffix: '' | 'kan' | 'an' | 'i';
  /** Particles, possessives and derivational suffixes removed: more come first in ECS order. */
  suffixCount: number;
}

/** Stems one lowercase Indonesian word: "pendaftaran" → "daftar". Words with digits or foreign spelling are returned unchanged. */
export function stemIndonesian(word: string): string {
  if (word.length < MIN_ROOT_LENGTH || ROOT_WORDS.has(word) || !/^[a-z]+$/.test(word) || FOREIGN.test(word)) return word;
  let best: Analysis | undefined;
  for (const analysis of analyse(word)) {
    if (analysis.root === word || !isValid(analysis)) continue;
    if (ROOT_WORDS.has(analysis.root)) return analysis.root;
    if (isPlausibleRoot(analysis.root) && (!best || isBetter(analysis, best))) best = analysis;
  }
  return best?.root ?? word;
}

/** Every decomposition of the word, in ECS order: the most suffixes removed first. */
function analyse(word: string): Analysis[] {
  const analyses: Analysis[] = [];
  for (const split of suffixSplits(word)) {
    for (const path of prefixPaths(split.base, [])) {
      analyses.push({ root: path.root, prefixes: path.prefixes, suffix: split.suffix, suffixCount: split.count });
    }
  }
  return analyses;
}

interface SuffixSplit {
  base: string;
  suffix: Analysis['suffix'];
  count: number;
}

function suffixSplits(word: string): SuffixSplit[] {
  const inflected: { base: string; count: number }[] = [{ base: word, count: 0 }];
  for (const particle of PARTICLES) {
    if (word.endsWith(particle)) inflected.push({ base: word.slice(0, -particle.length), count: 1 });
  }
  for (const { base, count } of [...inflected]) {
    for (const possessive of POSSESSIVES) {
      if (base.endsWith(possessive)) inflected.push({ base: base.slice(0, -possessive.length), count: count + 1 });
    }
  }
  const splits: SuffixSplit[] = [];
  for (const { base, count } of inflected) {
    splits.push({ base, suffix: '', count });
    // -kan, and ECS's "restore the suffix" step: -kan may be a root ending in k plus -an (pendidikan).
    if (base.endsWith('kan')) splits.push({ base: base.slice(0, -3), suffix: 'kan', count: count + 1 });
    if (base.endsWith('an')) splits.push({ base: base.slice(0, -2), suffix: 'an', count: count + 1 });
    else if (base.endsWith('i')) splits.push({ base: base.slice(0, -1), suffix: 'i', count: count + 1 });
  }
  return splits.filter((split) => split.base.length >= 2).sort((a, b) => b.count - a.count);
}

function prefixPaths(word: string, removed: PrefixType[]): { root: string; prefixes: PrefixType[] }[] {
  const self = { root: word, prefixes: removed };
  if (removed.length >= MAX_PREFIXES) return [self];
  // Each prefix removal is followed by a root check before the next (ECS), so a path comes before its deeper ones.
  const paths = [self];
  for (const { type, rest } of removePrefix(word)) {
    if (removed.includes(type) || (removed.length > 0 && OUTER_ONLY.has(type))) continue;
    paths.push(...prefixPaths(rest, [...removed, type]));
  }
  return paths;
}

function isValid({ root, prefixes, suffix }: Analysis): boolean {
  const outer = prefixes[0];
  if (outer && suffix && INVALID_PAIRS[outer].includes(suffix)) return false;
  // -kan and -i make verbs, which carry a prefix except in the imperative: "berikan" only if "beri" is known.
  if (!outer && (suffix === 'kan' || suffix === 'i')) return ROOT_WORDS.has(root);
  return true;
}

/** A root the rules may produce without the root list: 4+ letters, two vowels (syllables), a possible onset. */
export function isPlausibleRoot(root: string): boolean {
  if (root.length < MIN_ROOT_LENGTH) return false;
  const vowels = root.match(/[aeiou]/g)?.length ?? 0;
  if (vowels < 2) return false;
  const onset = /^[^aeiou]*/.exec(root)?.[0] ?? '';
  return onset.length <= 1 || ONSETS.has(onset);
}

function isBetter(candidate: Analysis, best: Analysis): boolean {
  if (candidate.root.length !== best.root.length) return candidate.root.length < best.root.length;
  return candidate.prefixes.length > 0 && best.prefixes.length === 0;
}
