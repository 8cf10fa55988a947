import { describe, expect, it } from "vitest";
import { createIntentClassifier } from "../../../intents/classifier/index.ts";
import { parseCorpus } from "../../../intents/corpus.ts";
import {
  createFactsModel,
  factsModelKey,
  FACT_TASKS,
  FactsCorpusSchema,
  labelFor,
  toSavedFactsModel,
  trainFactsModel,
  withLearnedFacts,
  type FactsCorpus,
  type FactsModel,
  type LearnedFacts,
} from "../../../intents/facts-model/index.ts";
import { createUnderstander } from "../../../intents/understand.ts";
import { CONTENT_FILES, readJson } from "../../../src/app/content.ts";
import type { ProfileUpdate } from "../../../src/core/profile/index.ts";

const corpus = FactsCorpusSchema.parse(readJson(CONTENT_FILES.factsCorpus));

/** A small corpus: two ways of lacking a skill, said of several areas, and plain statements. */
const small: FactsCorpus = {
  description: "test",
  cases: [
    { text: "we are clueless about azure", facts: { skillsGaps: ["cloud"] } },
    { text: "we are clueless about backups", facts: { skillsGaps: ["backup"] } },
    { text: "we are clueless about security", facts: { skillsGaps: ["cybersecurity"] } },
    { text: "nobody gets the firewall", facts: { skillsGaps: ["networking"] } },
    { text: "nobody gets azure", facts: { skillsGaps: ["cloud"] } },
    { text: "nobody gets backups", facts: { skillsGaps: ["backup"] } },
    { text: "the firewall is fine", facts: {} },
    { text: "azure is fine", facts: {} },
    { text: "backups are fine", facts: {} },
    { text: "security is fine", facts: {} },
    { text: "we are a law firm", facts: {} },
    { text: "we are based in leeds", facts: {} },
  ],
};

const nothing: LearnedFacts = { skillsGaps: [], signals: {} };
const stub = (learned: LearnedFacts): FactsModel => ({ source: "trained", read: () => learned });

describe("the saved facts model", () => {
  it("matches the facts corpus (else run: npx tsx scripts/facts-model-build.ts)", () => {
    expect(createFactsModel({ corpus }).source).toBe("prebuilt");
  });

  it("is not used for another corpus, nor when damaged: the model is trained instead", () => {
    const other = toSavedFactsModel(trainFactsModel(small), factsModelKey(corpus));
    expect(createFactsModel({ corpus: small, prebuilt: other }).source).toBe("trained");
    const own = toSavedFactsModel(trainFactsModel(small), factsModelKey(small));
    expect(createFactsModel({ corpus: small, prebuilt: own }).source).toBe("prebuilt");
    const damaged = { ...own, weights: own.weights.slice(0, 40) };
    expect(createFactsModel({ corpus: small, prebuilt: damaged }).source).toBe("trained");
  });
});

describe("learning from labelled messages", () => {
  const model = createFactsModel({ corpus: small, prebuilt: null });

  it("reads a gap from wording close to what it was taught", () => {
    expect(model.read("honestly we are clueless about azure stuff").skillsGaps).toEqual(["cloud"]);
    expect(model.read("nobody here gets the firewall at all").skillsGaps).toEqual(["networking"]);
  });

  it("reads nothing from a message like those that said nothing", () => {
    expect(model.read("we are a charity in leeds")).toEqual(nothing);
  });
});

describe("what a labelled message can teach", () => {
  const task = (name: string) => {
    const found = FACT_TASKS.find((item) =>
      item.kind === "skill" ? `skill:${item.area}` === name : item.path === name,
    );
    if (!found) throw new Error(name);
    return found;
  };

  it("teaches nothing from a bare answer to the question it answers", () => {
    const item = { text: "yes", facts: { "signals.itStaffLeaving": true } };
    expect(labelFor(task("signals.itStaffLeaving"), item)).toBe("true");
    const answer = { ...item, expecting: "signals.itStaffLeaving" as const };
    expect(labelFor(task("signals.itStaffLeaving"), answer)).toBeUndefined();
    expect(labelFor(task("signals.teamCapable"), answer)).toBe("none");
  });

  it("teaches only the area a message adds to a known list", () => {
    const item = {
      text: "oh and backups too",
      facts: { skillsGaps: ["backup", "cloud"] },
      profile: { skillsGaps: ["cloud" as const] },
    };
    expect(labelFor(task("skill:backup"), item)).toBe("gap");
    expect(labelFor(task("skill:cloud"), item)).toBeUndefined();
    expect(labelFor(task("skill:networking"), item)).toBe("none");
  });

  it("labels the workload by its level", () => {
    expect(labelFor(task("burnoutRisk"), { text: "swamped", facts: { burnoutRisk: "high" } })).toBe(
      "high",
    );
    expect(labelFor(task("burnoutRisk"), { text: "no idea", facts: { burnoutRisk: null } })).toBe(
      "none",
    );
  });
});

describe("learned facts beside the rules", () => {
  const learned: LearnedFacts = {
    skillsGaps: ["cloud"],
    burnoutRisk: "high",
    signals: { singlePersonDependency: true, teamCapable: true, unpredictableCosts: true },
  };

  it("fill only what the rules and the profile leave unsaid", () => {
    const rules: ProfileUpdate = { burnoutRisk: "medium", signals: { unpredictableCosts: false } };
    expect(
      withLearnedFacts(rules, learned, { signals: { teamCapable: false } }, undefined),
    ).toEqual({
      skills: { add: ["cloud"] },
      burnoutRisk: "medium",
      signals: { unpredictableCosts: false, singlePersonDependency: true },
    });
  });

  it("leave the question just asked to the rules", () => {
    const update = withLearnedFacts({}, learned, {}, "burnoutRisk");
    expect(update.burnoutRisk).toBeUndefined();
    expect(withLearnedFacts({}, learned, {}, "skillsGaps").skills).toBeUndefined();
  });

  it("say nothing of one person's dependency once a count is known, nor of a team there isn't", () => {
    const none = withLearnedFacts({ itStaff: 0 }, learned, {}, undefined);
    expect(none.signals).toEqual({ unpredictableCosts: true });
    const two = withLearnedFacts({}, learned, { itStaff: 2 }, undefined);
    expect(two.signals).toEqual({ teamCapable: true, unpredictableCosts: true });
  });

  it("return the rules' update itself when they add nothing", () => {
    const rules: ProfileUpdate = { employees: 40 };
    expect(withLearnedFacts(rules, nothing, {}, undefined)).toBe(rules);
  });
});

describe("the understander with a facts model", () => {
  const classifier = createIntentClassifier({
    corpus: parseCorpus(readJson(CONTENT_FILES.corpus)),
  });
  const faq = { match: () => null };
  const understand = (text: string) =>
    createUnderstander({
      classifier,
      faq,
      factsModel: stub({ skillsGaps: [], signals: { unpredictableCosts: true } }),
    }).understand({ text });

  it("adds what the model reads to a message that informs", () => {
    const result = understand("we are a 40 person architects practice in Bristol");
    expect(result.intent).toBe("inform");
    expect(result.profile).toEqual({ employees: 40, signals: { unpredictableCosts: true } });
    expect(result.changed).toContain("signals.unpredictableCosts");
  });

  it("adds nothing to a question, a greeting or a supposed case", () => {
    for (const text of [
      "how long are your contracts?",
      "hello there",
      "would managed IT work if our costs were all over the place?",
    ])
      expect(understand(text).profile).toEqual({});
  });
});
