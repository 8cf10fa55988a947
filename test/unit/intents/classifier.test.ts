import { beforeAll, describe, expect, it } from "vitest";
import corpusJson from "../../../intents/corpus.en.json" with { type: "json" };
import { CorpusError, parseCorpus, type Corpus } from "../../../intents/corpus.ts";
import { INTENTS, type Intent } from "../../../intents/intent-names.ts";
import {
  CLASSIFIER_DEFAULTS,
  MODEL_SETTINGS,
  createIntentClassifier,
  crossValidate,
  decide,
  expectedCalibrationError,
  softmax,
  toExamples,
  trainSoftmaxRegression,
  type IntentClassifier,
} from "../../../intents/classifier/index.ts";
import { tokenize } from "../../../src/core/text/index.ts";

/** Realistic messages that are not in the training corpus (checked below). */
const FRESH: [Intent, string][] = [
  ["greet", "yo, anyone there?"],
  ["greet", "hey, good afternoon"],
  ["greet", "morning all"],
  ["help", "what am i supposed to do here"],
  ["help", "how does this chat work"],
  ["restart", "start again pls"],
  ["restart", "can we wipe that and go from the top"],
  ["cancel", "stop this please"],
  ["cancel", "forget the questions"],
  ["goodbye", "cheers then, bye"],
  ["goodbye", "ok thanks, bye for now"],
  ["goodbye", "that's all, see you"],
  ["inform", "we've got around 45 staff"],
  ["inform", "there are two of us in IT"],
  ["inform", "our IT guy is swamped and about to quit"],
  ["inform", "we employ roughly 300 people across three sites"],
  ["dont_know", "no clue to be honest"],
  ["dont_know", "i'm not really sure about that"],
  ["ask_faq", "what's the difference between the two options"],
  ["ask_faq", "do you cover evenings and weekends"],
  ["ask_faq", "would you replace our IT person"],
  ["ask_recommendation", "what would you suggest for us"],
  ["ask_recommendation", "so which model suits us best"],
  ["ask_recommendation", "based on that what do you recommend"],
  ["handoff", "can i speak to a human"],
  ["handoff", "i'd like to book a call with someone"],
  ["handoff", "put me through to a real person"],
  ["affirm", "yep sounds good"],
  ["affirm", "sure, go ahead"],
  ["deny", "no not really"],
  ["deny", "nope, not at all"],
  ["out_of_scope", "can you book me a table for two tonight"],
  ["out_of_scope", "who will win the premier league"],
  ["out_of_scope", "write me a poem about cats"],
];

const GIBBERISH = ["asdfjkl", "sdkfjhsdf qwpoeiruty", "xqzvbw"];

let corpus: Corpus;
let classifier: IntentClassifier;

beforeAll(() => {
  corpus = parseCorpus(corpusJson);
  classifier = createIntentClassifier({ corpus });
});

describe("createIntentClassifier", () => {
  it("is tested on utterances the corpus does not contain", () => {
    const trained = new Set(
      corpus.intents.flatMap((entry) => entry.utterances.map((u) => tokenize(u).join(" "))),
    );
    const stale = [...FRESH.map(([, text]) => text), ...GIBBERISH].filter((text) =>
      trained.has(tokenize(text).join(" ")),
    );
    expect(stale).toEqual([]);
  });

  it.each(FRESH)("understands %s: %s", (intent, text) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each(GIBBERISH)("refuses keyboard mashing: %s", (text) => {
    expect(classifier.classify(text).intent).toBe("out_of_scope");
  });

  it("refuses empty and emoji-only text", () => {
    expect(classifier.classify("").intent).toBe("out_of_scope");
    expect(classifier.classify("👍").intent).toBe("out_of_scope");
  });

  it("ranks every intent once, by descending probability summing to 1", () => {
    const { ranking, confidence } = classifier.classify("we have 80 staff and one IT person");
    expect(ranking.map((entry) => entry.intent).sort()).toEqual([...INTENTS].sort());
    expect(ranking.reduce((sum, entry) => sum + entry.score, 0)).toBeCloseTo(1, 6);
    expect(
      ranking.every((entry, i) => i === 0 || (ranking[i - 1]?.score ?? 0) >= entry.score),
    ).toBe(true);
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it("turns a weak or contested winner into out_of_scope", () => {
    const strict = createIntentClassifier({ corpus, threshold: 0.999999, margin: 0 });
    const lenient = createIntentClassifier({ corpus, threshold: 0, margin: 0 });
    const text = "how much would fully managed cost us";
    expect(strict.classify(text).intent).toBe("out_of_scope");
    expect(lenient.classify(text).intent).toBe(lenient.classify(text).ranking[0]?.intent);
  });

  it("starts from the saved model, which matches the corpus (else run: npx tsx scripts/intent-model-build.ts)", () => {
    expect(classifier.source).toBe("prebuilt");
  });

  it("saved model agrees with a model trained now", () => {
    const trained = createIntentClassifier({ corpus, prebuilt: null });
    expect(trained.source).toBe("trained");
    for (const [, text] of FRESH) {
      const saved = classifier.classify(text).ranking;
      const fresh = trained.classify(text).ranking;
      for (const { intent, score } of saved) {
        expect(fresh.find((entry) => entry.intent === intent)?.score).toBeCloseTo(score, 2);
      }
    }
  });

  it("keeps held-out probabilities calibrated (5-fold ECE <= 0.10 at the default temperature)", () => {
    const examples = toExamples(corpus);
    const scores = crossValidate(
      examples,
      INTENTS,
      trainSoftmaxRegression(MODEL_SETTINGS.training),
    );
    const decisions = scores.map((row, i) => {
      const p = softmax(row, CLASSIFIER_DEFAULTS.temperature);
      const ranking = INTENTS.map((intent, c) => ({ intent, score: p[c] ?? 0 })).sort(
        (a, b) => b.score - a.score,
      );
      const decision = decide(ranking, CLASSIFIER_DEFAULTS);
      return {
        confidence: decision.confidence,
        correct: decision.intent === INTENTS[examples[i]?.label ?? -1],
      };
    });
    expect(expectedCalibrationError(decisions)).toBeLessThanOrEqual(0.1);
    expect(decisions.filter((d) => d.correct).length / decisions.length).toBeGreaterThan(0.7);
  });
});

describe("decide", () => {
  const ranking = (top: number, second: number) => [
    { intent: "affirm" as const, score: top },
    { intent: "deny" as const, score: second },
    { intent: "out_of_scope" as const, score: 1 - top - second },
  ];

  it("keeps a clear winner", () => {
    expect(decide(ranking(0.8, 0.1), { threshold: 0.4, margin: 0.05 })).toMatchObject({
      intent: "affirm",
      confidence: 0.8,
    });
  });

  it("refuses a weak winner and a close race", () => {
    expect(decide(ranking(0.35, 0.3), { threshold: 0.4, margin: 0 }).intent).toBe("out_of_scope");
    expect(decide(ranking(0.45, 0.42), { threshold: 0.4, margin: 0.05 }).intent).toBe(
      "out_of_scope",
    );
  });
});

describe("parseCorpus", () => {
  const base = (): { locale: string; intents: { intent: string; utterances: string[] }[] } =>
    structuredClone(corpusJson);

  it("accepts the training corpus", () => {
    expect(parseCorpus(corpusJson).intents).toHaveLength(INTENTS.length);
  });

  it("names an intent that is missing", () => {
    const json = base();
    json.intents = json.intents.filter((entry) => entry.intent !== "handoff");
    expect(() => parseCorpus(json)).toThrow(CorpusError);
    expect(() => parseCorpus(json)).toThrow(/handoff/);
  });

  it("names an intent with too few utterances", () => {
    const json = base();
    const greet = json.intents.find((entry) => entry.intent === "greet");
    if (greet) greet.utterances = greet.utterances.slice(0, 29);
    const error = catchError(() => parseCorpus(json));
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).toMatchObject({ intent: "greet" });
  });

  it("names an utterance that appears under two intents", () => {
    const json = base();
    const affirm = json.intents.find((entry) => entry.intent === "affirm");
    affirm?.utterances.push("  Talk to a HUMAN ");
    json.intents.find((entry) => entry.intent === "handoff")?.utterances.push("talk to a human");
    const error = catchError(() => parseCorpus(json));
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).utterance?.toLowerCase()).toContain("talk to a human");
    expect(error?.message).toMatch(/affirm|handoff/);
  });

  it("refuses an unknown intent and a malformed file", () => {
    const json = base();
    json.intents.push({ intent: "order_pizza", utterances: ["a large margherita"] });
    expect(() => parseCorpus(json)).toThrow(CorpusError);
    expect(() => parseCorpus(json)).toThrow(/order_pizza/);
    expect(() => parseCorpus({ locale: "en" })).toThrow(CorpusError);
  });
});

function catchError(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}
