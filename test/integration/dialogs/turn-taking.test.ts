import { describe, expect, it } from "vitest";
import { cardOf, createHarness, suggestions, texts } from "../../support/conversation.ts";

const FOUR_FACTS = "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security";

/** A conversation that has just been shown its recommendation. */
async function recommended() {
  const chat = createHarness();
  await chat.send(FOUR_FACTS);
  const shown = await chat.send("yes");
  expect(cardOf(shown)).toBeDefined();
  return chat;
}

describe("yes and no to the advisor's own questions", () => {
  it.each(["yes", "yes please", "👍"])(
    "takes %j after the recommendation as yes to a consultant",
    async (reply) => {
      const chat = await recommended();
      const answer = await chat.send(reply);
      expect(texts(answer)).toContain(chat.services.copy("handoff.notice"));
      expect(texts(answer)).toContain(chat.services.copy("handoff.askName"));
    },
  );

  it("answers no thanks after the recommendation, and keeps the recommendation", async () => {
    const chat = await recommended();
    const answer = await chat.send("no thanks");
    expect(texts(answer)).toEqual([chat.services.copy("recommend.declined")]);
    expect((await chat.state())?.stage).toBe("recommended");
  });

  it("answers not now at the welcome instead of staying silent", async () => {
    const chat = createHarness();
    await chat.send("hello");
    const answer = await chat.send("not now thanks");
    expect(texts(answer)).toEqual([chat.services.copy("welcome.declined")]);
  });

  it("does not loop on yes to an open question: it re-asks, then moves on", async () => {
    const chat = createHarness();
    await chat.send("we're 80 people with 3 in IT");
    const state = await chat.state();
    const pending = state?.expecting;
    expect(pending).toBeTruthy();
    const replies = [];
    for (let turn = 0; turn < 4; turn += 1) replies.push(texts(await chat.send("yes")));
    expect(replies.flat()).toContain(chat.services.copy("interview.moveOn"));
    expect((await chat.state())?.expecting).not.toBe(pending);
  });
});

describe("asking for a view", () => {
  it("asks its questions first when nothing is known yet", async () => {
    const chat = createHarness();
    await chat.send("hello");
    const answer = await chat.send("so what do you recommend?");
    expect(texts(answer)[0]).toBe(chat.services.copy("recommend.needAnswers"));
    expect(cardOf(answer)).toBeUndefined();
    expect((await chat.state())?.expecting).toBe("employees");
  });

  it("gives an early view once something is known", async () => {
    const chat = createHarness();
    await chat.send("we're 30 staff with nobody doing IT");
    const answer = await chat.send("just tell me what you recommend");
    expect(texts(answer)).toContain(chat.services.copy("recommend.earlyView"));
    expect(cardOf(answer)).toBeDefined();
  });
});

describe("questions about the questions", () => {
  it.each([
    ["why do you need that?", "why.employees"],
    ["why does that matter", "why.employees"],
  ] as const)("explains %j and asks again", async (question, key) => {
    const chat = createHarness();
    await chat.send("hello");
    await chat.send("start the assessment");
    const answer = await chat.send(question);
    expect(texts(answer)[0]).toBe(chat.services.copy(key));
    expect(texts(answer)[1]).toBe(chat.services.copy("ask.employees.short"));
    expect((await chat.state())?.expecting).toBe("employees");
  });

  it("explains why it wants an email address, then asks for it again", async () => {
    const chat = createHarness();
    await chat.send("talk to a human please");
    await chat.send("Alex Smith");
    const answer = await chat.send("why do you need my email?");
    expect(texts(answer)).toEqual([
      chat.services.copy("why.contact"),
      chat.services.copy("handoff.askEmail"),
    ]);
  });
});

describe("the handoff form", () => {
  it("stops and offers erasure when the visitor says delete my data mid-form", async () => {
    const chat = createHarness();
    await chat.send("we're 45 people");
    await chat.send("talk to a human please");
    await chat.send("Jo Bloggs");
    const answer = await chat.send("delete my data");
    expect(texts(answer).join(" ")).not.toContain(chat.services.copy("handoff.askEmail.retry"));
    await chat.send("yes");
    expect((await chat.state())?.profile ?? {}).toEqual({});
    expect(chat.leads).toHaveLength(0);
  });

  it("keeps an email given with the request and takes plain words for how to talk", async () => {
    const chat = createHarness();
    await chat.send("my email is bob@builders.co.uk, can someone just call me");
    const afterName = await chat.send("Bob Jones");
    expect(texts(afterName)).toContain(chat.services.copy("handoff.askCompany"));
    await chat.send("Jones Builders");
    await chat.send("skip");
    await chat.send("phone");
    await chat.send("yes");
    await chat.send("no");
    expect(chat.leads[0]?.contact.email).toBe("bob@builders.co.uk");
    expect(chat.leads[0]?.meetingPreference).toBe(chat.services.copy("handoff.meeting.phone"));
  });
});

describe("firming up a recommendation", () => {
  it("asks the most useful missing question when the visitor offers one more answer", async () => {
    const chat = await recommended();
    const state = await chat.state();
    const missing = chat.services.recommend(state?.profile ?? {}).missing[0];
    expect(missing).toBeDefined();
    await chat.send(chat.services.copy("action.more"));
    expect((await chat.state())?.expecting).toBe(missing);
  });
});

describe("replies that are not answers", () => {
  it("says what it can't help with when a pending question gets an unrelated request", async () => {
    const chat = createHarness();
    await chat.send("we're 50 people");
    const answer = await chat.send("can you fix my printer, it's jammed again");
    expect(texts(answer)).toContain(chat.services.copy("outOfScope.reply"));
    expect((await chat.state())?.expecting).toBe("itStaff");
  });

  it("takes a wave as a hello", async () => {
    const chat = createHarness();
    const answer = await chat.send("👋");
    expect(texts(answer)).toContain(chat.services.copy("welcome.intro"));
    expect(texts(answer)).not.toContain(chat.services.copy("input.emojiOnly"));
  });
});

describe("did-you-mean in Teams", () => {
  it("offers at most three buttons there, keeping 'None of these'", async () => {
    const chat = createHarness({ channelId: "msteams" });
    await chat.send("hello");
    const choice = await chat.send("who owns what?");
    expect(texts(choice)).toContain(chat.services.copy("faq.didYouMean"));
    const offered = suggestions(choice);
    expect(offered.length).toBeLessThanOrEqual(3);
    expect(offered).toContain(chat.services.copy("faq.noneOfThese"));
  });
});

describe("questions fit what the visitor said", () => {
  it("asks about the business's trouble spots, not 'your team', when there is no IT staff", async () => {
    const chat = createHarness();
    const asked = await chat.send("we're 12 people and nobody does IT");
    expect((await chat.state())?.expecting).toBe("skillsGaps");
    expect(texts(asked)).toContain(chat.services.copy("ask.skillsGaps.noTeam"));
  });

  it("asks about the team's gaps when there is one", async () => {
    const chat = createHarness();
    const asked = await chat.send("we're 80 people with 3 in IT and they're stretched");
    expect((await chat.state())?.expecting).toBe("skillsGaps");
    expect(texts(asked)).toContain(chat.services.copy("ask.skillsGaps"));
  });
});

describe("replies that would otherwise loop", () => {
  it("leaves a question after 'none that I know of', even when it sets nothing", async () => {
    const chat = createHarness();
    await chat.send("we're 80 people with 3 in IT and they're stretched");
    expect((await chat.state())?.expecting).toBe("skillsGaps");
    await chat.send("none that I know of");
    expect((await chat.state())?.expecting).not.toBe("skillsGaps");
  });

  it("reads a face as the workload, and leaves a question after emoji it cannot read", async () => {
    const chat = createHarness();
    await chat.send("we're 80 people with 3 in IT");
    await chat.send("security");
    expect((await chat.state())?.expecting).toBe("burnoutRisk");
    await chat.send("😫");
    expect((await chat.state())?.profile.burnoutRisk).toBe("high");

    const other = createHarness();
    await other.send("hello");
    await other.send("start the assessment");
    for (let turn = 0; turn < 3; turn += 1) await other.send("🎉🎉");
    expect((await other.state())?.expecting).not.toBe("employees");
  });

  it("leaves a question after repeated off-topic requests", async () => {
    const chat = createHarness();
    await chat.send("we're 50 people");
    for (let turn = 0; turn < 3; turn += 1)
      await chat.send("can you fix my printer, it's jammed again");
    expect((await chat.state())?.expecting).not.toBe("itStaff");
  });
});

describe("questions at the wrong moment", () => {
  it("answers a question typed where the form asks for a name, then asks for the name again", async () => {
    const chat = createHarness();
    await chat.send("talk to a human please");
    const answer = await chat.send("what would that cost roughly?");
    expect(texts(answer)).toContain(chat.services.faq.entry("cost").answer);
    expect(texts(answer)).toContain(chat.services.copy("handoff.askName"));
    await chat.send("Alex Smith");
    await chat.send("alex@example.com");
    await chat.send("Acme");
    await chat.send("skip");
    await chat.send("phone");
    await chat.send("yes");
    await chat.send("no");
    expect(chat.leads[0]?.contact.name).toBe("Alex Smith");
  });

  it("explains the recommendation from its reasons", async () => {
    const chat = await recommended();
    const why = await chat.send("why?");
    expect(texts(why)[0]).toBe(chat.services.copy("explain.intro"));
    expect(texts(why)[1]).toMatch(/^1\. /);
    const second = await chat.send("can you explain reason 2?");
    expect(texts(second)[0]).toMatch(/^2\. /);
  });
});

describe("after an early view", () => {
  it("goes back to the questions when the visitor offers more", async () => {
    const chat = createHarness();
    await chat.send("we're 30 staff");
    await chat.send("just tell me what you recommend");
    expect((await chat.state())?.stage).toBe("recommended");
    await chat.send("ok what else do you need?");
    const state = await chat.state();
    expect(state?.stage).toBe("interview");
    expect(state?.expecting).toBe("itStaff");
  });
});

describe("changing one's mind about the contact form", () => {
  /** A visitor who filled in the form and then said no to keeping the details. */
  async function declinedForm() {
    const chat = createHarness();
    await chat.send("talk to a human please");
    for (const answer of ["Alex Smith", "alex@example.com", "Acme", "skip", "phone"]) {
      await chat.send(answer);
    }
    const declined = await chat.send("no");
    expect(texts(declined)).toContain(chat.services.copy("handoff.declined"));
    return chat;
  }

  it("takes the details again when the visitor says yes straight after saying no", async () => {
    const chat = await declinedForm();
    const again = await chat.send("actually yes that's fine");
    expect(texts(again)).toContain(chat.services.copy("handoff.again"));
    expect(texts(again)).toContain(chat.services.copy("handoff.askName"));
  });

  it("reads a later yes as the conversation's, not the form's", async () => {
    const chat = await declinedForm();
    await chat.send("we have 40 staff");
    const later = await chat.send("yes");
    expect(texts(later)).not.toContain(chat.services.copy("handoff.again"));
  });
});

describe("a number typed at the welcome", () => {
  it("is taken as the organisation's size, the welcome's first question", async () => {
    const chat = createHarness();
    await chat.send("hi");
    await chat.send("80");
    expect((await chat.state())?.profile.employees).toBe(80);
    expect((await chat.state())?.expecting).not.toBe("employees");
  });
});
