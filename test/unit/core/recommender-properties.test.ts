import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BURNOUT_LEVELS,
  PROFILE_PATHS,
  SIGNAL_NAMES,
  SKILL_AREAS,
  type Profile,
  type ProfilePath,
  type SignalName,
} from "../../../src/core/profile/index.ts";
import {
  createRecommender,
  RecommendationSchema,
  type Recommendation,
} from "../../../src/core/recommender/index.ts";

const { recommend } = createRecommender();
const RUNS = { numRuns: 300, seed: 20240611 };

/** A field is absent (unknown), `null` (don't know) or a value. */
const field = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });

const signalsArb = fc.record(
  Object.fromEntries(SIGNAL_NAMES.map((name) => [name, field(fc.boolean())])) as {
    [K in SignalName]: fc.Arbitrary<boolean | null>;
  },
  { requiredKeys: [] },
);

/** Valid profiles as the advisor can build them: never more IT staff than employees. */
const profileArb: fc.Arbitrary<Profile> = fc
  .record(
    {
      employees: field(fc.integer({ min: 1, max: 2000 })),
      itStaff: field(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 80 }))),
      skillsGaps: field(fc.uniqueArray(fc.constantFrom(...SKILL_AREAS))),
      burnoutRisk: field(fc.constantFrom(...BURNOUT_LEVELS)),
      signals: signalsArb,
    },
    { requiredKeys: [] },
  )
  .filter(
    (p) =>
      typeof p.employees !== "number" || typeof p.itStaff !== "number" || p.itStaff <= p.employees,
  );

const isAbsent = (profile: Profile, path: ProfilePath): boolean =>
  path.startsWith("signals.")
    ? profile.signals?.[path.slice(8) as SignalName] === undefined
    : profile[path as Exclude<keyof Profile, "signals">] === undefined;

const isNull = (profile: Profile, path: ProfilePath): boolean =>
  path.startsWith("signals.")
    ? profile.signals?.[path.slice(8) as SignalName] === null
    : profile[path as Exclude<keyof Profile, "signals">] === null;

/** Generous extreme answers for a path, kept consistent with the rest of the profile. */
function extremeAnswers(profile: Profile, path: ProfilePath): Profile[] {
  const employees = typeof profile.employees === "number" ? profile.employees : undefined;
  const itStaff = typeof profile.itStaff === "number" ? profile.itStaff : undefined;
  const set = (value: unknown): Profile =>
    path.startsWith("signals.")
      ? { ...profile, signals: { ...profile.signals, [path.slice(8)]: value } }
      : { ...profile, [path]: value };
  switch (path) {
    case "employees":
      return [1, 5, 10, 25, 100, 1000, itStaff ?? 1, (itStaff ?? 1) * 53]
        .filter((n) => n >= Math.max(1, itStaff ?? 0))
        .map(set);
    case "itStaff":
      return [0, 1, 2, 3, 5, Math.ceil((employees ?? 18) / 18)]
        .filter((n) => employees === undefined || n <= employees)
        .map(set);
    case "skillsGaps":
      return [set([]), set([...SKILL_AREAS])];
    case "burnoutRisk":
      return BURNOUT_LEVELS.map(set);
    default:
      return [set(true), set(false)];
  }
}

const moves = (from: Recommendation, to: Recommendation): boolean =>
  to.model !== from.model || Math.abs(to.confidence - from.confidence) >= 0.1 - 1e-9;

describe("recommend over random valid profiles", () => {
  it("returns a schema-valid answer with reasons and a confidence below 1", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const rec = recommend(profile);
        expect(RecommendationSchema.parse(rec)).toEqual(rec);
        expect(rec.reasons.length).toBeGreaterThan(0);
        expect(rec.confidence).toBeGreaterThanOrEqual(0);
        expect(rec.confidence).toBeLessThan(1);
        const factors = rec.reasons.map((r) => r.factor);
        expect(new Set(factors).size).toBe(factors.length);
        expect(rec.responsibilities.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(recommend(structuredClone(profile))).toEqual(recommend(profile));
      }),
      RUNS,
    );
  });

  it("lists only unknown paths, never null or known ones, each once", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const { missing } = recommend(profile);
        expect(new Set(missing).size).toBe(missing.length);
        for (const path of missing) {
          expect(PROFILE_PATHS).toContain(path);
          expect(isNull(profile, path)).toBe(false);
          expect(isAbsent(profile, path)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("puts first a path whose extreme answer changes the model or moves confidence by 0.1", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const rec = recommend(profile);
        const first = rec.missing[0];
        if (first === undefined) return;
        const answers = extremeAnswers(profile, first).map(recommend);
        expect(answers.some((answer) => moves(rec, answer))).toBe(true);
      }),
      RUNS,
    );
  });

  it("lists no path whose answers would change nothing", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const rec = recommend(profile);
        for (const path of rec.missing) {
          const answers = extremeAnswers(profile, path).map(recommend);
          expect(answers.some((answer) => moves(rec, answer))).toBe(true);
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it("moves towards the side a newly confirmed signal favours", () => {
    const towardsCoManaged: readonly [SignalName, boolean][] = [
      ["teamCapable", true],
      ["recruitmentDifficulty", true],
      ["specialistNeedPartTime", true],
      ["knowledgeRetentionCritical", true],
      ["singlePersonDependency", true],
      ["wantsControl", true],
      ["itIsStrategic", true],
      ["extraCapacityNeeded", true],
    ];
    const towardsManaged: readonly [SignalName, boolean][] = [
      ["itNotDeliveringValue", true],
      ["resourcesConstrained", true],
      ["supportInconsistent", true],
      ["securityComplianceRisk", true],
      ["unpredictableCosts", true],
      ["wantsControl", false],
      ["itIsStrategic", false],
    ];
    const lean = ({ model, confidence }: Recommendation): number =>
      model === "co-managed" ? confidence : -confidence;
    const cases = [
      ...towardsCoManaged.map(([name, value]) => ({ name, value, sign: 1 })),
      ...towardsManaged.map(([name, value]) => ({ name, value, sign: -1 })),
    ];
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...cases), (profile, { name, value, sign }) => {
        if (profile.signals?.[name] !== undefined) return;
        const before = recommend(profile);
        const after = recommend({ ...profile, signals: { ...profile.signals, [name]: value } });
        const path = "co-managed-then-managed";
        if (before.model === path || after.model === path) return;
        expect(sign * (lean(after) - lean(before))).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});
