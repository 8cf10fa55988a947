/**
 * Trains the learned facts model from `intents/facts-corpus.en.json` and saves it as
 * `intents/facts-model/model.en.json`, so the advisor starts without training.
 * Run after editing that corpus or the model settings; a unit test fails until you do:
 *
 *   npx tsx scripts/facts-model-build.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import {
  FactsCorpusSchema,
  factsModelKey,
  toSavedFactsModel,
  trainFactsModel,
} from "../intents/facts-model/index.ts";

const corpus = FactsCorpusSchema.parse(
  JSON.parse(readFileSync(new URL("../intents/facts-corpus.en.json", import.meta.url), "utf8")),
);
const started = performance.now();
const trained = trainFactsModel(corpus);
const trainingMs = performance.now() - started;
const saved = toSavedFactsModel(trained, factsModelKey(corpus));
const target = new URL("../intents/facts-model/model.en.json", import.meta.url);
writeFileSync(target, await format(JSON.stringify(saved), { parser: "json", printWidth: 100 }));
console.log(
  `trained on ${corpus.cases.length} messages in ${trainingMs.toFixed(0)} ms; ${saved.features.length} features -> ${target.pathname}`,
);
