import type { Finder, FinderCondition, FinderQuestion } from '../model/finder.ts';
import type { LocalizedText } from '../model/localized.ts';
import type { Item } from '../model/pack.ts';
import type { Program } from '../model/program.ts';

/** The answer that records "the visitor chose to skip this question". */
export const SKIP = 'skip';

/** The visitor's answers by question id: an option value, or SKIP. A question not in the record is not asked yet (also unknown). */
export type FinderAnswers = Readonly<Record<string, string>>;

/** How well a program fits: every condition known and holding, or holding except for skipped questions. */
export type FinderFit = 'yes' | 'maybe';

/** Why a program fits: the question, the visitor's answer, and the option's reason text ("Anda berusia 60 tahun ke atas"). */
export interface FinderReason {
  questionId: string;
  optionValue: string;
  reason: LocalizedText;
}

/** One program the finder suggests. */
export interface FinderMatch {
  programId: string;
  program: Program;
  fit: FinderFit;
  /** The answers that make it fit, in question order. */
  reasons: FinderReason[];
  /** Questions (skipped or not yet asked) to check before it is certain, in question order; empty when `fit` is 'yes'. */
  unknown: string[];
}

type Status = 'holds' | 'fails' | 'unknown';

/**
 * The programs that fit the answers: 'yes' first, then 'maybe', each in pack order. A program fits when every
 * `all` condition holds and, if it has `any` conditions, at least one does. A condition on a question that was
 * skipped is unknown, not false, so the program stays in as 'maybe'; only a definite "no" leaves it out.
 * Programs without a finder rule are never listed; an empty rule fits everyone.
 */
export function evaluateFinder(finder: Finder, items: readonly Item[], answers: FinderAnswers): FinderMatch[] {
  const order = new Map(finder.questions.map((question, position) => [question.id, position]));
  const byQuestionOrder = (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
  const matches: FinderMatch[] = [];
  for (const item of items) {
    if (item.kind !== 'program' || !item.finderRule) continue;
    const all = item.finderRule.all.map((condition) => ({ condition, status: statusOf(condition, answers) }));
    const any = item.finderRule.any.map((condition) => ({ condition, status: statusOf(condition, answers) }));
    if (all.some(({ status }) => status === 'fails')) continue;
    const anyHolds = any.length === 0 || any.some(({ status }) => status === 'holds');
    if (!anyHolds && !any.some(({ status }) => status === 'unknown')) continue;
    const open = anyHolds ? all : [...all, ...any];
    const unknown = unique(open.filter(({ status }) => status === 'unknown').map(({ condition }) => condition.question)).sort(byQuestionOrder);
    const holding = [...all, ...any].filter(({ status }) => status === 'holds').map(({ condition }) => condition.question);
    const reasons = unique(holding)
      .sort(byQuestionOrder)
      .flatMap((questionId) => reasonFor(finder, questionId, answers[questionId] ?? ''));
    matches.push({ programId: item.id, program: item, fit: unknown.length === 0 ? 'yes' : 'maybe', reasons, unknown });
  }
  // Array.prototype.sort is stable, so pack order stays within each fit.
  return matches.sort((a, b) => Number(a.fit === 'maybe') - Number(b.fit === 'maybe'));
}

/**
 * The next question worth asking, or undefined when done. Without programs: the first question not yet answered
 * or skipped. With programs: the first such question that some 'maybe' program still depends on, since no
 * other answer can change the list (a 'yes' is settled and a program left out stays out).
 */
export function nextQuestion(finder: Finder, answers: FinderAnswers, items?: readonly Item[]): FinderQuestion | undefined {
  const open = finder.questions.filter((question) => !(question.id in answers));
  if (!items) return open[0];
  const needed = new Set(evaluateFinder(finder, items, answers).flatMap((match) => match.unknown));
  return open.find((question) => needed.has(question.id));
}

function statusOf(condition: FinderCondition, answers: FinderAnswers): Status {
  const answer = answers[condition.question];
  if (answer === undefined || answer === SKIP) return 'unknown';
  return condition.anyOf.includes(answer) ? 'holds' : 'fails';
}

function reasonFor(finder: Finder, questionId: string, value: string): FinderReason[] {
  const option = finder.questions.find((question) => question.id === questionId)?.options.find((candidate) => candidate.value === value);
  return option ? [{ questionId, optionValue: value, reason: option.reason }] : [];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
