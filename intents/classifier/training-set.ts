import type { Corpus } from "../corpus.ts";
import { INTENTS } from "../intent-names.ts";
import { toFeatures } from "./features.ts";
import type { Example } from "./model.ts";

/** The corpus as labelled feature vectors; labels index {@link INTENTS}. */
export function toExamples(corpus: Corpus): Example[] {
  return corpus.intents.flatMap(({ intent, utterances }) =>
    utterances.map((text) => ({ features: toFeatures(text), label: INTENTS.indexOf(intent) })),
  );
}
