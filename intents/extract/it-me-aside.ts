/**
 * "IT = me (the owner)", "IT is me, the office manager", "IT is basically me - the MD": the
 * speaker does IT alongside another job, which counts as no IT staff (0).
 */
import { noItStaff, skip, type ItStaffPhrase } from "./it-staff-phrases.ts";
import { SIDE_ROLES } from "./it-side-jobs.ts";
import { longestPhraseAt, lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const IT_IS = wordSet("is 's = basically just only really literally mostly essentially");
const ME = wordSet("me myself");
const ASIDE = wordSet("( , - –");
const ROLE_DETERMINERS = wordSet("the a an as");

/** After "me" at `k`: "(the owner)", ", the office manager": the end of the role, or 0. */
export function sideRoleAfterMe(
  tokens: readonly Token[],
  it: readonly boolean[],
  k: number,
): number {
  if (!ME.has(lowerAt(tokens, k)) || !ASIDE.has(lowerAt(tokens, k + 1))) return 0;
  let r = k + 2;
  if (ROLE_DETERMINERS.has(lowerAt(tokens, r))) r += 1;
  if (it[r]) return 0;
  const role = longestPhraseAt(tokens, r, SIDE_ROLES);
  return role > 0 ? r + role : 0;
}

/** Finds the phrases in the header comment, left to right. */
export function findMeAsideRolePhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!it[i]) continue;
    const k = skip(tokens, i + 1, IT_IS, 4);
    if (k === i + 1) continue;
    const end = sideRoleAfterMe(tokens, it, k);
    if (end === 0) continue;
    found.push(noItStaff(i, end, { source: "side" }));
    i = end - 1;
  }
  return found;
}
