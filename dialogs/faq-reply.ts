import type { FaqId } from "../src/core/faq/index.ts";
import { needsConsultant } from "./consultant-topics.ts";
import type { CopyKey } from "./copy.ts";
import { failedAttempt, resume } from "./interview.ts";
import { questionText } from "./questions.ts";
import { say, typing } from "./replies.ts";
import type { TurnScope } from "./turn.ts";

/** Below this confidence, with other entries scoring close, the visitor picks the entry. */
const DID_YOU_MEAN_BELOW = 0.8;

/**
 * Below this, a "did you mean" list would offer only guesses (on the FAQ development sets, most
 * such questions have no entry at all), so the question is declined instead.
 */
const GUESSES_BELOW = 0.55;

/** "what happens next?" once the visitor has asked to be contacted. */
const ASKS_NEXT_STEP =
  /\bwhat (?:happens|now|next)\b|\bwhat(?:'s| is) (?:the )?next(?: step)?\b|\bwhen (?:will|would|do|should) (?:i|we) (?:hear|expect|get)\b/i;

/**
 * Answers a question from the FAQ, offers a choice when two entries are close, and then returns
 * to where the conversation was. A question no entry answers well is declined plainly, with a
 * consultant offered, before the pending question is asked again.
 */
export async function answerFaq(scope: TurnScope, question: string): Promise<void> {
  const { services, data, context } = scope;
  await typing(context);
  if (data.leadId !== null && ASKS_NEXT_STEP.test(question)) {
    return resume(scope, [services.copy("handoff.next")]);
  }
  const answer = services.faq.ask(question);
  if (needsConsultant(question, answer.answer)) return decline(scope, "faq.consultant");
  if (answer.id === null || answer.answer === null) return decline(scope, "faq.noAnswer");
  if (answer.suggestions.length > 0 && answer.confidence < DID_YOU_MEAN_BELOW) {
    if (answer.confidence < GUESSES_BELOW) return decline(scope, "faq.noAnswer");
    // Teams shows three suggested actions at most: two entries there, so "None of these" fits.
    const most = context.activity.channelId === "msteams" ? 2 : 3;
    const choices = [answer.id, ...answer.suggestions.map((s) => s.id)].slice(0, most);
    data.faqChoices = choices;
    // The open question stays in view, so a visitor who meant none of these can simply answer it.
    const pending =
      data.stage === "interview" && data.expecting
        ? [
            services.copy("faq.didYouMean.pending", {
              question: questionText(data.expecting, services.copy, "short", data.profile),
            }),
          ]
        : [];
    await say(
      context,
      [services.copy("faq.didYouMean"), ...pending],
      [...choices.map((id) => services.faq.entry(id).question), services.copy("faq.noneOfThese")],
    );
    return;
  }
  return giveAnswer(scope, answer.id);
}

/**
 * What to say to a question the FAQ cannot answer: `reason` before the visitor has asked to be
 * contacted, a pointer to the coming call after.
 */
export function declineLine(
  scope: TurnScope,
  reason: Extract<CopyKey, "faq.consultant" | "faq.noAnswer">,
): string {
  return scope.services.copy(scope.data.leadId === null ? reason : "faq.consultant.later");
}

/** Says plainly the question can't be answered here, offers a consultant, and resumes. */
async function decline(
  scope: TurnScope,
  reason: Extract<CopyKey, "faq.consultant" | "faq.noAnswer">,
): Promise<void> {
  scope.services.recordEvent?.({ kind: "faq_unanswered" });
  return resume(scope, [declineLine(scope, reason)]);
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
