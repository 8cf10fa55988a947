import type { FaqId } from "../src/core/faq/index.ts";
import { failedAttempt, resume } from "./interview.ts";
import { questionText } from "./questions.ts";
import { say, typing } from "./replies.ts";
import type { TurnScope } from "./turn.ts";

/** Below this confidence, with other entries scoring close, the visitor picks the entry. */
const DID_YOU_MEAN_BELOW = 0.8;

/**
 * Answers a question from the FAQ, offers a choice when two entries are close, and then returns
 * to where the conversation was.
 */
export async function answerFaq(scope: TurnScope, question: string): Promise<void> {
  const { services, data, context } = scope;
  await typing(context);
  const answer = services.faq.ask(question);
  if (answer.id === null || answer.answer === null) {
    services.recordEvent?.({ kind: "faq_unanswered" });
    return resume(scope, [services.copy("faq.noAnswer")]);
  }
  if (answer.suggestions.length > 0 && answer.confidence < DID_YOU_MEAN_BELOW) {
    // Teams shows three suggested actions at most: two entries there, so "None of these" fits.
    const most = context.activity.channelId === "msteams" ? 2 : 3;
    const choices = [answer.id, ...answer.suggestions.map((s) => s.id)].slice(0, most);
    data.faqChoices = choices;
    await say(
      context,
      [services.copy("faq.didYouMean")],
      [...choices.map((id) => services.faq.entry(id).question), services.copy("faq.noneOfThese")],
    );
    return;
  }
  return giveAnswer(scope, answer.id);
}

/** Sends one FAQ entry's answer and resumes. */
export async function giveAnswer(scope: TurnScope, id: FaqId): Promise<void> {
  const { data, services } = scope;
  data.faqChoices = [];
  // The same answer again while a question waits: a try at that question, not a repeat.
  if (data.lastFaq === id && data.stage === "interview" && data.expecting) {
    const question = questionText(data.expecting, services.copy, "short", data.profile);
    return failedAttempt(scope, [services.copy("faq.again", { question })]);
  }
  data.lastFaq = id;
  services.recordEvent?.({ kind: "faq_answered", faqId: id });
  await resume(scope, [services.faq.entry(id).answer]);
}

/** When a "did you mean" choice is pending, reads the visitor's pick. Null if it was not a pick. */
export function pickedFaq(scope: TurnScope, text: string): FaqId | "none" | null {
  const { data, services } = scope;
  if (data.faqChoices.length === 0) return null;
  const normalised = text.trim().toLowerCase();
  if (services.copy.has(text, "faq.noneOfThese")) return "none";
  const byQuestion = data.faqChoices.find(
    (id) => services.faq.entry(id).question.trim().toLowerCase() === normalised,
  );
  if (byQuestion) return byQuestion;
  // "yes" or "that one" to "did you mean…": the first (best) suggestion.
  if (
    /^(?:yes|yeah|yep|yup|y|that one|the first(?: one)?|first one|that'?s it)[\s.!,]*(?:please|thanks)?[\s.!]*$/i.test(
      normalised,
    )
  )
    return data.faqChoices[0] ?? null;
  const index = Number.parseInt(normalised, 10);
  if (Number.isInteger(index) && index >= 1 && index <= data.faqChoices.length) {
    return data.faqChoices[index - 1] ?? null;
  }
  return null;
}
