import type { Profile } from "../../src/core/profile/index.ts";

/** A value a profile field can hold; `null` is "said they don't know". */
export type FactValue = string | number | boolean | null | readonly string[];

/** Facts keyed by dotted profile path (`employees`, `signals.wantsControl`). */
export type Facts = Readonly<Record<string, FactValue>>;

/** Fields whose numbers may be approximate when the visitor hedged. */
const COUNT_FIELDS: ReadonlySet<string> = new Set(["employees", "itStaff"]);
/** Hedges after which a count within {@link APPROXIMATE_TOLERANCE} of the expected one is right. */
const HEDGE = /\b(just under|just over|nearly|almost)\b/i;
/** Relative tolerance for a hedged count ("just under 60" -> 57..63). */
export const APPROXIMATE_TOLERANCE = 0.05;

/** True when the text hedges a number, so counts are compared with a tolerance. */
export const isApproximate = (text: string): boolean => HEDGE.test(text);

/** Every field a profile holds, as dotted paths; `null` values count, absent ones do not. */
export function flattenProfile(profile: Profile): Record<string, FactValue> {
  const flat: Record<string, FactValue> = {};
  const { signals, ...fields } = profile;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) flat[key] = value as FactValue;
  }
  for (const [key, value] of Object.entries(signals ?? {})) {
    if (value !== undefined) flat[`signals.${key}`] = value;
  }
  return flat;
}

/** Lists compare as sorted sets; everything else by value. */
function sameValue(a: FactValue, b: FactValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = [...new Set(a)].sort();
    const right = [...new Set(b)].sort();
    return left.length === right.length && left.every((item, i) => item === right[i]);
  }
  return a === b;
}

/**
 * What a message added to the profile: each field the `after` profile holds with a value the
 * `before` profile did not have. Removed fields are not facts.
 */
export function changedFacts(before: Profile, after: Profile): Record<string, FactValue> {
  const old = flattenProfile(before);
  const changed: Record<string, FactValue> = {};
  for (const [field, value] of Object.entries(flattenProfile(after))) {
    const previous = old[field];
    if (previous === undefined || !sameValue(previous, value)) changed[field] = value;
  }
  return changed;
}

/** Whether an extracted value counts as the expected one (see {@link APPROXIMATE_TOLERANCE}). */
export function factMatches(
  field: string,
  expected: FactValue,
  extracted: FactValue,
  approximate = false,
): boolean {
  if (
    approximate &&
    COUNT_FIELDS.has(field) &&
    typeof expected === "number" &&
    typeof extracted === "number"
  ) {
    return Math.abs(extracted - expected) <= APPROXIMATE_TOLERANCE * expected;
  }
  return sameValue(expected, extracted);
}

/** How one case's extracted facts compare with the expected ones, field by field. */
export interface FactComparison {
  /** Said and heard right. */
  matched: string[];
  /** Said, but heard with another value (costs both precision and recall). */
  wrong: string[];
  /** Said, not heard. */
  missed: string[];
  /** Heard but never said: false extractions. */
  invented: string[];
}

/** Compares expected facts with extracted ones; fields are listed in sorted order. */
export function compareFacts(
  expected: Facts,
  extracted: Facts,
  approximate = false,
): FactComparison {
  const result: FactComparison = { matched: [], wrong: [], missed: [], invented: [] };
  const fields = [...new Set([...Object.keys(expected), ...Object.keys(extracted)])].sort();
  for (const field of fields) {
    const want = expected[field];
    const got = extracted[field];
    if (want === undefined && got !== undefined) result.invented.push(field);
    else if (want !== undefined && got === undefined) result.missed.push(field);
    else if (want !== undefined && got !== undefined) {
      (factMatches(field, want, got, approximate) ? result.matched : result.wrong).push(field);
    }
  }
  return result;
}

/** True-positive, false-positive and false-negative counts for one field or group of fields. */
export interface FieldCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Adds comparisons into per-field counts: a wrong value is a false positive and a false negative. */
export function tallyFields(comparisons: readonly FactComparison[]): Map<string, FieldCounts> {
  const counts = new Map<string, FieldCounts>();
  const at = (field: string): FieldCounts => {
    let entry = counts.get(field);
    if (!entry) {
      entry = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      counts.set(field, entry);
    }
    return entry;
  };
  for (const { matched, wrong, missed, invented } of comparisons) {
    for (const field of matched) at(field).truePositives += 1;
    for (const field of wrong) {
      at(field).falsePositives += 1;
      at(field).falseNegatives += 1;
    }
    for (const field of missed) at(field).falseNegatives += 1;
    for (const field of invented) at(field).falsePositives += 1;
  }
  return counts;
}

/** Sums the counts of the fields that pass `include` (e.g. every `signals.` field). */
export function sumCounts(
  counts: ReadonlyMap<string, FieldCounts>,
  include: (field: string) => boolean,
): FieldCounts {
  const total = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const [field, entry] of counts) {
    if (!include(field)) continue;
    total.truePositives += entry.truePositives;
    total.falsePositives += entry.falsePositives;
    total.falseNegatives += entry.falseNegatives;
  }
  return total;
}
