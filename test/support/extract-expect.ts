import { expect } from "vitest";
import type { Profile, ProfilePath, SkillArea } from "../../src/core/profile/index.ts";
import { extractFacts, extractHeadcount } from "../../intents/extract/index.ts";
import type { ExtractContext } from "../../intents/extract/index.ts";

/** Head counts a message should give; a field left out must stay unset. */
export interface ExpectedCounts {
  employees?: number;
  itStaff?: number;
}

export const aContext = (expecting?: ProfilePath, profile: Profile = {}): ExtractContext => ({
  profile,
  expecting,
});

/** Only the fields named in `expected` may be set, and to those values. */
export function expectCounts(
  text: string,
  expected: ExpectedCounts,
  ctx: ExtractContext = aContext(),
): void {
  const facts = extractHeadcount(text, ctx);
  expect({ employees: facts.employees, itStaff: facts.itStaff }).toEqual(expected);
}

/** The gaps a message adds (sorted), `[]` for "no gaps", undefined when it says nothing. */
export function gapsOf(text: string, extra: Partial<ExtractContext> = {}): SkillArea[] | undefined {
  const skills = extractFacts(text, { profile: {}, ...extra }).update.skills;
  if (!skills) return undefined;
  const areas = skills.replace ?? skills.add;
  return areas ? [...areas].sort() : undefined;
}

/** A context in which the visitor has already named these gaps. */
export const listed = (skillsGaps: Profile["skillsGaps"]): Partial<ExtractContext> => ({
  profile: { skillsGaps },
});
