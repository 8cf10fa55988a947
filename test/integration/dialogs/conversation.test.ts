import { describe, expect, it } from "vitest";
import { cardOf, createHarness, suggestions, texts } from "../../support/conversation.ts";

const FOUR_FACTS = "we're 80 people, one IT guy, he's drowning and nobody knows Azure or security";

describe("the interview", () => {
  it("welcomes a visitor once, with what it does, the privacy notice and three choices", async () => {
    const chat = createHarness();
    const first = await chat.send("hello");
    const { copy } = chat.services;
    expect(texts(first)).toEqual([copy("welcome.intro"), copy("welcome.privacy")]);
    expect(suggestions(first)).toEqual([
      copy("action.start"),
      copy("action.ask"),
      copy("action.talk"),
    ]);
    const again = await chat.send("hi there");
    expect(texts(again)).not.toContain(copy("welcome.intro"));
  });

  it("recaps at once when the first message gives all four facts, then recommends on yes", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    const recap = await chat.send(FOUR_FACTS);
    expect(texts(recap)).toContain(copy("interview.recap.confirm"));
    expect((await chat.state())?.profile).toMatchObject({
      employees: 80,
      itStaff: 1,
      burnoutRisk: "high",
    });
    expect((await chat.state())?.profile.skillsGaps).toEqual(
      expect.arrayContaining(["cloud", "cybersecurity"]),
    );

    const answer = await chat.send("yes");
    expect(cardOf(answer)).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const event = answer.find((a) => a.type === "event");
    expect(event).toMatchObject({ name: "advisor.recommendation" });
    expect((event?.value as { recommendation: { model: string } }).recommendation.model).toBe(
      "co-managed",
    );
    expect(texts(answer)).toContain(copy("recommend.nextWithCard"));
    expect(suggestions(answer)).toEqual([copy("action.more")]);
  });

  it("gathers the facts step by step, asking only what is missing", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    await chat.send("hi");
    const firstQuestion = await chat.send(copy("action.start"));
    expect(texts(firstQuestion).at(-1)).toBe(copy("ask.employees"));
    await chat.send("about 120");
    expect((await chat.state())?.profile.employees).toBe(120);
    const answers: Record<string, string> = {
      itStaff: "three",
      skillsGaps: "backups and compliance",
      burnoutRisk: "pretty stretched tbh",
    };
    const asked: string[] = [];
    for (let turn = 0; turn < 3; turn += 1) {
      const expecting = (await chat.state())?.expecting ?? "";
      asked.push(expecting);
      await chat.send(answers[expecting] ?? "skip");
    }
    const state = await chat.state();
    expect(new Set(asked).size).toBe(asked.length);
    expect(state?.profile).toMatchObject({ employees: 120, itStaff: 3, burnoutRisk: "medium" });
    expect(state?.profile.skillsGaps).toEqual(expect.arrayContaining(["backup", "compliance"]));
  });

  it("takes a correction at any time and leaves the other facts alone", async () => {
    const chat = createHarness();
    await chat.send("we have 80 staff and 2 IT people");
    await chat.send("sorry, I meant 60 staff");
    expect((await chat.state())?.profile).toMatchObject({ employees: 60, itStaff: 2 });
  });

  it("stores don't know as null and does not ask again", async () => {
    const chat = createHarness();
    await chat.send("we're 40 people");
    const state = await chat.state();
    const pending = state?.expecting;
    expect(pending).toBeTruthy();
    await chat.send("no idea, skip that");
    const after = await chat.state();
    const [head, tail] = String(pending).split(".");
    const value = tail
      ? (after?.profile.signals as Record<string, unknown>)?.[tail]
      : (after?.profile as Record<string, unknown>)[head as string];
    expect(value).toBeNull();
    expect(after?.expecting).not.toBe(pending);
  });

  it("asks for clarification when there would be more IT staff than employees", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    await chat.send("we are 10 people");
    const reply = await chat.send("we have 40 IT staff");
    expect(texts(reply).join(" ")).toContain(
      copy("interview.issue.itStaffAboveEmployees", { itStaff: 40, employees: 10 }),
    );
    expect((await chat.state())?.profile.itStaff).toBeUndefined();
  });

  it("moves on after two failed re-prompts instead of looping", async () => {
    const chat = createHarness();
    await chat.send("hi");
    await chat.send(chat.services.copy("action.start"));
    for (const reply of ["loads", "honestly loads of them", "a lot"]) await chat.send(reply);
    const state = await chat.state();
    expect(state?.skipped).toContain("employees");
    expect(state?.expecting).not.toBe("employees");
  });
});

describe("questions and asides", () => {
  it("answers an FAQ mid-interview, then asks the pending question again in short form", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    await chat.send("we're a firm of 50");
    const pending = (await chat.state())?.expecting;
    const reply = await chat.send("how long does onboarding usually take?");
    const all = texts(reply).join("\n");
    expect(all).toContain(chat.services.faq.entry("onboarding").answer);
    expect(texts(reply).at(-1)).toMatch(/^Back to where we were: /);
    expect((await chat.state())?.expecting).toBe(pending);
    void copy;
  });

  it("steers back after off-topic text and offers a person after three in a row", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    await chat.send("hello");
    const one = await chat.send("asdkjh qwpoeiru zmxncb");
    expect(texts(one)).toContain(copy("outOfScope.reply"));
    await chat.send("lkjlkj oiuoiu");
    const three = await chat.send("qqqq wwww eeee");
    expect(texts(three)).toContain(copy("outOfScope.stuck"));
    expect(suggestions(three)).toContain(copy("action.talk"));
  });

  it("replies in English that it speaks English to text in another language", async () => {
    const chat = createHarness();
    const reply = await chat.send("Bonjour, combien coûte votre service informatique géré ?");
    expect(texts(reply)).toContain(chat.services.copy("language.englishOnly"));
    expect((await chat.state())?.profile).toEqual({});
  });
});

describe("commands", () => {
  it("restarts and clears the answers", async () => {
    const chat = createHarness();
    await chat.send("we have 30 staff and no IT");
    const reply = await chat.send("start over");
    expect(texts(reply)).toContain(chat.services.copy("restart.done"));
    expect((await chat.state())?.profile).toEqual({});
  });

  it("shows what it knows, then deletes it after a yes", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    await chat.send("we have 30 staff and no IT");
    const shown = await chat.send("what do you know about me?");
    expect(texts(shown)).toContain(copy("privacy.show.intro"));
    expect(texts(shown).join(" ")).not.toContain(chat.services.copy("interview.recap.confirm"));
    expect(texts(shown).join(" ")).not.toContain("Have I got that right?");
    const ask = await chat.send("delete my data");
    expect(texts(ask)).toContain(copy("privacy.delete.confirm"));
    const done = await chat.send("yes");
    expect(texts(done)).toContain(copy("privacy.delete.done"));
    expect((await chat.state())?.profile).toEqual({});
  });
});

describe("handoff", () => {
  it("gives the privacy notice, re-asks an invalid email, records consent and a marketing no", async () => {
    const chat = createHarness();
    const { copy } = chat.services;
    await chat.send("we're 45 people with one IT person who is swamped");
    const notice = await chat.send("can I talk to someone?");
    expect(texts(notice)).toContain(copy("handoff.notice"));
    expect(texts(notice)).toContain(copy("handoff.askName"));
    await chat.send("Sam <b>Taylor</b>");
    const badEmail = await chat.send("sam at example");
    expect(texts(badEmail)).toContain(copy("handoff.askEmail.retry"));
    await chat.send("sam.taylor@example.co.uk");
    await chat.send("Taylor & Co");
    await chat.send("skip");
    await chat.send(copy("handoff.meeting.video"));
    await chat.send("yes");
    const done = await chat.send("no");
    expect(texts(done).join(" ")).toContain("consultant");
    expect(chat.leads).toHaveLength(1);
    const lead = chat.leads[0];
    expect(lead?.contact).toEqual({
      name: "Sam Taylor",
      email: "sam.taylor@example.co.uk",
      company: "Taylor & Co",
    });
    expect(lead?.marketingOptIn).toBe(false);
    expect(lead?.profile.employees).toBe(45);
    expect((await chat.state())?.leadId).toBe("lead-1");
  });

  it("keeps nothing when the visitor does not consent", async () => {
    const chat = createHarness();
    await chat.send("talk to a human please");
    for (const answer of [
      "Alex",
      "alex@example.com",
      "Acme",
      "skip",
      chat.services.copy("handoff.meeting.phone"),
    ]) {
      await chat.send(answer);
    }
    const declined = await chat.send("no");
    expect(texts(declined)).toContain(chat.services.copy("handoff.declined"));
    expect(chat.leads).toHaveLength(0);
    expect((await chat.state())?.contact).toBeNull();
  });
});

describe("input the advisor cannot use", () => {
  it("answers an over-long message politely and stores nothing", async () => {
    const chat = createHarness();
    const reply = await chat.send("we have 50 staff ".repeat(200));
    expect(texts(reply)).toEqual([
      chat.services.copy("input.tooLong", { max: chat.services.settings.maxMessageChars }),
    ]);
    expect((await chat.state())?.profile ?? {}).toEqual({});
  });

  it("answers attachment-only and emoji-only messages politely", async () => {
    const chat = createHarness();
    const attachment = await chat.send({
      type: "message",
      attachments: [{ contentType: "image/png", contentUrl: "http://127.0.0.1/x.png" }],
    });
    expect(texts(attachment)).toEqual([chat.services.copy("input.attachment")]);
    const emoji = await chat.send("🔥😅🎉");
    expect(texts(emoji)).toEqual([chat.services.copy("input.emojiOnly")]);
  });

  it("recovers from a failing turn without losing the profile", async () => {
    let fail = false;
    const chat = createHarness({
      tweak: (services) => {
        const understand = services.understand;
        services.understand = (input) => {
          if (fail) throw new Error("boom");
          return understand(input);
        };
      },
    });
    await chat.send("we have 70 staff");
    fail = true;
    const broken = await chat.send("and 2 in IT");
    expect(texts(broken)).toEqual([chat.services.copy("error.turn")]);
    fail = false;
    expect((await chat.state())?.profile.employees).toBe(70);
    await chat.send("2 in IT");
    expect((await chat.state())?.profile).toMatchObject({ employees: 70, itStaff: 2 });
  });
});

describe("channels", () => {
  it("sends no advisor.recommendation event on msteams", async () => {
    const chat = createHarness({ channelId: "msteams" });
    await chat.send(FOUR_FACTS);
    const reply = await chat.send("yes");
    expect(cardOf(reply)).toBeDefined();
    expect(reply.some((a) => a.type === "event")).toBe(false);
  });
});

describe("more of the conversation", () => {
  it("offers a choice when two FAQ entries are close, then answers the one picked", async () => {
    const chat = createHarness();
    await chat.send("hello");
    const choice = await chat.send("who owns what?");
    expect(texts(choice)).toContain(chat.services.copy("faq.didYouMean"));
    const offered = suggestions(choice);
    expect(offered.length).toBeGreaterThanOrEqual(3);
    expect(offered).toContain(chat.services.copy("faq.noneOfThese"));
    const picked = await chat.send(offered[0] as string);
    const entry = chat.services.faq.entries.find((e) => e.question === offered[0]);
    expect(texts(picked)).toContain(entry?.answer);
  });

  it("shows a typing indicator before the recommendation", async () => {
    const chat = createHarness();
    await chat.send(FOUR_FACTS);
    const reply = await chat.send("yes");
    expect(reply[0]?.type).toBe("typing");
  });
});
