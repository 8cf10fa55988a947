import { describe, expect, it } from "vitest";
import type { SkillArea } from "../../../src/core/profile/index.ts";
import {
  createRecommender,
  DEFAULT_FACTORS,
  RecommendationSchema,
  RecommenderConfigError,
} from "../../../src/core/recommender/index.ts";
import { aProfile } from "../../support/fixtures.ts";

const recommender = createRecommender();
const recommend = recommender.recommend;

const EVERY_CO_MANAGED_SIGNAL = {
  teamCapable: true,
  recruitmentDifficulty: true,
  specialistNeedPartTime: true,
  knowledgeRetentionCritical: true,
  singlePersonDependency: true,
  wantsControl: true,
  itIsStrategic: true,
  extraCapacityNeeded: true,
} as const;

describe("recommend: clear cases", () => {
  it("recommends managed with high confidence when there is no internal IT", () => {
    const rec = recommend(aProfile({ itStaff: 0 }));
    expect(rec.model).toBe("managed");
    expect(rec.confidence).toBeGreaterThanOrEqual(0.7);
    expect(rec.reasons[0]?.factor).toBe("no-internal-it");
  });

  it("recommends managed for a firm of 8 with no IT staff", () => {
    const rec = recommend(aProfile({ employees: 8, itStaff: 0 }));
    expect(rec.model).toBe("managed");
    expect(rec.confidence).toBeGreaterThanOrEqual(0.7);
    expect(rec.reasons[0]?.text).toContain("8");
  });

  it("lets no internal IT outweigh every co-managed wish that needs no team", () => {
    const rec = recommend(
      aProfile({ employees: 40, itStaff: 0, signals: EVERY_CO_MANAGED_SIGNAL }),
    );
    expect(rec.model).toBe("managed");
    expect(rec.reasons[0]?.factor).toBe("no-internal-it");
  });

  it("recommends co-managed with high confidence for a capable team under pressure", () => {
    const rec = recommend(
      aProfile({
        employees: 80,
        itStaff: 2,
        skillsGaps: ["cybersecurity"],
        burnoutRisk: "medium",
        signals: { teamCapable: true, wantsControl: true },
      }),
    );
    expect(rec.model).toBe("co-managed");
    expect(rec.confidence).toBeGreaterThanOrEqual(0.7);
    expect(rec.reasons[0]?.factor).toBe("capable-team-under-pressure");
    expect(rec.reasons[0]?.text).toContain("80");
    expect(rec.responsibilities.join("\n")).toMatch(/cyber security/i);
  });

  it("personalises the single-person reason with the head count", () => {
    const rec = recommend(aProfile({ employees: 80, itStaff: 1 }));
    const reason = rec.reasons.find((r) => r.factor === "burnout-or-single-person");
    expect(reason?.text).toMatch(/one IT person .*80/);
  });
});

describe("recommend: the stepping stone (co-managed first, managed later)", () => {
  const leavingAndHandover = aProfile({
    employees: 40,
    itStaff: 1,
    signals: { itStaffLeaving: true, wantsControl: false },
  });

  it("suggests the path when the only IT person leaves and the firm would rather hand over", () => {
    const rec = recommend(leavingAndHandover);
    expect(rec.model).toBe("co-managed-then-managed");
    expect(rec.reasons[0]?.factor).toBe("stepping-stone");
    expect(rec.reasons.map((r) => r.favours)).toContain("managed");
    expect(rec.reasons.slice(1).map((r) => r.favours)).toContain("co-managed");
  });

  it("suggests the path when knowledge is critical but in-house IT no longer pays", () => {
    const rec = recommend(
      aProfile({
        employees: 60,
        itStaff: 2,
        signals: { knowledgeRetentionCritical: true, itNotDeliveringValue: true },
      }),
    );
    expect(rec.model).toBe("co-managed-then-managed");
  });

  it("suggests the path to a team whose firm would rather hand IT over, and says why", () => {
    const team = aProfile({ employees: 150, itStaff: 3, signals: { wantsControl: false } });
    const rec = recommend(team);
    expect(rec.model).toBe("co-managed-then-managed");
    expect(rec.reasons[0]?.text).toMatch(/team/i);
    expect(rec.reasons[0]?.text).not.toMatch(/one person/i);
    // Without the handover wish, the same team is plain co-managed territory.
    expect(recommend(aProfile({ signals: { wantsControl: undefined } }, team)).model).not.toBe(
      "co-managed-then-managed",
    );
  });

  it("hands a failing team's IT over outright when the firm would rather not run it", () => {
    const failing = aProfile({
      employees: 150,
      itStaff: 3,
      signals: {
        wantsControl: false,
        itNotDeliveringValue: true,
        supportInconsistent: true,
        unpredictableCosts: true,
      },
    });
    expect(recommend(failing).model).toBe("managed");
    // Knowledge that must not be lost still calls for the stepping stone.
    const critical = aProfile({ signals: { knowledgeRetentionCritical: true } }, failing);
    expect(recommend(critical).model).toBe("co-managed-then-managed");
  });

  it("suggests the path when the only IT person is leaving, unless the firm wants to keep IT", () => {
    const leaving = aProfile({ employees: 30, itStaff: 1, signals: { itStaffLeaving: true } });
    const rec = recommend(leaving);
    expect(rec.model).toBe("co-managed-then-managed");
    expect(rec.confidence).toBeGreaterThan(0.4);
    expect(rec.reasons[0]?.text).toMatch(/leaving/i);
    expect(recommend(aProfile({ signals: { wantsControl: true } }, leaving)).model).toBe(
      "co-managed",
    );
  });

  it("takes on the co-managed scope now and adds the handover", () => {
    const path = recommend(leavingAndHandover);
    const coManaged = recommend(aProfile({ signals: { wantsControl: true } }, leavingAndHandover));
    expect(coManaged.model).toBe("co-managed");
    expect(path.responsibilities.slice(0, coManaged.responsibilities.length)).toEqual(
      coManaged.responsibilities,
    );
    expect(path.responsibilities.length).toBeGreaterThan(coManaged.responsibilities.length);
  });

  it("does not offer the path when nobody is left in-house to learn from", () => {
    const rec = recommend(
      aProfile({ itStaff: 0, signals: { itStaffLeaving: true, wantsControl: false } }),
    );
    expect(rec.model).toBe("managed");
  });

  it("does not offer the path when the business wants to keep control", () => {
    const rec = recommend(
      aProfile({ itStaff: 1, signals: { itStaffLeaving: true, wantsControl: true } }),
    );
    expect(rec.model).toBe("co-managed");
  });
});

describe("recommend: unknowns", () => {
  it("gives an empty profile a reason, low confidence and itStaff as the first question", () => {
    const rec = recommend({});
    expect(RecommendationSchema.parse(rec)).toEqual(rec);
    expect(rec.reasons.length).toBeGreaterThan(0);
    expect(rec.confidence).toBeLessThanOrEqual(0.4);
    expect(rec.missing[0]).toBe("itStaff");
  });

  it("treats null (don't know) like unknown but never lists it as missing", () => {
    const dontKnow = aProfile({
      employees: null,
      itStaff: null,
      burnoutRisk: null,
      skillsGaps: null,
    });
    const rec = recommend(dontKnow);
    expect({ model: rec.model, confidence: rec.confidence }).toEqual({
      model: recommend({}).model,
      confidence: recommend({}).confidence,
    });
    expect(rec.missing).not.toContain("itStaff");
    expect(rec.missing).not.toContain("employees");
    expect(rec.missing).not.toContain("burnoutRisk");
    expect(rec.missing).not.toContain("skillsGaps");
  });

  it("does not ask whether IT rests on one person when there is no IT staff or a team of several", () => {
    for (const itStaff of [0, 4, 20]) {
      const rec = recommend(aProfile({ employees: 200, itStaff }));
      expect(rec.missing).not.toContain("signals.singlePersonDependency");
    }
  });

  it("asks a firm with no IT staff nothing about its IT team", () => {
    const rec = recommend(aProfile({ employees: 20, itStaff: 0 }));
    for (const path of [
      "signals.wantsControl",
      "signals.itNotDeliveringValue",
      "signals.itStaffLeaving",
      "signals.teamCapable",
    ] as const)
      expect(rec.missing).not.toContain(path);
  });

  it("never lists a known field as missing", () => {
    const rec = recommend(aProfile({ itStaff: 2, signals: { wantsControl: true } }));
    expect(rec.missing).not.toContain("itStaff");
    expect(rec.missing).not.toContain("signals.wantsControl");
  });

  it("raises confidence as facts pointing the same way arrive", () => {
    const steps = [
      aProfile({ itStaff: 2 }),
      aProfile({ itStaff: 2, employees: 80 }),
      aProfile({ itStaff: 2, employees: 80, signals: { teamCapable: true } }),
      aProfile({ itStaff: 2, employees: 80, signals: { teamCapable: true, wantsControl: true } }),
    ].map((profile) => recommend(profile).confidence);
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 1);
  });

  it("never claims certainty", () => {
    const rec = recommend(
      aProfile({
        employees: 500,
        itStaff: 2,
        burnoutRisk: "high",
        skillsGaps: ["cloud", "backup", "compliance"],
        signals: EVERY_CO_MANAGED_SIGNAL,
      }),
    );
    expect(rec.confidence).toBeLessThan(1);
  });
});

describe("recommend: responsibilities", () => {
  const team = { employees: 40, itStaff: 2, signals: { wantsControl: true } } as const;
  const scopeFor = (gap: SkillArea) =>
    recommend(aProfile({ ...team, skillsGaps: [gap] })).responsibilities.join("\n");

  it.each([
    ["cloud", /cloud/i],
    ["backup", /restore/i],
    ["compliance", /Cyber Essentials|ISO 27001/],
    ["strategy", /roadmap|vCIO/i],
    ["servicedesk", /service desk/i],
  ] as const)("matches a %s gap with the matching help", (gap, pattern) => {
    expect(scopeFor(gap)).toMatch(pattern);
  });

  it("always includes the shared desk and monitoring for co-managed", () => {
    const rec = recommend(aProfile(team));
    expect(rec.model).toBe("co-managed");
    expect(rec.responsibilities.join("\n")).toMatch(/shared service desk/i);
    expect(rec.responsibilities.join("\n")).toMatch(/monitoring/i);
  });

  it("takes on the full scope for managed, with accountability to service levels", () => {
    const rec = recommend(aProfile({ itStaff: 0 }));
    expect(rec.responsibilities.length).toBeGreaterThanOrEqual(7);
    expect(rec.responsibilities.join("\n")).toMatch(/service levels/i);
  });
});

describe("createRecommender", () => {
  it("gives the same answer for the same profile, from any instance", () => {
    const profile = aProfile({
      employees: 120,
      itStaff: 3,
      signals: { securityComplianceRisk: true },
    });
    const first = recommend(profile);
    expect(recommend(structuredClone(profile))).toEqual(first);
    expect(createRecommender().recommend(profile)).toEqual(first);
  });

  it("uses configured thresholds", () => {
    const profile = aProfile({ employees: 30, itStaff: 1 });
    const strict = createRecommender({ thresholds: { ratio: { adequate: 10, stretched: 20 } } });
    const text = (rec: ReturnType<typeof recommend>) =>
      rec.reasons.find((r) => r.factor === "capable-team-under-pressure")?.text ?? "";
    expect(text(strict.recommend(profile))).toContain("10");
    expect(strict.recommend(profile).confidence).toBeGreaterThan(recommend(profile).confidence);
  });

  it("still gives a reason when a custom rule table says nothing", () => {
    const silent = createRecommender({
      factors: DEFAULT_FACTORS.filter((f) => f.id !== "no-internal-it"),
    });
    expect(silent.recommend({}).reasons.length).toBeGreaterThan(0);
  });

  it("rejects inconsistent configuration with a typed error", () => {
    expect(() =>
      createRecommender({ thresholds: { confidence: { floor: 0.5, span: 0.5 } } }),
    ).toThrow(RecommenderConfigError);
    expect(() => createRecommender({ thresholds: { ratio: { adequate: 40 } } })).toThrow(
      RecommenderConfigError,
    );
    expect(() => createRecommender({ factors: [...DEFAULT_FACTORS, ...DEFAULT_FACTORS] })).toThrow(
      RecommenderConfigError,
    );
  });
});
