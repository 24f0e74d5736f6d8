import type { z } from 'zod';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packSchema, type Pack } from '../model/pack.ts';

/** Why a pack was refused, in terms a message can name: the item (by id and position) and the field. */
export interface PackProblem {
  /** What kind of problem: the string catalogue turns it into a sentence. */
  code: 'not-json' | 'not-a-pack' | 'newer-format' | 'invalid-field' | 'duplicate-id' | 'unknown-finder-answer';
  /** Position of the item in `items`, when the problem is inside an item. */
  itemIndex?: number;
  /** The item's id, when it has a readable one. */
  itemId?: string;
  /** The field inside the item (or the pack), dotted: "name.id", "howToApply.2.id". */
  field?: string;
  /** A detail for developers and staff (schema wording, in English). */
  detail: string;
}

/** The result of reading a pack: the pack, or every problem found (the kiosk then keeps what it had). */
export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Most problems worth listing: a pack broken everywhere still gets a readable message. */
const MAX_PROBLEMS = 20;

/** Reads a pack from JSON text. */
export function parsePackJson(text: string): PackResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  return validatePack(data);
}

/** Validates parsed JSON as a pack: schema, unique ids, and finder rules that name real questions and answers. */
export function validatePack(data: unknown): PackResult {
  const header = checkHeader(data);
  if (header) return { ok: false, problems: [header] };
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, data) };
  const problems = [...findDuplicateIds(parsed.data), ...findUnknownFinderAnswers(parsed.data)];
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, pack: parsed.data };
}

function checkHeader(data: unknown): PackProblem | undefined {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PACK_FORMAT) {
    return { code: 'not-a-pack', detail: `expected an object with "format": "${PACK_FORMAT}"` };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PACK_FORMAT_VERSION) {
    return { code: 'newer-format', detail: `pack format ${version}; this kiosk reads format ${PACK_FORMAT_VERSION}` };
  }
  return undefined;
}

function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): PackProblem[] {
  return issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = issue.path.map(String);
    if (path[0] === 'items' && path[1] !== undefined) {
      const itemIndex = Number(path[1]);
      return {
        code: 'invalid-field',
        itemIndex,
        itemId: readItemId(data, itemIndex),
        field: path.slice(2).join('.') || undefined,
        detail: issue.message,
      };
    }
    return { code: 'invalid-field', field: path.join('.') || undefined, detail: issue.message };
  });
}

function readItemId(data: unknown, index: number): string | undefined {
  const items = (data as { items?: unknown }).items;
  const item = Array.isArray(items) ? (items[index] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' && item.id.length > 0 ? item.id : undefined;
}

function findDuplicateIds(pack: Pack): PackProblem[] {
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  pack.items.forEach((item, itemIndex) => {
    if (seen.has(item.id)) {
      problems.push({ code: 'duplicate-id', itemIndex, itemId: item.id, field: 'id', detail: `id "${item.id}" is used twice` });
    }
    seen.add(item.id);
  });
  return problems;
}

function findUnknownFinderAnswers(pack: Pack): PackProblem[] {
  const answers = new Map(pack.finder.questions.map((question) => [question.id, new Set(question.options.map((o) => o.value))]));
  const problems: PackProblem[] = [];
  pack.items.forEach((item, itemIndex) => {
    if (item.kind !== 'program' || !item.finderRule) return;
    for (const [group, conditions] of [['all', item.finderRule.all], ['any', item.finderRule.any]] as const) {
      conditions.forEach((condition, conditionIndex) => {
        const known = answers.get(condition.question);
        const unknown = known ? condition.anyOf.filter((value) => !known.has(value)) : [condition.question];
        if (unknown.length > 0) {
          problems.push({
            code: 'unknown-finder-answer',
            itemIndex,
            itemId: item.id,
            field: `finderRule.${group}.${conditionIndex}`,
            detail: `finder question "${condition.question}" has no answer ${unknown.map((v) => `"${v}"`).join(', ')}`,
          });
        }
      });
    }
  });
  return problems;
}
