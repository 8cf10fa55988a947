import { describe, expect, it } from "vitest";
import { evaluateFaq, type FaqGuess } from "../../../scripts/eval/faq-eval.ts";

describe("evaluateFaq", () => {
  const answers: Record<string, FaqGuess> = {
    "what does it cost": { id: "cost", confidence: 0.9 },
    "how much": { id: "contract", confidence: 0.6 },
    "how long is the contract": { id: "contract", confidence: 0.8 },
    "tell me a joke": { id: null, confidence: 0 },
    "weather in Leeds": { id: "sla", confidence: 0.5 },
  };
  const report = evaluateFaq(
    (question) => answers[question] ?? { id: null, confidence: 0 },
    [
      { text: "what does it cost", id: "cost" },
      { text: "how much", id: "cost" },
      { text: "how long is the contract", id: "contract" },
      { text: "tell me a joke", id: null },
      { text: "weather in Leeds", id: null },
    ],
    ["cost", "contract", "sla"],
  );

  it("scores in-scope top-1, out-of-scope rejection and overall accuracy", () => {
    expect(report.top1.value).toBeCloseTo(2 / 3, 10);
    expect(report.top1.verdict).toBe("MISS");
    expect(report.rejection.value).toBe(0.5);
    expect(report.overall).toBe(0.6);
  });

  it("tabulates each id and lists the misses", () => {
    expect(report.perId).toEqual([
      { id: "cost", questions: 2, correct: 1, accuracy: 0.5, falseHits: 0 },
      { id: "contract", questions: 1, correct: 1, accuracy: 1, falseHits: 1 },
      { id: "sla", questions: 0, correct: 0, accuracy: null, falseHits: 1 },
    ]);
    expect(report.misses).toEqual([
      { text: "how much", expected: "cost", got: "contract", confidence: 0.6 },
      { text: "weather in Leeds", expected: null, got: "sla", confidence: 0.5 },
    ]);
  });
});
