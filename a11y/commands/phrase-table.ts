// The shape of a language's voice phrases. Phrases are written as the grammar sees them after normalising:
// lower case, no punctuation, hyphens as spaces ("pelan-pelan" is "pelan pelan"), apostrophes dropped
// ("I'm" is "im"). Each fixed entry's `key` is the catalogue key the kiosk will use for the visible hint of
// that phrase (its first phrase), so what a visitor sees is what they can say (STYLE.md §6).
import type { Language } from '../../content/model/language.ts';
import type { Command } from './command.ts';

/** Phrases that mean one fixed command. */
export interface FixedPhrases {
  key: string;
  command: Command;
  phrases: readonly string[];
}

/** Everything the grammar knows about one language. */
export interface PhraseTable {
  lang: Language;
  fixed: readonly FixedPhrases[];
  /** Politeness and hedges dropped at the start and end of an utterance ("tolong", "please", "saya mau"). */
  fillers: readonly string[];
  /** Hesitations dropped anywhere ("eh", "um"). */
  hesitations: readonly string[];
  search: {
    key: string;
    /** Words before the search text: "cari", "search for". */
    prefixes: readonly string[];
    /** Words that start a topic said on its own, searched as a whole ("program untuk penyandang disabilitas"). */
    topics: readonly string[];
  };
  open: {
    key: string;
    /** Words before the item number ("buka nomor", "open the"). */
    prefixes: readonly string[];
    /** Words that may follow it ("saja", "one"). */
    suffixes: readonly string[];
  };
  goTo: {
    key: string;
    /** Before "pasal": these also read it ("baca", "read"). */
    readPrefixes: readonly string[];
    /** Before "pasal": these only go there ("ke", "go to"). */
    prefixes: readonly string[];
    /** The word for Pasal ("pasal", "article"). */
    pasalWords: readonly string[];
    /** The word for ayat ("ayat", "paragraph"). */
    ayatWords: readonly string[];
  };
  /** What the kiosk offers when it did not understand (at most three are given). */
  suggestions: readonly string[];
}

/** Every phrase of `prefixes` followed by every phrase of `words` (for tables: "ganti ke" × "bahasa inggris"). */
export function combine(prefixes: readonly string[], words: readonly string[]): string[] {
  return prefixes.flatMap((prefix) => words.map((word) => (prefix ? `${prefix} ${word}` : word)));
}
