// The official elucidation (penjelasan) after the body. Its children are kept simple on purpose: one 'pasal'
// node per "Pasal N" it explains (flat, no ayat/huruf inside), so the reader can offer "penjelasan Pasal 7".
// "I. UMUM" and "II. PASAL DEMI PASAL" are put on their own lines but are not nodes (no node kind fits them).
import type { RegulationNode } from '../model/regulation.ts';
import type { UnitNumber } from './law-numbers.ts';
import { headingLineStart } from './heading-line.ts';
import type { LineBreaks } from './line-breaks.ts';
import { trimEnd } from './parse-lists.ts';
import { indexOrEnd, scanHeadingCandidates, type HeadingCandidate } from './scan-headings.ts';

/** Builds the penjelasan node for `from`..`to` (from = the "PENJELASAN" heading). */
export function parsePenjelasan(text: string, from: number, to: number, breaks: LineBreaks): RegulationNode {
  breaks.before(from);
  const label = text.startsWith('MEMORI', from) ? 'MEMORI PENJELASAN' : 'PENJELASAN';
  const labelEnd = from + label.length;
  const sections = breakSections(text, labelEnd, to, breaks);
  const headingEnd = Math.min(sections[0] ?? to, indexOrEnd(text, '\n', labelEnd), labelEnd + 400);
  const title = text.slice(labelEnd, headingEnd).trim().replace(/^[.:]\s*/, '');
  breaks.at(headingEnd);
  const bodyStart = Math.min(to, headingEnd + (/\s/.test(text[headingEnd] ?? '') ? 1 : 0));
  const node: RegulationNode = { kind: 'penjelasan', label, number: '', start: from, bodyStart, end: to, children: [] };
  if (title) node.title = title;
  node.children = explainedArticles(text, bodyStart, to, breaks);
  return node;
}

/** Splits "I. UMUM" and "II. PASAL DEMI PASAL" onto their own lines; returns their starts. */
function breakSections(text: string, from: number, to: number, breaks: LineBreaks): number[] {
  const starts: number[] = [];
  // "UMUM" alone also occurs in titles ("KETENTUAN UMUM DAN TATA CARA PERPAJAKAN"): there capitals follow it.
  const pattern = /\b(?:I ?\. ?UMUM\b|UMUM(?= ?[.:]| ?\n| [A-Z][a-z]|$)|(?:II ?\. ?)?PASAL ?DEMI[ -]?PASAL\b)/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to && starts.length < 2; match = pattern.exec(text)) {
    breaks.before(match.index);
    breaks.at(match.index + match[0].length);
    starts.push(match.index);
  }
  return starts;
}

/** The "Pasal N" headings of the elucidation, counting up (roman numbers of an amendment restart the count). */
function explainedArticles(text: string, from: number, to: number, breaks: LineBreaks): RegulationNode[] {
  const nodes: RegulationNode[] = [];
  let lastArabic: UnitNumber | undefined;
  let lastRoman: UnitNumber | undefined;
  for (const candidate of scanHeadingCandidates(text, from, to)) {
    if (candidate.kind !== 'pasal' || !isHeadingLike(candidate)) continue;
    const { number } = candidate;
    if (number.isRoman) {
      if (lastRoman && number.key <= lastRoman.key) continue;
      lastRoman = number;
      lastArabic = undefined;
    } else {
      const jump = candidate.placement === 'alone' ? 30 : 3;
      if (lastArabic && (number.key <= lastArabic.key || number.value - lastArabic.value > jump)) continue;
      lastArabic = number;
    }
    const start = Math.max(from, headingLineStart(text, candidate.start));
    const previous = nodes[nodes.length - 1];
    if (previous) previous.end = trimEnd(text, start, previous.bodyStart);
    breaks.before(start);
    breaks.at(candidate.labelEnd);
    let bodyStart = candidate.labelEnd;
    while (bodyStart < to && /\s/.test(text[bodyStart] ?? '')) bodyStart += 1;
    const { label } = candidate;
    nodes.push({ kind: 'pasal', label, number: number.normalized, start, bodyStart, end: to, children: [] });
  }
  const last = nodes[nodes.length - 1];
  if (last) last.end = trimEnd(text, to, last.bodyStart);
  return nodes;
}

function isHeadingLike(candidate: HeadingCandidate): boolean {
  if (candidate.placement === 'alone') return true;
  return candidate.placement !== 'mid-sentence' && candidate.reference !== 'strong';
}
