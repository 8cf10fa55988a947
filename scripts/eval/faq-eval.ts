import type { FaqId } from "../../src/core/faq/index.ts";
import type { FaqEvalQuestion } from "./datasets.ts";
import { ratio } from "./metrics.ts";
import { judge, type Judged } from "./targets.ts";

/** The part of an FAQ answer the evaluation reads. */
export interface FaqGuess {
  id: FaqId | null;
  confidence: number;
}

/** One question answered with the wrong id, or answered when it should not have been. */
export interface FaqMiss {
  text: string;
  expected: FaqId | null;
  got: FaqId | null;
  confidence: number;
}

/** Results for one FAQ id; `falseHits` counts other questions that were given this id. */
export interface FaqIdRow {
  id: FaqId;
  questions: number;
  correct: number;
  accuracy: number | null;
  falseHits: number;
}

/** FAQ retrieval results over the held-out questions. */
export interface FaqReport {
  questions: number;
  inScope: number;
  outOfScope: number;
  top1: Judged;
  rejection: Judged;
  overall: number | null;
  perId: FaqIdRow[];
  misses: FaqMiss[];
}

/** Asks each question and scores the ids against the expected ones. */
export function evaluateFaq(
  ask: (question: string) => FaqGuess,
  questions: readonly FaqEvalQuestion[],
  ids: readonly FaqId[],
): FaqReport {
  const answered = questions.map((question) => ({ ...question, guess: ask(question.text) }));
  const isRight = (entry: (typeof answered)[number]): boolean => entry.guess.id === entry.id;
  const inScope = answered.filter((entry) => entry.id !== null);
  const outOfScope = answered.filter((entry) => entry.id === null);
  const perId = ids.map((id) => {
    const asked = inScope.filter((entry) => entry.id === id);
    const correct = asked.filter(isRight).length;
    return {
      id,
      questions: asked.length,
      correct,
      accuracy: ratio(correct, asked.length),
      falseHits: answered.filter((entry) => entry.guess.id === id && entry.id !== id).length,
    };
  });
  return {
    questions: answered.length,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    top1: judge(ratio(inScope.filter(isRight).length, inScope.length), "faqTop1"),
    rejection: judge(ratio(outOfScope.filter(isRight).length, outOfScope.length), "faqRejection"),
    overall: ratio(answered.filter(isRight).length, answered.length),
    perId,
    misses: answered
      .filter((entry) => !isRight(entry))
      .map((entry) => ({
        text: entry.text,
        expected: entry.id,
        got: entry.guess.id,
        confidence: entry.guess.confidence,
      })),
  };
}
