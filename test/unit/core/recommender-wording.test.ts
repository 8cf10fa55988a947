import { describe, expect, it } from "vitest";
import type { Profile } from "../../../src/core/profile/index.ts";
import { createRecommender } from "../../../src/core/recommender/index.ts";

const recommend = createRecommender().recommend;
const reasonTexts = (profile: Profile) => recommend(profile).reasons.map((reason) => reason.text);

describe("reasons say what the visitor said, not the opposite", () => {
  it("does not call a thinly staffed team under pressure when the visitor says it is fine", () => {
    const texts = reasonTexts({ employees: 300, itStaff: 5, burnoutRisk: "low" });
    expect(texts.join(" ")).not.toMatch(/under pressure/i);
    expect(texts.join(" ")).toMatch(/under control/);
  });

  it("still points out the thin ratio when nothing is said about workload", () => {
    const texts = reasonTexts({ employees: 300, itStaff: 5 });
    expect(texts.join(" ")).toMatch(/under pressure/i);
    expect(texts.join(" ")).toMatch(/firms under 500 staff/);
  });

  it("does not quote the small-firm survey norm as if it applied to a large firm", () => {
    const texts = reasonTexts({ employees: 2000, itStaff: 40 });
    expect(texts.join(" ")).not.toMatch(/firms under 500 staff/);
  });

  it("mentions an overloaded team's workload in one reason only", () => {
    const texts = reasonTexts({ employees: 120, itStaff: 3, burnoutRisk: "high" });
    const aboutWorkload = texts.filter((text) => /workload|rate the risk of burnout/i.test(text));
    expect(aboutWorkload).toHaveLength(1);
  });
});
