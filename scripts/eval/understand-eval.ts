import { INTENTS, type Intent } from "../../intents/intent-names.ts";
import type { FaqId } from "../../src/core/faq/index.ts";
import type { Profile, ProfilePath } from "../../src/core/profile/index.ts";
import type { Baseline } from "./baseline.ts";
import { calibrationBins, expectedCalibrationError, type CalibrationBin } from "./calibration.ts";
import type { UnderstandCase } from "./datasets.ts";
import { summariseExtraction, type ExtractionReport } from "./extraction-eval.ts";
import { changedFacts, compareFacts, isApproximate } from "./facts.ts";
import {
  accuracy,
  confusionMatrix,
  macroF1,
  perClassMetrics,
  ratio,
  type ClassMetrics,
  type ConfusionMatrix,
  type LabelPair,
} from "./metrics.ts";
import { judge, type Judged } from "./targets.ts";

/** The part of the understander's reply the evaluation reads. */
export interface Understanding {
  intent: Intent;
  confidence: number;
  profile: Profile;
  faq: { id: FaqId; confidence: number } | null;
}

/** The understander's entry point (`core.understander.understand`). */
export type Understand = (input: {
  text: string;
  profile?: Profile;
  expecting?: ProfilePath;
}) => Understanding;

/** A case whose intent (or FAQ id) came out wrong. */
export interface IntentMiss {
  text: string;
  expected: string;
  got: string;
  confidence: number;
}

/** Understanding results over the held-out cases. */
export interface UnderstandReport {
  cases: number;
  intent: {
    accuracy: number | null;
    macroF1: Judged;
    perIntent: ClassMetrics<Intent>[];
    confusion: ConfusionMatrix<Intent>;
    misses: IntentMiss[];
  };
  faqId: { cases: number; correct: number; accuracy: number | null; misses: IntentMiss[] };
  extraction: ExtractionReport;
  scope: {
    outOfScope: { cases: number; caught: number; recall: Judged };
    falseRejections: { inScope: number; rejected: number; rate: Judged };
    nonEnglish: { cases: number; caught: number; recall: Judged };
  };
  calibration: { error: Judged; bins: CalibrationBin[] };
  baseline: { name: string; accuracy: number | null; macroF1: number | null };
}

/** Runs every case through the understander (and the baseline) and scores the replies. */
export function evaluateUnderstanding(
  understand: Understand,
  cases: readonly UnderstandCase[],
  baseline: Baseline,
): UnderstandReport {
  const outcomes = cases.map((item) => {
    const before = item.profile ?? {};
    const input = {
      text: item.text,
      profile: before,
      ...(item.expecting && { expecting: item.expecting }),
    };
    const result = understand(input);
    const extracted = changedFacts(before, result.profile);
    return {
      item,
      result,
      extraction: {
        text: item.text,
        expected: item.facts,
        extracted,
        comparison: compareFacts(item.facts, extracted, isApproximate(item.text)),
      },
    };
  });
  const pairs: LabelPair<Intent>[] = outcomes.map(({ item, result }) => ({
    expected: item.intent,
    predicted: result.intent,
  }));
  const baselinePairs = cases.map((item) => ({
    expected: item.intent,
    predicted: baseline.classify(item.text),
  }));
  const scored = outcomes.map(({ item, result }) => ({
    confidence: result.confidence,
    correct: item.intent === result.intent,
  }));
  const withFaq = outcomes.filter(({ item }) => item.faq !== undefined);
  const faqMisses = withFaq
    .filter(({ item, result }) => result.faq?.id !== item.faq)
    .map(({ item, result }) => ({
      text: item.text,
      expected: item.faq ?? "-",
      got: result.faq?.id ?? `none (${result.intent})`,
      confidence: result.faq?.confidence ?? 0,
    }));
  const rejected = (outcome: (typeof outcomes)[number]): boolean =>
    outcome.result.intent === "out_of_scope";
  const outOfScope = outcomes.filter(({ item }) => item.intent === "out_of_scope");
  const inScope = outcomes.filter(({ item }) => item.intent !== "out_of_scope");
  const foreign = outcomes.filter(({ item }) => item.lang !== undefined);
  const caught = outOfScope.filter(rejected).length;
  const falselyRejected = inScope.filter(rejected).length;
  const foreignCaught = foreign.filter(rejected).length;

  return {
    cases: cases.length,
    intent: {
      accuracy: accuracy(pairs),
      macroF1: judge(macroF1(pairs, INTENTS), "intentMacroF1"),
      perIntent: perClassMetrics(pairs, INTENTS),
      confusion: confusionMatrix(pairs, INTENTS),
      misses: outcomes
        .filter(({ item, result }) => item.intent !== result.intent)
        .map(({ item, result }) => ({
          text: item.text,
          expected: item.intent,
          got: result.intent,
          confidence: result.confidence,
        })),
    },
    faqId: {
      cases: withFaq.length,
      correct: withFaq.length - faqMisses.length,
      accuracy: ratio(withFaq.length - faqMisses.length, withFaq.length),
      misses: faqMisses,
    },
    extraction: summariseExtraction(outcomes.map((outcome) => outcome.extraction)),
    scope: {
      outOfScope: {
        cases: outOfScope.length,
        caught,
        recall: judge(ratio(caught, outOfScope.length), "outOfScopeRecall"),
      },
      falseRejections: {
        inScope: inScope.length,
        rejected: falselyRejected,
        rate: judge(ratio(falselyRejected, inScope.length), "falseRejections"),
      },
      nonEnglish: {
        cases: foreign.length,
        caught: foreignCaught,
        recall: judge(ratio(foreignCaught, foreign.length), "outOfScopeRecall"),
      },
    },
    calibration: {
      error: judge(expectedCalibrationError(scored), "calibrationError"),
      bins: calibrationBins(scored),
    },
    baseline: {
      name: baseline.name,
      accuracy: accuracy(baselinePairs),
      macroF1: macroF1(baselinePairs, INTENTS),
    },
  };
}
