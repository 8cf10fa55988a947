import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EVAL_FILES, loadFaqEval, loadUnderstandEval } from "../../../scripts/eval/datasets.ts";
import { FAQ_IDS } from "../../../src/core/faq/index.ts";
import { setJaccard, tokenize } from "../../../src/core/text/index.ts";

/** Token Jaccard at or above this makes two texts near-duplicates. */
const NEAR_DUPLICATE = 0.8;

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as unknown;

const corpus = z
  .object({ intents: z.array(z.object({ utterances: z.array(z.string()) })) })
  .parse(readJson("intents/corpus.en.json"))
  .intents.flatMap((intent) => intent.utterances);

/** Messages the learned facts model trains on. */
const factsCorpus = z
  .object({ cases: z.array(z.object({ text: z.string() })) })
  .parse(readJson("intents/facts-corpus.en.json"))
  .cases.map((item) => item.text);

const faqContent = z
  .object({
    entries: z.array(z.object({ question: z.string(), phrasings: z.array(z.string()) })),
    notAnswered: z.array(z.string()),
  })
  .parse(readJson("content/faq.en.json"));
const faqTexts = [
  ...faqContent.entries.flatMap((entry) => [entry.question, ...entry.phrasings]),
  ...faqContent.notAnswered,
];

const understandSet = loadUnderstandEval();
const freshSets = [
  EVAL_FILES.understandFresh,
  EVAL_FILES.understandFresh2,
  EVAL_FILES.understandFresh3,
].map((path) => ({
  path,
  set: loadUnderstandEval(path),
}));
const faqSet = loadFaqEval();

/** Each held-out text with the training text it nearly repeats (token-set Jaccard). */
function nearDuplicates(heldOut: readonly string[], training: readonly string[]): string[] {
  const seenSets = training.map((seen) => ({ seen, tokens: new Set(tokenize(seen)) }));
  return heldOut.flatMap((text) => {
    const tokens = new Set(tokenize(text));
    return seenSets
      .filter((item) => setJaccard(tokens, item.tokens) >= NEAR_DUPLICATE)
      .map(({ seen }) => `${JSON.stringify(text)} ~ ${JSON.stringify(seen)}`);
  });
}

describe("held-out sets stay apart from training data", () => {
  it("no understanding case nearly repeats a corpus utterance", () => {
    expect(
      nearDuplicates(
        understandSet.cases.map((item) => item.text),
        corpus,
      ),
    ).toEqual([]);
  });

  it.each(freshSets)("no case in $path nearly repeats a corpus utterance", ({ set }) => {
    expect(
      nearDuplicates(
        set.cases.map((item) => item.text),
        corpus,
      ),
    ).toEqual([]);
  });

  it.each([{ path: EVAL_FILES.understand, set: understandSet }, ...freshSets])(
    "no case in $path nearly repeats a message the facts model trains on",
    ({ set }) => {
      expect(
        nearDuplicates(
          set.cases.map((item) => item.text),
          factsCorpus,
        ),
      ).toEqual([]);
    },
  );

  it("no FAQ eval question nearly repeats a message the facts model trains on", () => {
    expect(
      nearDuplicates(
        faqSet.questions.map((item) => item.text),
        factsCorpus,
      ),
    ).toEqual([]);
  });

  it("no FAQ eval question nearly repeats an FAQ question or phrasing", () => {
    expect(
      nearDuplicates(
        faqSet.questions.map((item) => item.text),
        faqTexts,
      ),
    ).toEqual([]);
  });
});

describe("held-out sets are big enough", () => {
  it("has at least 150 understanding cases, 10 of them not in English", () => {
    expect(understandSet.cases.length).toBeGreaterThanOrEqual(150);
    expect(
      understandSet.cases.filter((item) => item.lang !== undefined).length,
    ).toBeGreaterThanOrEqual(10);
  });

  it("has at least 4 questions per FAQ id and 40 that no entry answers", () => {
    const thin = FAQ_IDS.filter(
      (id) => faqSet.questions.filter((item) => item.id === id).length < 4,
    );
    expect(thin).toEqual([]);
    expect(faqSet.questions.filter((item) => item.id === null).length).toBeGreaterThanOrEqual(40);
  });
});
