/**
 * Chooses the intent model by k-fold cross-validation on the training corpus only
 * (never the evaluation set): natural's naive Bayes and logistic regression against our
 * softmax regression, then the temperature and the out-of-scope refusal rule for the winner.
 *
 *   npx tsx scripts/intent-model-select.ts [--folds 5] [--natural-lr]
 *
 * natural's logistic regression trains on dense matrices and takes minutes per fold on the
 * whole corpus, so `--natural-lr` compares all models on a stratified subsample instead.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseCorpus } from "../intents/corpus.ts";
import { INTENTS, type Intent } from "../intents/intent-names.ts";
import {
  CLASSIFIER_DEFAULTS,
  MODEL_SETTINGS,
  crossValidate,
  decide,
  expectedCalibrationError,
  fitTemperature,
  negativeLogLikelihood,
  softmax,
  toExamples,
  trainNaturalBayes,
  trainNaturalLogisticRegression,
  trainSoftmaxRegression,
  type CrossValidationOptions,
  type Example,
  type Trainer,
} from "../intents/classifier/index.ts";
import { tokenize } from "../src/core/text/index.ts";

const { values: args } = parseArgs({
  options: {
    folds: { type: "string", default: "5" },
    "natural-lr": { type: "boolean", default: false },
  },
});
const folds = Number(args.folds);
const corpus = parseCorpus(
  JSON.parse(readFileSync(new URL("../intents/corpus.en.json", import.meta.url), "utf8")),
);
const labels: readonly string[] = INTENTS;
const OUT_OF_SCOPE = INTENTS.indexOf("out_of_scope");

const argmax = (row: Float64Array): number =>
  row.reduce((best, v, i) => (v > (row[best] ?? -Infinity) ? i : best), 0);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

interface Candidate {
  name: string;
  trainer: Trainer;
}

interface Result {
  name: string;
  scores: Float64Array[];
  accuracy: number;
  macroF1: number;
  temperature: number;
}

function macroF1(truth: readonly number[], predicted: readonly number[]): number {
  let total = 0;
  for (let c = 0; c < labels.length; c += 1) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    truth.forEach((t, i) => {
      if (predicted[i] === c && t === c) tp += 1;
      else if (predicted[i] === c) fp += 1;
      else if (t === c) fn += 1;
    });
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return total / labels.length;
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function evaluate(
  candidate: Candidate,
  examples: readonly Example[],
  tooClose?: CrossValidationOptions["tooClose"],
): Result {
  const truth = examples.map((example) => example.label);
  let scores: Float64Array[] = [];
  const cvMs = timeMs(
    () => (scores = crossValidate(examples, labels, candidate.trainer, { folds, tooClose })),
  );
  const predicted = scores.map(argmax);
  const accuracy = predicted.filter((p, i) => p === truth[i]).length / truth.length;
  const temperature = fitTemperature(scores, truth);
  const ece = (t: number) =>
    expectedCalibrationError(
      scores.map((row, i) => ({
        confidence: softmax(row, t)[predicted[i] ?? 0] ?? 0,
        correct: predicted[i] === truth[i],
      })),
    );
  let model: ReturnType<Trainer> | undefined;
  const trainMs = timeMs(() => (model = candidate.trainer(examples, labels)));
  const samples = examples.slice(0, 400).map((example) => example.features);
  const times = samples
    .map((features) => timeMs(() => model?.scores(features)))
    .sort((a, b) => a - b);
  const f1 = macroF1(truth, predicted);
  console.log(
    [
      candidate.name.padEnd(44),
      `acc ${pct(accuracy)}`,
      `macro-F1 ${pct(f1)}`,
      `NLL ${negativeLogLikelihood(scores, truth, 1).toFixed(3)} -> ${negativeLogLikelihood(scores, truth, temperature).toFixed(3)} (T=${temperature.toFixed(2)})`,
      `ECE ${ece(1).toFixed(3)} -> ${ece(temperature).toFixed(3)}`,
      `cv ${(cvMs / 1000).toFixed(1)} s`,
      `train ${trainMs.toFixed(0)} ms`,
      `score p50 ${((times[times.length >> 1] ?? 0) * 1000).toFixed(0)} us`,
    ].join("  "),
  );
  return { name: candidate.name, scores, accuracy, macroF1: f1, temperature };
}

/** Accuracy and calibration of the final decision (refusals included) for one refusal rule. */
function refusalReport(
  result: Result,
  examples: readonly Example[],
  temperature: number,
  threshold: number,
  margin: number,
) {
  const decisions = result.scores.map((row, i) => {
    const p = softmax(row, temperature);
    const ranking = INTENTS.map((intent, c) => ({
      intent: intent as Intent,
      score: p[c] ?? 0,
    })).sort((a, b) => b.score - a.score);
    const decision = decide(ranking, { threshold, margin });
    const truth = examples[i]?.label ?? 0;
    return { decision, truth, correct: INTENTS.indexOf(decision.intent) === truth };
  });
  const inScope = decisions.filter((d) => d.truth !== OUT_OF_SCOPE);
  const outOfScope = decisions.filter((d) => d.truth === OUT_OF_SCOPE);
  return {
    accuracy: decisions.filter((d) => d.correct).length / decisions.length,
    refusedInScope:
      inScope.filter((d) => d.decision.intent === "out_of_scope").length / inScope.length,
    outOfScopeRecall: outOfScope.filter((d) => d.correct).length / Math.max(1, outOfScope.length),
    ece: expectedCalibrationError(
      decisions.map((d) => ({ confidence: d.decision.confidence, correct: d.correct })),
    ),
  };
}

function subsample(examples: readonly Example[], perLabel: number): Example[] {
  const taken = new Map<number, number>();
  return examples.filter(({ label }) => {
    const n = taken.get(label) ?? 0;
    taken.set(label, n + 1);
    return n % Math.ceil(examples.filter((e) => e.label === label).length / perLabel) === 0;
  });
}

const all = toExamples(corpus);
console.log(
  `corpus: ${all.length} utterances, ${labels.length} intents; ${folds}-fold cross-validation\n`,
);
const candidates: Candidate[] = [
  { name: "natural Bayes (words, bigrams)", trainer: trainNaturalBayes() },
  {
    name: "natural Bayes (words, bigrams, char n-grams)",
    trainer: trainNaturalBayes({ chars: true }),
  },
  {
    name: "softmax regression (words, bigrams, chars)",
    trainer: trainSoftmaxRegression(MODEL_SETTINGS.training),
  },
];
const results = candidates.map((candidate) => evaluate(candidate, all));

if (args["natural-lr"]) {
  const small = subsample(all, 12);
  console.log(`\nsubsample for natural's logistic regression: ${small.length} utterances`);
  evaluate(
    {
      name: "natural logistic regression (words, bigrams)",
      trainer: trainNaturalLogisticRegression(),
    },
    small,
  );
  for (const candidate of candidates) evaluate(candidate, small);
}

const best = [...results].sort((a, b) => b.accuracy - a.accuracy || b.macroF1 - a.macroF1)[0];
if (best === undefined) throw new Error("no candidate was evaluated");
console.log(
  `\nchosen: ${best.name}; fitted temperature ${best.temperature.toFixed(2)} (default ${CLASSIFIER_DEFAULTS.temperature})`,
);
// Fresh messages share few words with the training corpus; so that held-out utterances do too,
// each fold's training leaves out utterances with token Jaccard similarity >= 0.5 to any of them.
const tokenSets = corpus.intents.flatMap((entry) =>
  entry.utterances.map((utterance) => new Set(tokenize(utterance))),
);
const jaccard = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
};
const tooClose = (heldOut: number, train: number): boolean =>
  jaccard(tokenSets[heldOut] ?? new Set(), tokenSets[train] ?? new Set()) >= 0.5;
console.log("\nheld-out utterances kept apart from similar training ones (token Jaccard < 0.5):");
const chosen = candidates.find((candidate) => candidate.name === best.name);
if (chosen) {
  const apart = evaluate(chosen, all, tooClose);
  const { temperature, threshold, margin } = CLASSIFIER_DEFAULTS;
  const r = refusalReport(apart, all, temperature, threshold, margin);
  console.log(
    `with the default refusal rule: accuracy ${pct(r.accuracy)}, in-scope refused ${pct(r.refusedInScope)}, out_of_scope recall ${pct(r.outOfScopeRecall)}, ECE ${r.ece.toFixed(3)}`,
  );
}

console.log(
  "\nrefusal rule (top probability < threshold or top-two margin < margin -> out_of_scope):",
);
console.log("threshold margin  accuracy  in-scope refused  out_of_scope recall  ECE");
for (const threshold of [0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
  for (const margin of [0, 0.05, 0.1, 0.15, 0.2]) {
    const r = refusalReport(best, all, CLASSIFIER_DEFAULTS.temperature, threshold, margin);
    const mark =
      threshold === CLASSIFIER_DEFAULTS.threshold && margin === CLASSIFIER_DEFAULTS.margin
        ? "  <- default"
        : "";
    console.log(
      `${threshold.toFixed(2).padStart(9)} ${margin.toFixed(2).padStart(6)}  ${pct(r.accuracy).padStart(8)}  ${pct(r.refusedInScope).padStart(16)}  ${pct(r.outOfScopeRecall).padStart(19)}  ${r.ece.toFixed(3)}${mark}`,
    );
  }
}
