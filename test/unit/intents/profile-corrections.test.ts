import { describe, expect, it } from "vitest";
import type { Profile } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";

const counts = (text: string, profile: Profile) => {
  const { update } = extractFacts(text, { profile });
  return { employees: update.employees, itStaff: update.itStaff };
};

describe("changes to counts the advisor already holds", () => {
  const held: Profile = { employees: 250, itStaff: 3 };

  it.each([
    ["typo, 25 not 250", { employees: 25 }],
    ["25, not 250 sorry", { employees: 25 }],
    ["250 should be 25", { employees: 25 }],
    ["not 250, 25", { employees: 25 }],
    ["it's 2 instead of 3", { itStaff: 2 }],
  ])("%j fixes the count that held the old figure", (text, fixed) => {
    expect(counts(text, held)).toEqual({ employees: undefined, itStaff: undefined, ...fixed });
  });

  it("moves the figure from a count that included someone it should not have", () => {
    expect(
      counts("sorry, 5 included the MSP bloke. it's 4 of us in-house", {
        employees: 100,
        itStaff: 5,
      }),
    ).toEqual({ employees: undefined, itStaff: 4 });
  });

  it.each([
    ["update: we've now lost our second guy", 2, 1],
    ["actually he left in June and we haven't replaced him yet", 1, 0],
    ["one of the lads has left", 3, 2],
    ["scrap that, the contractor doesn't count", 3, 2],
  ])("%j takes one off the IT team of %i", (text, before, after) => {
    expect(counts(text, { employees: 40, itStaff: before }).itStaff).toBe(after);
  });

  it.each([
    ["if he left we'd be stuck", 1],
    ["he left last year but we hired a replacement", 1],
    ["our IT manager is leaving in June", 2],
    ["we lost our biggest client last year", 2],
  ])("%j leaves the IT team as it was", (text, before) => {
    expect(counts(text, { employees: 40, itStaff: before }).itStaff).toBeUndefined();
  });

  it("changes nothing when the advisor holds no counts", () => {
    expect(counts("update: we've now lost our second guy", {})).toEqual({
      employees: undefined,
      itStaff: undefined,
    });
  });
});
