/** @module facts-model: a learned complement to the extraction rules for gaps, workload and signals. */
export { createFactsModel, type FactsModel, type FactsModelOptions } from "./create-facts-model.ts";
export { withLearnedFacts } from "./complement.ts";
export {
  FactsCorpusSchema,
  FactValueSchema,
  labelFor,
  type FactsCase,
  type FactsCorpus,
} from "./corpus.ts";
export type { LearnedFacts } from "./read-facts.ts";
export { readFacts } from "./read-facts.ts";
export { FACTS_MODEL_SETTINGS, FACTS_THRESHOLD } from "./settings.ts";
export { FACT_TASKS, NOT_SAID, taskName, type FactTask } from "./tasks.ts";
export { factsModelKey, toSavedFactsModel } from "./saved-model.ts";
export { trainFactsModel, type FactsWeights } from "./train.ts";
