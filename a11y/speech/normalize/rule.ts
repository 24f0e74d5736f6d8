// The shape every rewriting rule shares, and the small look-around helpers rules use on the source text.
import type { SpeechLanguage } from './speech-language.ts';

/** One stretch of source, [start, end), and what to say for it; an empty `spoken` drops the stretch. */
export interface Part {
  start: number;
  end: number;
  spoken: string;
}

/** What a rule found at a position: the parts it says, in source order, and where scanning resumes. */
export interface Rewrite {
  end: number;
  parts: Part[];
}

/** What every rule may read. */
export interface ScanContext {
  source: string;
  lang: SpeechLanguage;
}

/** A rule tried where a token starts: a rewrite of the source from `at`, or null to let the next rule try. */
export type Rule = (context: ScanContext, at: number) => Rewrite | null;

/** A rewrite of a single stretch. */
export function single(start: number, end: number, spoken: string): Rewrite {
  return { end, parts: [{ start, end, spoken }] };
}

/** Runs a sticky (`y`) regular expression exactly at `at`. */
export function matchAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a letter or digit in any script. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Up to `length` characters of source just before `at` (for "is this number after 'pukul'?" checks). */
export function textBefore(source: string, at: number, length = 32): string {
  return source.slice(Math.max(0, at - length), at);
}

/** True when only spaces or tabs stand between the start of the line and `at`. */
export function isLineStart(source: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && (source[index] === ' ' || source[index] === '\t')) index--;
  return index < 0 || source[index] === '\n' || source[index] === '\r';
}

/** True when the last non-space character before `at` is ":" ("Menimbang : a. bahwa ..."). */
export function isAfterColon(source: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && (source[index] === ' ' || source[index] === '\t')) index--;
  return source[index] === ':';
}
