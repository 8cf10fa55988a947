/**
 * Corrections of a count said earlier: "actually it's 5", "it's 5 actually", "no wait, 3", and
 * which of the known counts a bare correction most plausibly fixes.
 */
import { correctionBefore } from "./numbers.ts";
import type { NumberMention } from "./numbers.ts";
import { CORRECTION_MARKERS } from "./count-lexicon.ts";
import { longestPhraseAt, lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** The two headcount fields. */
export type CountField = "employees" | "itStaff";

/** "it's 5 actually", "well 2 now, Luke left": said after the number, it updates a known count. */
const TRAILING_CORRECTIONS = wordSet("actually sorry instead then rather now");

/** "actually it's 5" or "it's 5 actually": a correction marker just before or just after. */
export function correctionAround(tokens: readonly Token[], mention: NumberMention): boolean {
  if (correctionBefore(tokens, mention.first)) return true;
  // "more like 95", "closer to 100": the marker can be read as part of the number's qualifier.
  for (let k = Math.max(0, mention.first - 2); k < mention.end; k += 1)
    if (longestPhraseAt(tokens, k, CORRECTION_MARKERS) > 0) return true;
  const after = tokens[mention.end]?.kind === "sym" ? mention.end + 1 : mention.end;
  return TRAILING_CORRECTIONS.has(lowerAt(tokens, after));
}

/** A profile value as a number, or undefined when unknown or "don't know". */
export const numberOr = (value: number | null | undefined): number | undefined =>
  typeof value === "number" ? value : undefined;

/**
 * Which count a bare correction most plausibly fixes: the known one whose value it is closest to
 * (by ratio), provided it fits (IT staff never above employees).
 */
export function correctionTarget(
  value: number,
  known: { employees?: number | undefined; itStaff?: number | undefined },
): CountField | null {
  const fitsIt = known.employees === undefined || value <= known.employees;
  const fitsEmployees = value >= 1 && (known.itStaff === undefined || value >= known.itStaff);
  const distance = (a: number): number => Math.abs(Math.log((value + 1) / (a + 1)));
  const candidates: { field: CountField; distance: number }[] = [];
  if (known.employees !== undefined && fitsEmployees)
    candidates.push({ field: "employees", distance: distance(known.employees) });
  if (known.itStaff !== undefined && fitsIt)
    candidates.push({ field: "itStaff", distance: distance(known.itStaff) });
  candidates.sort((a, b) => a.distance - b.distance);
  const best = candidates[0];
  if (!best) return null;
  // With only one field known, a number ten times off is more likely the other field.
  if (candidates.length === 1 && best.distance > Math.log(10)) {
    if (best.field === "employees" && value < (known.employees ?? 0)) return "itStaff";
    if (best.field === "itStaff" && value > (known.itStaff ?? 0) && value >= 1) return "employees";
  }
  return best.field;
}
