import { describe, expect, it } from "vitest";
import { mergeProfile, ProfileSchema } from "../../../src/core/profile/index.ts";

describe("mergeProfile", () => {
  it("replaces an earlier value with a correction and leaves other fields alone", () => {
    const { profile, issues } = mergeProfile({ employees: 80, itStaff: 1 }, { itStaff: 2 });
    expect(profile).toEqual({ employees: 80, itStaff: 2 });
    expect(issues).toEqual([]);
  });

  it("keeps unknown (absent), don't know (null) and no gaps ([]) apart", () => {
    const dontKnow = mergeProfile({}, { skills: { replace: null } }).profile;
    const noGaps = mergeProfile({}, { skills: { replace: [] } }).profile;
    expect(dontKnow).toEqual({ skillsGaps: null });
    expect(noGaps).toEqual({ skillsGaps: [] });
    expect("skillsGaps" in mergeProfile({}, {}).profile).toBe(false);
  });

  it("grows the skills list, removes from it, or replaces it", () => {
    const start = { skillsGaps: ["cybersecurity" as const] };
    expect(mergeProfile(start, { skills: { add: ["cloud"] } }).profile.skillsGaps).toEqual([
      "cybersecurity",
      "cloud",
    ]);
    expect(mergeProfile(start, { skills: { replace: ["backup"] } }).profile.skillsGaps).toEqual([
      "backup",
    ]);
    expect(
      mergeProfile(start, { skills: { remove: ["cybersecurity"] } }).profile.skillsGaps,
    ).toEqual([]);
  });

  it("rejects more IT staff than employees, keeping the earlier value", () => {
    const { profile, issues } = mergeProfile({ employees: 10, itStaff: 1 }, { itStaff: 40 });
    expect(profile.itStaff).toBe(1);
    expect(issues).toEqual([
      {
        field: "itStaff",
        code: "it-staff-exceeds-employees",
        value: 40,
        reason: expect.stringContaining("more IT staff"),
      },
    ]);
  });

  it("rejects negative and zero counts with a reason", () => {
    const { profile, issues } = mergeProfile({}, { employees: 0, itStaff: -2 });
    expect(profile).toEqual({});
    expect(issues.map((issue) => issue.field)).toEqual(["employees", "itStaff"]);
  });

  it("sets signals one by one without touching the others", () => {
    const { profile } = mergeProfile(
      { signals: { teamCapable: true } },
      { signals: { wantsControl: false } },
    );
    expect(profile.signals).toEqual({ teamCapable: true, wantsControl: false });
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });

  it("does not change the profile it was given", () => {
    const before = {
      employees: 50,
      skillsGaps: ["cloud" as const],
      signals: { teamCapable: true },
    };
    const copy = structuredClone(before);
    mergeProfile(before, {
      employees: 60,
      skills: { add: ["backup"] },
      signals: { teamCapable: false },
    });
    expect(before).toEqual(copy);
  });
});
