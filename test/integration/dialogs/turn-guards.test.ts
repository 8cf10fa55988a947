import { describe, expect, it } from "vitest";
import { cardOf, createHarness, suggestions, texts } from "../../support/conversation.ts";

/** A conversation at the skills question, with two answers already given. */
async function atSkillsQuestion() {
  const chat = createHarness();
  await chat.send("we're 60 staff with one IT guy");
  expect((await chat.state())?.expecting).toBe("skillsGaps");
  return chat;
}

describe("loose matches for ending intents mid-interview", () => {
  it("asks before a restart clears the answers, and carries on when asked to", async () => {
    const chat = await atSkillsQuestion();
    const asked = await chat.send("can we do this again from the top");
    expect(texts(asked)).toEqual([chat.services.copy("restart.confirm")]);
    expect(suggestions(asked)).toContain(chat.services.copy("action.carryOn"));
    expect((await chat.state())?.profile.employees).toBe(60);
    await chat.send(chat.services.copy("action.carryOn"));
    expect((await chat.state())?.expecting).toBe("skillsGaps");
  });

  it("restarts at once when the visitor says so in so many words", async () => {
    const chat = await atSkillsQuestion();
    const restarted = await chat.send("start again");
    expect(texts(restarted)[0]).toBe(chat.services.copy("restart.done"));
    expect((await chat.state())?.profile).toEqual({});
  });

  it("takes 'go back' as a wish to change an answer, not a goodbye", async () => {
    const chat = await atSkillsQuestion();
    const back = await chat.send("go back");
    expect(texts(back)[0]).toBe(chat.services.copy("interview.recap.whatToChange"));
    expect((await chat.state())?.stage).toBe("interview");
  });

  it("takes 'yes, well done' at the summary as a yes", async () => {
    const chat = createHarness();
    await chat.send(
      "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security",
    );
    expect((await chat.state())?.stage).toBe("recap");
    const shown = await chat.send("yes, well done");
    expect(cardOf(shown)).toBeDefined();
  });
});

describe("after the recommendation", () => {
  it("reads 'ok' as having read it, and opens the form only on a yes", async () => {
    const chat = createHarness();
    await chat.send(
      "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security",
    );
    await chat.send("yes");
    const ok = await chat.send("ok");
    expect(texts(ok)).toEqual([chat.services.copy("recommend.acknowledged")]);
    const yes = await chat.send("yes please");
    expect(texts(yes)).toContain(chat.services.copy("handoff.askName"));
  });
});

describe("an answer given along with a question", () => {
  it("keeps the fact, answers the question and moves to the next one", async () => {
    const chat = createHarness();
    await chat.send("hi");
    await chat.send(chat.services.copy("action.start"));
    const reply = await chat.send(
      "We're about 40 people. Is it safe to give you admin access to our systems?",
    );
    const state = await chat.state();
    expect(state?.profile.employees).toBe(40);
    expect(texts(reply)[0]).toBe(chat.services.faq.entry("security-access").answer);
    expect(state?.expecting).not.toBe("employees");
  });
});

describe("the contact form's name", () => {
  it.each(["a REAL PERSON", "yes", "hello", "correct"])(
    "does not take %j as a name",
    async (reply) => {
      const chat = createHarness();
      await chat.send("talk to a human please");
      const retry = await chat.send(reply);
      expect(texts(retry)).toContain(chat.services.copy("handoff.askName.retry"));
    },
  );

  it("ends the form on bye", async () => {
    const chat = createHarness();
    await chat.send("talk to a human please");
    const bye = await chat.send("bye");
    expect(texts(bye)).toEqual([chat.services.copy("goodbye.text")]);
    await chat.send("Megan Price");
    expect(chat.leads).toEqual([]);
  });
});

describe("pasted markup and other languages at a question", () => {
  it("reads the words of an HTML list", async () => {
    const chat = await atSkillsQuestion();
    await chat.send("<ul><li>security</li><li>Microsoft 365</li></ul>");
    expect((await chat.state())?.profile.skillsGaps).toEqual(["cybersecurity", "microsoft365"]);
  });

  it("leaves a question after repeated replies in another language", async () => {
    const chat = await atSkillsQuestion();
    const replies = [];
    for (let turn = 0; turn < 4; turn += 1)
      replies.push(...texts(await chat.send("Hola, no tenemos problemas con la seguridad")));
    expect(replies).toContain(chat.services.copy("interview.moveOn"));
    expect((await chat.state())?.expecting).not.toBe("skillsGaps");
  });
});

describe("don't know to everything", () => {
  it("offers a consultant instead of a card built on nothing", async () => {
    const chat = createHarness();
    await chat.send("hi");
    await chat.send(chat.services.copy("action.start"));
    await chat.send("don't know");
    for (let turn = 0; turn < 8 && (await chat.state())?.stage === "interview"; turn += 1)
      await chat.send("no idea");
    expect((await chat.state())?.stage).toBe("recap");
    const view = await chat.send("so what do you recommend?");
    expect(cardOf(view)).toBeUndefined();
    expect(texts(view)).toContain(chat.services.copy("recommend.tooLittle"));
  });
});

describe("numbered choices and hedged yeses", () => {
  it("reads a bare 2 at the workload question as the second choice", async () => {
    const chat = createHarness();
    await chat.send("we're 80 people with 2 in IT and no security skills");
    for (let turn = 0; turn < 3 && (await chat.state())?.expecting !== "burnoutRisk"; turn += 1)
      await chat.send("skip");
    expect((await chat.state())?.expecting).toBe("burnoutRisk");
    await chat.send("2");
    expect((await chat.state())?.profile.burnoutRisk).toBe("medium");
  });

  it("takes 'I think so' at the summary as a yes", async () => {
    const chat = createHarness();
    await chat.send(
      "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security",
    );
    expect(cardOf(await chat.send("I think so"))).toBeDefined();
  });
});

describe("did you mean", () => {
  it("takes a yes as the first suggestion", async () => {
    const chat = createHarness();
    await chat.send("hello");
    const choice = await chat.send("who owns what?");
    expect(texts(choice)).toContain(chat.services.copy("faq.didYouMean"));
    const first = suggestions(choice)[0];
    const entry = chat.services.faq.entries.find((e) => e.question === first);
    expect(texts(await chat.send("yes"))).toContain(entry?.answer);
  });
});

describe("changes at the summary", () => {
  it("say what was updated", async () => {
    const chat = createHarness();
    await chat.send(
      "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security",
    );
    const updated = await chat.send("actually we have two in IT");
    expect(texts(updated)[0]).toBe(
      chat.services.copy("interview.recap.fixWhat", {
        facts: chat.services.present.noted({ itStaff: 2 }, ["itStaff"]),
      }),
    );
    expect((await chat.state())?.profile.itStaff).toBe(2);
  });
});

describe("the same question twice while a question waits", () => {
  it("does not repeat the answer, and leaves the question after a few tries", async () => {
    const chat = await atSkillsQuestion();
    const first = await chat.send("how long does onboarding take?");
    expect(texts(first)[0]).toBe(chat.services.faq.entry("onboarding").answer);
    const replies: string[] = [];
    for (let turn = 0; turn < 4; turn += 1)
      replies.push(...texts(await chat.send("how long does onboarding take?")));
    expect(replies).not.toContain(chat.services.faq.entry("onboarding").answer);
    expect(replies).toContain(chat.services.copy("interview.moveOn"));
  });
});

describe("a pasted email", () => {
  it("starts the contact form from a call request above a signature, keeping the email", async () => {
    const chat = createHarness();
    const reply = await chat.send(
      [
        "Hi, could one of your team give me a call about IT support please?",
        "",
        "Kind regards",
        "",
        "James O'Neill",
        "Harbour Freight Ltd",
        "M: 07700 900123",
        "E: james.oneill@example.co.uk",
      ].join("\n"),
    );
    expect(texts(reply)).toContain(chat.services.copy("handoff.askName"));
    const next = await chat.send("James O'Neill");
    expect(texts(next)).toContain(chat.services.copy("handoff.askCompany"));
  });

  it("takes a bare email address as a wish to be contacted", async () => {
    const chat = createHarness();
    await chat.send("hello");
    const reply = await chat.send("sam@example.co.uk");
    expect(texts(reply)).toContain(chat.services.copy("handoff.askName"));
  });
});

describe("starting over with nothing said", () => {
  it("does not claim to have cleared answers", async () => {
    const chat = createHarness();
    await chat.send("hello");
    const reply = await chat.send("start again");
    expect(texts(reply)).not.toContain(chat.services.copy("restart.done"));
    expect((await chat.state())?.expecting).toBe("employees");
  });
});

describe("a change asked about after the recommendation", () => {
  it("is applied and the recommendation shown again", async () => {
    const chat = createHarness();
    await chat.send(
      "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security",
    );
    await chat.send("yes");
    const again = await chat.send("we've actually got 5 in IT now. does that change things?");
    expect(cardOf(again)).toBeDefined();
    expect((await chat.state())?.profile.itStaff).toBe(5);
  });
});
