/**
 * Trains the intent model from `intents/corpus.en.json` and saves it as
 * `intents/classifier/model.en.json`, so the advisor starts without training.
 * Run after editing the corpus or the model settings; a unit test fails until you do:
 *
 *   npx tsx scripts/intent-model-build.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import { parseCorpus } from "../intents/corpus.ts";
import { INTENTS } from "../intents/intent-names.ts";
import {
  MODEL_SETTINGS,
  fitSoftmaxRegression,
  modelKey,
  toExamples,
  toIntentModel,
} from "../intents/classifier/index.ts";

const corpus = parseCorpus(
  JSON.parse(readFileSync(new URL("../intents/corpus.en.json", import.meta.url), "utf8")),
);
const started = performance.now();
const trained = fitSoftmaxRegression(toExamples(corpus), INTENTS, MODEL_SETTINGS.training);
const trainingMs = performance.now() - started;
const model = toIntentModel(trained, modelKey(corpus));
const target = new URL("../intents/classifier/model.en.json", import.meta.url);
writeFileSync(target, await format(JSON.stringify(model), { parser: "json", printWidth: 100 }));
console.log(
  `trained on ${corpus.intents.reduce((n, entry) => n + entry.utterances.length, 0)} utterances in ${trainingMs.toFixed(0)} ms; ${model.features.length} features -> ${target.pathname}`,
);
