import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The folder of content files (copy, FAQ, service terms) and training data. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Reads a JSON file relative to the project root; parsing into a schema is the caller's job. */
export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(relativePath, `file://${ROOT}`), "utf8")) as unknown;
}

/** The content and data files the advisor loads at start. */
export const CONTENT_FILES = {
  faq: "content/faq.en.json",
  serviceTerms: "content/service-terms.json",
  copy: "content/copy.en.json",
  cardCopy: "content/cards.en.json",
  corpus: "intents/corpus.en.json",
  factsCorpus: "intents/facts-corpus.en.json",
} as const;
