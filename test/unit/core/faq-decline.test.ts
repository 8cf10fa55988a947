import { describe, expect, it } from "vitest";
import { createFaq, type FaqContent, type FaqEntry } from "../../../src/core/faq/index.ts";
import { createCore } from "../../../src/app/services.ts";
import { loadConfig } from "../../../src/config/index.ts";

const entry = (id: FaqEntry["id"], phrasings: string[]): FaqEntry => ({
  id,
  question: phrasings[0] as string,
  phrasings,
  answer: `An answer about ${id} that is long enough.`,
  related: [],
});

const entries: FaqEntry[] = [
  entry("contract", [
    "how long is the contract",
    "what is the notice period on your contract",
    "minimum term for the service",
    "can we leave early",
    "is there a lock-in",
    "contract length please",
    "do we sign up for three years",
    "how much notice do we give to end the contract",
  ]),
  entry("cost", [
    "how much does managed IT cost",
    "price per user per month",
    "what do you charge",
    "is co-managed cheaper",
    "what are your fees",
    "ballpark cost for 50 users",
    "pricing for a small firm",
    "monthly cost of support",
  ]),
];

const withDeclines = (notAnswered: string[]): FaqContent => ({
  locale: "en-GB",
  entries,
  notAnswered,
});

describe("declining questions that no entry answers", () => {
  const question = "what is the statutory notice period for an employee";
  const declines = ["the statutory notice period for an employee under UK law"];

  it("answers a near-miss when it has no examples of what it does not answer", () => {
    expect(createFaq({ content: withDeclines([]) }).ask(question).id).toBe("contract");
  });

  it("declines a question closer to an unanswered example than to any entry", () => {
    const faq = createFaq({ content: withDeclines(declines), settings: { declineMargin: 0 } });
    expect(faq.ask(question)).toMatchObject({ id: null, answer: null });
    expect(faq.match(question)).toBeNull();
  });

  it("still answers the entry's own questions beside those examples", () => {
    const faq = createFaq({ content: withDeclines(declines), settings: { declineMargin: 0 } });
    expect(faq.ask("what's the notice period on the contract?").id).toBe("contract");
    expect(faq.ask("how much is it per user?").id).toBe("cost");
  });
});

describe("FAQ answers for the HTTP API", () => {
  const core = createCore(loadConfig({}));

  it.each([
    "Quelle est la différence entre l'informatique cogérée et gérée ?",
    "Was kostet der Service pro Benutzer und Monat?",
    "¿Ofrecen soporte los fines de semana?",
  ])("gives no answer to a question in another language: %s", (text) => {
    expect(core.askFaq(text)).toMatchObject({ id: null, answer: null });
  });

  it.each(["are you recruiting at the moment", "how much does a website cost"])(
    "declines a near-miss that sounds like a topic: %s",
    (text) => {
      expect(core.askFaq(text)).toMatchObject({ id: null, answer: null });
    },
  );

  it("answers the same question in English", () => {
    expect(core.askFaq("do you offer support at weekends?").id).toBe("after-hours");
  });
});
