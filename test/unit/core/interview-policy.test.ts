import { describe, expect, it } from "vitest";
import { coreComplete, nextQuestion } from "../../../src/core/interview/index.ts";
import type { Profile } from "../../../src/core/profile/index.ts";
import { createRecommender } from "../../../src/core/recommender/index.ts";

const recommender = createRecommender();
const recommend = (profile: Profile) => recommender.recommend(profile);
const next = (
  profile: Profile,
  progress: { questionsAsked?: number; signalQuestionsAsked?: number; skipped?: string[] } = {},
) =>
  nextQuestion(
    {
      profile,
      recommendation: recommend(profile),
      skipped: (progress.skipped ?? []) as never[],
      signalQuestionsAsked: progress.signalQuestionsAsked ?? 0,
      questionsAsked: progress.questionsAsked ?? 1,
    },
    recommend,
  );

describe("what the interview asks next", () => {
  it("opens with the organisation's size when nothing is known", () => {
    expect(next({}, { questionsAsked: 0 })).toBe("employees");
  });

  it("asks only core facts that are still unknown, never one answered with don't know", () => {
    const asked = next({ employees: 50, itStaff: null, skillsGaps: ["cloud"] });
    expect(asked).toBe("burnoutRisk");
    expect(
      next(
        { employees: 50, itStaff: 2, skillsGaps: null, burnoutRisk: null },
        { questionsAsked: 3 },
      ),
    ).not.toMatch(/^(employees|itStaff|skillsGaps|burnoutRisk)$/);
  });

  it("does not ask about an IT team's workload when there is no in-house IT", () => {
    expect(next({ employees: 15, itStaff: 0, skillsGaps: [] })).toBeNull();
    expect(coreComplete({ employees: 15, itStaff: 0, skillsGaps: [] }, [])).toBe(true);
  });

  it("goes straight to the recap when the visitor volunteered every core fact", () => {
    expect(
      next(
        { employees: 80, itStaff: 1, skillsGaps: ["cloud"], burnoutRisk: "high" },
        { questionsAsked: 0 },
      ),
    ).toBeNull();
  });

  it("asks a signal only when its answer could change the model, and stops after the limit", () => {
    const unsure: Profile = {
      employees: 60,
      itStaff: 3,
      skillsGaps: ["cloud"],
      burnoutRisk: "low",
    };
    const asked = next(unsure, { questionsAsked: 4 });
    expect(asked).toMatch(/^signals\./);
    const name = String(asked).slice("signals.".length);
    const models = [true, false].map(
      (answer) => recommend({ ...unsure, signals: { [name]: answer } }).model,
    );
    expect(models).toContain(recommend(unsure).model === "co-managed" ? "managed" : "co-managed");
    expect(next(unsure, { questionsAsked: 6, signalQuestionsAsked: 2 })).toBeNull();
  });

  it("moves past a question it gave up on", () => {
    expect(next({}, { skipped: ["employees"] })).not.toBe("employees");
  });
});
