import { describe, expect, it } from "vitest";
import type { FaqAnswer } from "../../../src/core/faq/index.ts";
import {
  cardOf,
  createHarness,
  suggestions,
  texts,
  type Harness,
} from "../../support/conversation.ts";

/** A recommendation on screen, from facts given in one message and skips for the rest. */
async function afterTheCard(facts: string, chat: Harness = createHarness()) {
  await chat.send(facts);
  for (let turn = 0; turn < 8 && (await chat.state())?.stage === "interview"; turn += 1)
    await chat.send("skip");
  expect((await chat.state())?.stage).toBe("recap");
  expect(cardOf(await chat.send("yes"))).toBeDefined();
  return chat;
}

/** One IT person, overloaded, with gaps: co-managed. */
const ONE_STRETCHED_PERSON =
  "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security";
/** A capable team the business would rather hand over: co-managed now, fully managed later. */
const TEAM_TO_HAND_OVER =
  "we're 200 staff with 3 IT people, they know our systems inside out, but we'd rather hand IT over";
/** No IT staff and costs all over the place: fully managed. */
const NO_IT_STAFF =
  "we're 50 people with no IT staff, nobody knows security or cloud, and costs are all over the place";

/** The recommendation for the conversation's profile, as the card showed it. */
async function recommendationOf(chat: Harness) {
  const profile = (await chat.state())?.profile ?? {};
  return chat.services.recommend(profile);
}

/** A conversation at the skills question, with two answers already given. */
async function atSkillsQuestion(chat: Harness = createHarness()) {
  await chat.send("we're 60 staff with one IT guy");
  expect((await chat.state())?.expecting).toBe("skillsGaps");
  return chat;
}

describe("thanks after the recommendation", () => {
  it.each(["thanks", "thanks, that's helpful", "cheers", "thank you so much, really useful"])(
    "answers %j warmly and keeps the conversation open",
    async (thanks) => {
      const chat = await afterTheCard(ONE_STRETCHED_PERSON);
      const { copy } = chat.services;
      const reply = await chat.send(thanks);
      expect(texts(reply)).toEqual([copy("thanks.recommended")]);
      expect(suggestions(reply)).toEqual([copy("action.talk"), copy("action.ask")]);
      expect((await chat.state())?.stage).toBe("recommended");
    },
  );

  it.each(["bye", "that's all, thanks, bye", "thanks, bye"])(
    "ends the conversation on a clear goodbye: %j",
    async (goodbye) => {
      const chat = await afterTheCard(ONE_STRETCHED_PERSON);
      expect(texts(await chat.send(goodbye))).toEqual([chat.services.copy("goodbye.text")]);
      expect((await chat.state())?.stage).toBe("closed");
    },
  );

  it("mentions the coming call once a lead is stored", async () => {
    const chat = await afterTheCard(ONE_STRETCHED_PERSON);
    const { copy } = chat.services;
    await chat.send(copy("action.talk"));
    for (const answer of ["Sam Taylor", "sam@example.co.uk", "Taylor & Co", "skip"])
      await chat.send(answer);
    await chat.send(copy("handoff.meeting.phone"));
    await chat.send("yes");
    await chat.send("no");
    expect(chat.leads).toHaveLength(1);
    expect(texts(await chat.send("thanks"))).toEqual([copy("thanks.afterLead")]);
    expect(texts(await chat.send("what happens next?"))).toEqual([copy("handoff.next")]);
  });

  it("still reads 'great, thanks' at the summary as a yes", async () => {
    const chat = createHarness();
    await chat.send(ONE_STRETCHED_PERSON);
    expect((await chat.state())?.stage).toBe("recap");
    expect(cardOf(await chat.send("great, thanks"))).toBeDefined();
  });

  it("does not end the contact form on a thanks", async () => {
    const chat = createHarness();
    await chat.send("talk to a human please");
    const again = await chat.send("thanks");
    expect(texts(again)).toContain(chat.services.copy("handoff.askName"));
    const next = await chat.send("Megan Price");
    expect(texts(next)).toContain(chat.services.copy("handoff.askEmail"));
  });
});

describe("why not the other model", () => {
  it.each([
    "why not fully managed?",
    "what about fully managed instead?",
    "why not the other one?",
    "wouldn't fully managed be better?",
    "why co-managed rather than fully managed?",
  ])("answers %j with the contrast, not the card's reasons again", async (question) => {
    const chat = await afterTheCard(ONE_STRETCHED_PERSON);
    const { copy, present } = chat.services;
    const recommendation = await recommendationOf(chat);
    expect(recommendation.model).toBe("co-managed");
    const reply = texts(await chat.send(question));
    expect(reply[0]).toBe(copy("explain.whyNot.managed"));
    expect(reply).toContain(copy("whyNot.against.burnout-or-single-person.one"));
    for (const reason of present.reasons(recommendation)) expect(reply).not.toContain(reason);
    const tipsTowards = copy("explain.whyNot.wouldChange.one", {
      target: copy("explain.target.managed"),
      first: "",
    }).replace(/\.$/, "");
    expect(reply.at(-1)?.startsWith(tipsTowards)).toBe(true);
  });

  it("names what is still unknown, with the button to answer it", async () => {
    const chat = await afterTheCard(ONE_STRETCHED_PERSON);
    const { copy, present } = chat.services;
    const [first, second] = (await recommendationOf(chat)).missing;
    expect(first && second).toBeTruthy();
    const reply = await chat.send("why not fully managed?");
    expect(texts(reply)).toContain(
      copy("explain.whyNot.unknown", {
        topics: copy("explain.whyNot.either", {
          first: present.topic(first ?? "employees"),
          second: present.topic(second ?? "employees"),
        }),
      }),
    );
    expect(suggestions(reply)).toContain(copy("action.more"));
  });

  it("gives the plain reasons when asked about the model it recommended", async () => {
    const chat = await afterTheCard(ONE_STRETCHED_PERSON);
    const reply = texts(await chat.send("why not co-managed?"));
    expect(reply[0]).toBe(chat.services.copy("explain.intro"));
  });

  it("argues against co-managed for a firm with no IT staff", async () => {
    const chat = await afterTheCard(NO_IT_STAFF);
    const { copy } = chat.services;
    expect((await recommendationOf(chat)).model).toBe("managed");
    const reply = texts(await chat.send("why not co-managed?"));
    expect(reply[0]).toBe(copy("explain.whyNot.coManaged"));
    expect(reply).toContain(copy("whyNot.against.no-internal-it"));
  });

  it("explains both ends of the path", async () => {
    const chat = await afterTheCard(TEAM_TO_HAND_OVER);
    const { copy } = chat.services;
    expect((await recommendationOf(chat)).model).toBe("co-managed-then-managed");
    const now = texts(await chat.send("why not fully managed?"));
    expect(now[0]).toBe(copy("explain.whyNot.managedNow"));
    expect(now).toContain(copy("whyNot.against.stepping-stone"));
    const forGood = texts(await chat.send("why not just co-managed?"));
    expect(forGood[0]).toBe(copy("explain.whyNot.coManagedOnly"));
    expect(forGood).toContain(copy("whyNot.against.prefers-handover"));
  });
});

describe("why the recommendation", () => {
  it("points at 'Answer one more question' only with its button, worded for a clear fit", async () => {
    const chat = await afterTheCard(ONE_STRETCHED_PERSON);
    const { copy, present } = chat.services;
    const recommendation = await recommendationOf(chat);
    const first = recommendation.missing[0];
    expect(recommendation.confidence).toBeGreaterThanOrEqual(0.75);
    const reply = await chat.send("why?");
    expect(texts(reply)).toEqual([
      copy("explain.intro"),
      ...present.reasons(recommendation),
      copy("explain.firmUp.clear", { topic: present.topic(first ?? "employees") }),
    ]);
    expect(suggestions(reply)).toContain(copy("action.more"));
  });

  it("numbers reasons as the card does", async () => {
    const chat = await afterTheCard(ONE_STRETCHED_PERSON);
    const second = chat.services.present.reasons(await recommendationOf(chat))[1];
    expect(texts(await chat.send("explain reason 2"))).toEqual([second]);
  });
});

describe("questions no FAQ entry answers well", () => {
  it.each([
    "do your engineers have security clearance?",
    "are your staff DBS checked?",
    "can you work with our existing supplier?",
    "are you ISO 27001 certified?",
    "do you have references we could speak to?",
  ])("declines %j plainly, offers a consultant and asks the question again", async (question) => {
    const chat = await atSkillsQuestion();
    const { copy } = chat.services;
    const reply = await chat.send(question);
    expect(texts(reply)).toEqual([
      copy("faq.consultant"),
      copy("faq.resume", { question: copy("ask.skillsGaps.short") }),
    ]);
    expect((await chat.state())?.expecting).toBe("skillsGaps");
  });

  it.each([
    ["is it safe to give you admin access?", "security-access"],
    ["do you deal with our IT suppliers too?", "managed-scope"],
    ["can you help us get cyber essentials certified?", "compliance"],
  ] as const)("still answers %j from the FAQ", async (question, id) => {
    const chat = await atSkillsQuestion();
    expect(texts(await chat.send(question))[0]).toBe(chat.services.faq.entry(id).answer);
  });

  /** The FAQ returning a fixed answer, to test the replies around it whatever the content. */
  const answering = (answer: Omit<FaqAnswer, "answer" | "suggestions">) =>
    createHarness({
      tweak: (services) => {
        const faq = services.faq;
        services.faq = {
          ...faq,
          ask: () => ({
            ...answer,
            answer: answer.id ? faq.entry(answer.id).answer : null,
            suggestions: (["cost", "contract"] as const).map((id) => ({
              id,
              question: faq.entry(id).question,
            })),
          }),
        };
      },
    });

  it("declines instead of offering a list of guesses", async () => {
    const chat = await atSkillsQuestion(answering({ id: "onboarding", confidence: 0.5 }));
    const { copy } = chat.services;
    const reply = await chat.send("what about the thing with the stuff?");
    expect(texts(reply)).toEqual([
      copy("faq.noAnswer"),
      copy("faq.resume", { question: copy("ask.skillsGaps.short") }),
    ]);
    expect((await chat.state())?.faqChoices).toEqual([]);
  });

  it("keeps the open question in view beside a did-you-mean list", async () => {
    const chat = await atSkillsQuestion(answering({ id: "onboarding", confidence: 0.7 }));
    const { copy } = chat.services;
    const reply = await chat.send("how long until you're up and running with us?");
    expect(texts(reply)).toEqual([
      copy("faq.didYouMean"),
      copy("faq.didYouMean.pending", { question: copy("ask.skillsGaps.short") }),
    ]);
    expect(suggestions(reply)).toContain(copy("faq.noneOfThese"));
    await chat.send("security and backups");
    expect((await chat.state())?.profile.skillsGaps).toEqual(["cybersecurity", "backup"]);
  });

  it("answers 'None of these' plainly and asks the question again", async () => {
    const chat = await atSkillsQuestion(answering({ id: "onboarding", confidence: 0.7 }));
    const { copy } = chat.services;
    await chat.send("how long until you're up and running with us?");
    expect(texts(await chat.send(copy("faq.noneOfThese")))).toEqual([
      copy("faq.noAnswer"),
      copy("faq.resume", { question: copy("ask.skillsGaps.short") }),
    ]);
  });
});
