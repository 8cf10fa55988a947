import { describe, expect, it } from "vitest";
import { summariseExtraction } from "../../../scripts/eval/extraction-eval.ts";
import {
  changedFacts,
  compareFacts,
  factMatches,
  flattenProfile,
  isApproximate,
  sumCounts,
  tallyFields,
} from "../../../scripts/eval/facts.ts";

describe("fact diff", () => {
  it("flattens signals to dotted paths and keeps nulls", () => {
    expect(
      flattenProfile({ employees: 40, burnoutRisk: null, signals: { wantsControl: false } }),
    ).toEqual({ employees: 40, burnoutRisk: null, "signals.wantsControl": false });
  });

  it("lists only what the message changed", () => {
    expect(changedFacts({ employees: 500, itStaff: 3 }, { employees: 50, itStaff: 3 })).toEqual({
      employees: 50,
    });
    expect(
      changedFacts(
        { signals: { wantsControl: false } },
        { itStaff: 0, signals: { wantsControl: true } },
      ),
    ).toEqual({ itStaff: 0, "signals.wantsControl": true });
    expect(changedFacts({}, { burnoutRisk: null })).toEqual({ burnoutRisk: null });
  });

  it("ignores reordered skills and removed fields", () => {
    expect(
      changedFacts({ skillsGaps: ["cloud", "backup"] }, { skillsGaps: ["backup", "cloud"] }),
    ).toEqual({});
    expect(changedFacts({ employees: 5 }, {})).toEqual({});
  });
});

describe("fact comparison", () => {
  it("allows 5% either way on hedged counts only", () => {
    expect(isApproximate("just under 60 people")).toBe(true);
    expect(isApproximate("about 60 people")).toBe(false);
    expect(factMatches("employees", 60, 57, true)).toBe(true);
    expect(factMatches("employees", 60, 63, true)).toBe(true);
    expect(factMatches("employees", 60, 56, true)).toBe(false);
    expect(factMatches("employees", 60, 57, false)).toBe(false);
    expect(factMatches("burnoutRisk", "high", "medium", true)).toBe(false);
  });

  it("compares skills as sets", () => {
    expect(factMatches("skillsGaps", ["cloud", "backup"], ["backup", "cloud"])).toBe(true);
    expect(factMatches("skillsGaps", ["cloud"], ["backup", "cloud"])).toBe(false);
    expect(factMatches("skillsGaps", null, [])).toBe(false);
  });

  it("sorts each field into matched, wrong, missed or invented", () => {
    const expected = {
      employees: 58,
      itStaff: 1,
      skillsGaps: ["cloud", "backup"],
      "signals.teamCapable": true,
    };
    const extracted = {
      employees: 60,
      itStaff: 2,
      skillsGaps: ["backup", "cloud"],
      burnoutRisk: "high",
    };
    expect(compareFacts(expected, extracted, true)).toEqual({
      matched: ["employees", "skillsGaps"],
      wrong: ["itStaff"],
      missed: ["signals.teamCapable"],
      invented: ["burnoutRisk"],
    });
  });

  it("counts a wrong value against both precision and recall", () => {
    const counts = tallyFields([
      { matched: ["employees"], wrong: ["itStaff"], missed: ["signals.teamCapable"], invented: [] },
      { matched: ["itStaff"], wrong: [], missed: [], invented: ["signals.wantsControl"] },
    ]);
    expect(counts.get("itStaff")).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
    });
    expect(counts.get("employees")).toEqual({
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
    });
    expect(sumCounts(counts, (field) => field.startsWith("signals."))).toEqual({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });
});

describe("extraction summary", () => {
  const outcome = (
    text: string,
    expected: Record<string, number>,
    extracted: Record<string, number>,
  ) => ({
    text,
    expected,
    extracted,
    comparison: compareFacts(expected, extracted),
  });

  it("scores fields and rates false extractions per case and per extracted fact", () => {
    const report = summariseExtraction([
      outcome("45 people, 2 in IT", { employees: 45, itStaff: 2 }, { employees: 45, itStaff: 2 }),
      outcome("we are 80", { employees: 80 }, { employees: 80, itStaff: 80 }),
      outcome("hello", {}, {}),
      outcome("about 30", { employees: 30 }, {}),
    ]);
    const row = (field: string) => report.fields.find((entry) => entry.field === field);
    // employees: 2 right, 1 missed. itStaff: 1 right, 1 invented. 4 facts heard, 3 right.
    expect(row("employees")?.precision.value).toBe(1);
    expect(row("employees")?.recall.value).toBeCloseTo(2 / 3, 10);
    expect(row("itStaff")?.precision.value).toBe(0.5);
    expect(row("itStaff")?.recall.value).toBe(1);
    expect(row("burnoutRisk")?.precision.verdict).toBe("n/a");
    expect(row("all fields")?.precision.value).toBe(0.75);
    expect(report.falseExtractions.count).toBe(1);
    expect(report.falseExtractions.perCase.value).toBe(0.25);
    expect(report.falseExtractions.perExtracted.value).toBe(0.25);
    expect(report.falseExtractions.list).toEqual([
      { text: "we are 80", field: "itStaff", value: 80 },
    ]);
    expect(report.errors).toEqual([{ text: "about 30", field: "employees", expected: 30 }]);
  });
});
