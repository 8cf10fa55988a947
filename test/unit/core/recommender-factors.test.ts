import { describe, expect, it } from "vitest";
import type { Profile } from "../../../src/core/profile/index.ts";
import {
  createRecommender,
  FACTOR_IDS,
  type FactorId,
  type Recommendation,
  type Side,
} from "../../../src/core/recommender/index.ts";
import { aProfile, type ProfileOverrides } from "../../support/fixtures.ts";

const recommender = createRecommender();

/** Signed position on the co-managed (+) / managed (-) axis. */
const lean = ({ model, confidence }: Recommendation): number =>
  model === "co-managed" ? confidence : model === "managed" ? -confidence : 0;

/** Neutral starting points: nothing known yet, and an adequately staffed team with no issues. */
const NOTHING_KNOWN: Profile = {};
const QUIET_TEAM: Profile = { employees: 30, itStaff: 2 };
const BOTH = [NOTHING_KNOWN, QUIET_TEAM];

interface Row {
  factor: Exclude<FactorId, "stepping-stone">;
  favours: Side;
  fact: string;
  patch: ProfileOverrides;
  from: readonly Profile[];
}

const ROWS: readonly Row[] = [
  {
    factor: "capable-team-under-pressure",
    favours: "co-managed",
    fact: "a capable team of 2 for 60 people",
    patch: { employees: 60, itStaff: 2, signals: { teamCapable: true } },
    from: [NOTHING_KNOWN],
  },
  {
    factor: "capable-team-under-pressure",
    favours: "co-managed",
    fact: "the team is called capable",
    patch: { signals: { teamCapable: true } },
    from: [QUIET_TEAM],
  },
  {
    factor: "recruitment-difficulty",
    favours: "co-managed",
    fact: "hiring is hard",
    patch: { signals: { recruitmentDifficulty: true } },
    from: BOTH,
  },
  {
    factor: "part-time-specialist-need",
    favours: "co-managed",
    fact: "specialists needed part time",
    patch: { signals: { specialistNeedPartTime: true } },
    from: BOTH,
  },
  {
    factor: "knowledge-retention",
    favours: "co-managed",
    fact: "knowledge is business critical",
    patch: { signals: { knowledgeRetentionCritical: true } },
    from: BOTH,
  },
  {
    factor: "knowledge-retention",
    favours: "co-managed",
    fact: "an IT person is leaving",
    patch: { signals: { itStaffLeaving: true } },
    from: BOTH,
  },
  {
    factor: "burnout-or-single-person",
    favours: "co-managed",
    fact: "burnout risk is high",
    patch: { burnoutRisk: "high" },
    from: BOTH,
  },
  {
    factor: "burnout-or-single-person",
    favours: "co-managed",
    fact: "IT rests on one person",
    patch: { signals: { singlePersonDependency: true } },
    from: BOTH,
  },
  {
    factor: "burnout-or-single-person",
    favours: "co-managed",
    fact: "there is exactly one IT person",
    patch: { itStaff: 1 },
    from: [NOTHING_KNOWN],
  },
  {
    factor: "wants-control",
    favours: "co-managed",
    fact: "wants to keep control",
    patch: { signals: { wantsControl: true } },
    from: BOTH,
  },
  {
    factor: "extra-capacity",
    favours: "co-managed",
    fact: "projects need extra hands",
    patch: { signals: { extraCapacityNeeded: true } },
    from: BOTH,
  },
  {
    factor: "it-is-strategic",
    favours: "co-managed",
    fact: "IT is a differentiator",
    patch: { signals: { itIsStrategic: true } },
    from: BOTH,
  },
  {
    factor: "skills-gaps-with-team",
    favours: "co-managed",
    fact: "the team has a security gap",
    patch: { skillsGaps: ["cybersecurity"] },
    from: [QUIET_TEAM],
  },
  {
    factor: "no-internal-it",
    favours: "managed",
    fact: "there are no IT staff",
    patch: { itStaff: 0 },
    from: BOTH,
  },
  {
    factor: "it-not-delivering-value",
    favours: "managed",
    fact: "in-house IT no longer delivers value",
    patch: { signals: { itNotDeliveringValue: true } },
    from: BOTH,
  },
  {
    factor: "resources-constrained",
    favours: "managed",
    fact: "resources hold the business back",
    patch: { signals: { resourcesConstrained: true } },
    from: BOTH,
  },
  {
    factor: "support-inconsistent",
    favours: "managed",
    fact: "support depends on who is around",
    patch: { signals: { supportInconsistent: true } },
    from: BOTH,
  },
  {
    factor: "security-compliance-risk",
    favours: "managed",
    fact: "security risk is rising",
    patch: { signals: { securityComplianceRisk: true } },
    from: BOTH,
  },
  {
    factor: "unpredictable-costs",
    favours: "managed",
    fact: "costs are unpredictable",
    patch: { signals: { unpredictableCosts: true } },
    from: BOTH,
  },
  {
    factor: "prefers-handover",
    favours: "managed",
    fact: "would rather hand IT over",
    patch: { signals: { wantsControl: false } },
    from: BOTH,
  },
  {
    factor: "it-not-strategic",
    favours: "managed",
    fact: "IT is not a differentiator",
    patch: { signals: { itIsStrategic: false } },
    from: BOTH,
  },
];

const CASES = ROWS.flatMap((row) =>
  row.from.map((base) => ({ ...row, base, label: `${row.fact} (from ${JSON.stringify(base)})` })),
);

describe("each fact on its own moves the recommendation the way the article says", () => {
  it("covers every scored FactorId", () => {
    const covered = new Set<FactorId>([...ROWS.map((row) => row.factor), "stepping-stone"]);
    expect([...covered].sort()).toEqual([...FACTOR_IDS].sort());
  });

  it.each(CASES)("$factor: $label", ({ factor, favours, patch, base }) => {
    const before = recommender.recommend(base);
    const after = recommender.recommend(aProfile(patch, base));

    expect(after.reasons).toContainEqual(expect.objectContaining({ factor, favours }));
    if (favours === "co-managed") expect(lean(after)).toBeGreaterThan(lean(before));
    else expect(lean(after)).toBeLessThan(lean(before));
  });
});
