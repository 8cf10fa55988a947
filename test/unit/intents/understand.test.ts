import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/app/services.ts";
import { loadConfig } from "../../../src/config/index.ts";
import { prepareText } from "../../../intents/extract/cues/prepare.ts";
import { splitSentences } from "../../../intents/extract/cues/sentences.ts";

const { understander } = createCore(loadConfig({}));
const understand = (text: string) => understander.understand({ text });

describe("questions about a supposed case", () => {
  it("states no fact when the whole message supposes one", () => {
    const result = understand("would fully managed still work if we had no IT staff at all?");
    expect(result.intent).toBe("ask_faq");
    expect(result.profile).toEqual({});
  });

  it("keeps the plain statements that come with such a question", () => {
    const result = understand(
      "if we went co-managed could we switch to managed later? our only IT guy retires next year",
    );
    expect(result.intent).toBe("ask_faq");
    expect(result.profile).toMatchObject({ itStaff: 1, signals: { itStaffLeaving: true } });
  });
});

describe("sentences and where they start asking", () => {
  const sentences = (text: string) =>
    splitSentences(prepareText(text)).map(({ text: sentence, questionFrom }) => ({
      told: sentence.slice(0, questionFrom).trim(),
      asked: sentence.slice(questionFrom).trim(),
    }));

  it("does not end a sentence at a short abbreviation", () => {
    expect(sentences("4 in the team incl. me. They're solid.")).toHaveLength(2);
    expect(sentences("approx. 40 staff")).toHaveLength(1);
  });

  it("asks only from the part after a dash", () => {
    const [only] = sentences("nobody here knows networking - is that a gap you fill?");
    expect(only?.told).toContain("networking");
    expect(only?.asked).toMatch(/^is that/);
  });

  it("reads a request for people after a dash as telling the need", () => {
    const [only] = sentences(
      "we cant hire a network engineer for love nor money - can you provide one a few days a month?",
    );
    expect(only?.asked).toBe("");
  });

  it("reads 'haven't a clue' and an embedded 'how to' as telling, not asking", () => {
    expect(sentences("we haven't a clue about the cloud side")[0]?.asked).toBe("");
    expect(sentences("we're weak on strategy or how to plan IT")[0]?.asked).toBe("");
  });

  it.each([
    "Priya, who is genuinely brilliant, runs our IT",
    "What nobody has is any security expertise, and our funders have started asking",
    "so how good the help is really depends who's in",
    "could you lend us extra bodies for the office move",
    "can you give us extra hands for a 3 month office move?",
  ])("reads %j as telling", (text) => {
    expect(sentences(text).map((sentence) => sentence.asked)).toEqual([""]);
  });

  it.each([
    ["we're 40 staff, who do I talk to?", "who do i talk to?"],
    ["how good is your support?", "how good is your support?"],
    ["can you help with security?", "can you help with security?"],
    ["who does your monitoring", "who does your monitoring"],
  ])("reads %j as asking from %j", (text, asked) => {
    expect(sentences(text)[0]?.asked).toBe(asked);
  });
});

describe("answers given ahead of their question", () => {
  const known = { employees: 50, itStaff: 2 };

  it.each([
    ["networking and compliance", ["compliance", "networking"]],
    ["compliance, we need ISO 27001", ["compliance"]],
  ])("reads the bare list %j as the gaps while the workload question is open", (text, areas) => {
    const result = understander.understand({ text, profile: known, expecting: "burnoutRisk" });
    expect([...(result.profile.skillsGaps ?? [])].sort()).toEqual(areas);
    expect(result.profile.burnoutRisk).toBeUndefined();
  });

  it("leaves gaps already given alone", () => {
    const profile = { ...known, skillsGaps: ["cloud" as const] };
    const result = understander.understand({
      text: "networking",
      profile,
      expecting: "burnoutRisk",
    });
    expect(result.profile.skillsGaps).toEqual(["cloud"]);
  });

  it("does not read a long message that merely names products as gaps", () => {
    const result = understander.understand({
      text: "we run everything on Azure and Microsoft 365 these days and it all works well",
      profile: known,
      expecting: "burnoutRisk",
    });
    expect(result.profile.skillsGaps).toBeUndefined();
  });
});

describe("a yes or no with its reason, to a signal's question", () => {
  it.each([
    ["ya they're solid", "signals.teamCapable", "affirm", { teamCapable: true }],
    ["nah, would rather hand it over tbh", "signals.wantsControl", "deny", { wantsControl: false }],
    ["no hes going nowhere lol", "signals.itStaffLeaving", "deny", { itStaffLeaving: false }],
  ] as const)("%j is %s with the signal set", (text, expecting, intent, signals) => {
    const result = understander.understand({ text, expecting });
    expect(result.intent).toBe(intent);
    expect(result.profile.signals).toMatchObject(signals);
  });
});

describe("a question beside facts, in either order", () => {
  it.each([
    "how long does onboarding take, we're a small dental practice, 8 staff",
    "our cyber essentials audit is in 6 weeks and nobody here understands it, can you actually help with that",
    "we've a big office move in march and our 2 IT staff cant do it alone, can you lot help with projects like that",
  ])("%j asks, and keeps its facts", (text) => {
    const result = understand(text);
    expect(result.intent).toBe("ask_faq");
    expect(Object.keys(result.profile).length).toBeGreaterThan(0);
  });

  it.each([
    "moving office in feb and migrating email at the same time, could do with extra hands for that",
    "the support we get is great, when the right person happens to be on shift",
  ])("%j only tells", (text) => {
    expect(understand(text).intent).toBe("inform");
  });
});
