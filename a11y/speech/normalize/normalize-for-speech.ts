// normalizeForSpeech: rewrites what a voice reads badly (numbers, rupiah, dates, times, phone numbers,
// acronyms, abbreviations, legal references, addresses, list markers) and keeps a map from every piece of
// spoken text back to the source, so the display keeps the original text and word highlighting follows
// the voice. Pure: no DOM, no Node. Each kind of token has its own module; this file only runs them.
import type { Language } from '../../../content/model/language.ts';
import type { SpokenText } from '../spoken-text.ts';
import { abbreviationRule } from './abbreviations.ts';
import { acronymRule } from './acronyms.ts';
import { currencyRule } from './currency.ts';
import { dateRule } from './dates.ts';
import { legalReferenceRule } from './legal-references.ts';
import { listMarkerRule } from './list-markers.ts';
import { numberRule } from './numbers.ts';
import { phoneNumberRule } from './phone-numbers.ts';
import { isWordChar, type Rule, type ScanContext } from './rule.ts';
import { SpokenBuilder } from './spoken-builder.ts';
import { speechLanguage } from './speech-language.ts';
import { symbolRule } from './symbols.ts';
import { timeRule } from './times.ts';
import { urlEmailRule } from './urls-emails.ts';

/**
 * The rules, most specific first: the first rule that matches at a position wins. Addresses, phone
 * numbers, dates and times come before plain numbers because they are made of numbers; abbreviations
 * and legal names come before acronyms because "UU", "No." and "RT/RW" are capitals too.
 */
const RULES: readonly Rule[] = [
  listMarkerRule,
  urlEmailRule,
  phoneNumberRule,
  dateRule,
  timeRule,
  currencyRule,
  legalReferenceRule,
  abbreviationRule,
  numberRule,
  acronymRule,
  symbolRule,
];

const SPACE = /\s/;

/** A rule may start where a word starts, or at any character that is not part of a word. */
function isTokenStart(source: string, index: number): boolean {
  return index === 0 || !isWordChar(source[index]) || !isWordChar(source[index - 1]);
}

/** Whitespace runs: dropped at the ends, one "\n" when they hold a line break, else one space. */
function sayWhitespace(source: string, start: number, builder: SpokenBuilder): number {
  let end = start;
  let hasLineBreak = false;
  while (end < source.length && SPACE.test(source[end]!)) {
    if (source[end] === '\n') hasLineBreak = true;
    end++;
  }
  // Line breaks are kept: they separate list items and headings, and the speech owner chunks by them.
  const spoken = builder.isEmpty || end === source.length ? '' : hasLineBreak ? '\n' : ' ';
  builder.say(start, end, spoken);
  return end;
}

function tryRules(context: ScanContext, at: number, builder: SpokenBuilder): number | null {
  for (const rule of RULES) {
    const rewrite = rule(context, at);
    if (!rewrite) continue;
    for (const part of rewrite.parts) builder.say(part.start, part.end, part.spoken);
    return rewrite.end;
  }
  return null;
}

/** Rewrites `text` for a voice speaking `lang`, with pieces mapping the spoken text back to `text`. */
export function normalizeForSpeech(text: string, lang: Language): SpokenText {
  const context: ScanContext = { source: text, lang: speechLanguage(lang) };
  const builder = new SpokenBuilder(text);
  let index = 0;
  while (index < text.length) {
    if (SPACE.test(text[index]!)) {
      index = sayWhitespace(text, index, builder);
      continue;
    }
    const end = isTokenStart(text, index) ? tryRules(context, index, builder) : null;
    if (end !== null && end > index) {
      index = end;
      continue;
    }
    // Nothing to rewrite: copy the whole word (rules never start inside one) or the single symbol.
    let next = index + 1;
    if (isWordChar(text[index])) while (next < text.length && isWordChar(text[next])) next++;
    builder.keep(index, next);
    index = next;
  }
  return builder.finish();
}
