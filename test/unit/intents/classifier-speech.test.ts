import { describe, expect, it } from "vitest";
import corpusJson from "../../../intents/corpus.en.json" with { type: "json" };
import { createIntentClassifier } from "../../../intents/classifier/index.ts";
import { parseCorpus } from "../../../intents/corpus.ts";
import type { Intent } from "../../../intents/intent-names.ts";

const corpus = parseCorpus(corpusJson);
const classifier = createIntentClassifier({ corpus });
const corpusTexts = new Set(
  corpus.intents.flatMap((entry) => entry.utterances.map((text) => text.toLowerCase())),
);

/** Everyday replies mid-interview that must not restart, cancel or end the chat. */
const CASUAL: [string, Intent][] = [
  ["everything, honestly he's useless at it", "inform"],
  ["all of it, he's hopeless with computers", "inform"],
  ["yes, nicely summed up", "affirm"],
  ["yep, good job", "affirm"],
  ["I reckon so, yes", "affirm"],
  ["can we go back one", "help"],
  ["undo my answer please", "help"],
  ["erm what's this then", "help"],
  ["cheers, that's useful, I'll run it by the directors", "goodbye"],
];

/** Short acknowledgements read as a yes. */
const ACKNOWLEDGE = ["k", "ok", "cool", "spot on", "I think so", "noted, thanks"];

describe("classifier: casual speech mid-interview", () => {
  it("none of these examples is in the corpus", () => {
    for (const [text] of CASUAL) expect(corpusTexts.has(text.toLowerCase())).toBe(false);
  });

  it.each(CASUAL)("%s -> %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each(ACKNOWLEDGE)("%s is an acknowledgement, not an ending", (text) => {
    expect(classifier.classify(text).intent).toBe("affirm");
  });

  it.each(["he's useless", "well done", "go back to the previous question", "wots all this"])(
    "%s never restarts, cancels or says goodbye",
    (text) => {
      expect(["restart", "cancel", "goodbye"]).not.toContain(classifier.classify(text).intent);
    },
  );
});
