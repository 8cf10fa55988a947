import type { DialogContext } from "botbuilder-dialogs";
import { burnoutChoice, burnoutEmoji, commandOf, type Command } from "./commands.ts";
import { needsConsultant } from "./consultant-topics.ts";
import { answerFaq, declineLine, giveAnswer, pickedFaq } from "./faq-reply.ts";
import { DIALOG_IDS } from "./ids.ts";
import { guardInput } from "./input-guard.ts";
import { isAcknowledgement, isThanks, settleIntent } from "./intent-guard.ts";
import { plainText } from "./plain-text.ts";
import { cleanEmail } from "./contact-validation.ts";
import {
  ask,
  askNext,
  failedAttempt,
  handleAnswer,
  readyForRecap,
  recap,
  resume,
} from "./interview.ts";
import { explainRecommendation } from "./explain.ts";
import { asksWhy, whyWeAsk } from "./why.ts";
import { showData } from "./privacy.ts";
import { privacyCommandOf } from "./privacy-commands.ts";
import { questionText } from "./questions.ts";
import { presentRecommendation } from "./recommendation.ts";
import { say } from "./replies.ts";
import { replyToThanks } from "./thanks-reply.ts";
import type { Understanding } from "./services.ts";
import { restartedConversationData } from "./state.ts";
import type { TurnScope } from "./turn.ts";
import { welcomeLines, welcomeActions } from "./welcome.ts";

const CORE_FIELDS = ["employees", "itStaff", "skillsGaps", "burnoutRisk"] as const;

const MORE_QUESTIONS =
  /\bwhat else (?:do you need|would help|can i tell you|should i tell you|do you want to know)\b|\bask me (?:more|another|anything else|some more)\b|\b(?:more|other|next) questions?\b|\bcarry on with the questions\b|\bkeep going\b/i;

/** The first email address in a message, if it is one the handoff would accept. */
const emailIn = (text: string): string | null => {
  const candidate = /[^\s<>,;:()]+@[^\s<>,;:()]+\.[^\s<>,;:()]+/.exec(text)?.[0];
  return candidate ? cleanEmail(candidate.replace(/[.]+$/, "")) : null;
};

/** Consecutive messages the advisor could not place before it offers a person or a restart. */
const STUCK_AFTER = 3;

/** Routes one visitor message: commands and interruptions first, then the interview. */
export async function routeMessage(scope: TurnScope, dc: DialogContext): Promise<void> {
  const { context, data, services } = scope;
  const { copy } = services;
  const activity = context.activity;

  const mood =
    data.expecting === "burnoutRisk" && !dc.activeDialog ? burnoutEmoji(activity.text ?? "") : null;
  const guard = mood ? null : guardInput(activity, services.settings.maxMessageChars);
  // An empty first message (a bare @mention in Teams) is a hello, not a failed answer.
  if (guard && !(guard === "input.empty" && !data.welcomed)) {
    const reply = copy(guard, { max: services.settings.maxMessageChars });
    // Emoji or an attachment in answer to a question count as a try, so the question is not
    // asked for ever; an over-long message changes nothing at all.
    if (
      data.stage === "interview" &&
      data.expecting &&
      guard !== "input.tooLong" &&
      !dc.activeDialog
    )
      return failedAttempt(scope, [reply]);
    await say(context, [reply]);
    return;
  }
  const text = plainText(activity.text ?? "");
  const command = commandOf(text, activity.value, copy);
  // Understood once, when first needed: the welcome's greeting check and the routing share it.
  let understood: Understanding | undefined;
  const understand = (): Understanding => {
    const choice = data.expecting === "burnoutRisk" ? (burnoutChoice(text, copy) ?? mood) : null;
    understood ??= services.understand({
      text: choice ?? text,
      profile: data.profile,
      expecting: data.expecting ?? (isWelcomeCount(data, text) ? "employees" : undefined),
    });
    return understood;
  };

  if (dc.activeDialog) {
    if (command === "restart" || command === "handoff" || command === "start") {
      await dc.cancelAllDialogs();
    } else {
      // Privacy commands work inside a form too: the details typed so far go with the form.
      const privacy = privacyCommandOf(text);
      if (privacy === "delete_data") {
        await dc.cancelAllDialogs();
        await dc.beginDialog(DIALOG_IDS.deleteData);
        return;
      }
      if (privacy === "show_data") {
        await showData(scope);
        await dc.repromptDialog();
        return;
      }
      if (asksWhy(text) && dc.activeDialog.id === DIALOG_IDS.handoff) {
        await say(context, [copy("why.contact")]);
        await dc.repromptDialog();
        return;
      }
      // "what would that cost roughly?" typed where the form asks for a name: answered, not kept.
      if (dc.activeDialog.id === DIALOG_IDS.handoff && /\?\s*$/.test(text)) {
        const answer = services.faq.ask(text);
        const reply = needsConsultant(text, answer.answer)
          ? copy("faq.consultant.later")
          : (answer.answer ?? copy("faq.noAnswer"));
        await say(context, [reply]);
        await dc.repromptDialog();
        return;
      }
      // "thanks" halfway through the form is not a goodbye: the step is simply asked again.
      if (isThanks(text)) {
        await dc.repromptDialog();
        return;
      }
      const intent = quickIntent(scope, text);
      if (intent === "goodbye") {
        await dc.cancelAllDialogs();
        await say(context, [copy("goodbye.text")]);
        return;
      }
      if (intent === "cancel" || intent === "restart") {
        await dc.cancelAllDialogs();
        if (intent === "restart") return restart(scope);
        await say(context, [copy("cancel.done")], welcomeActions(copy));
        return;
      }
      await dc.continueDialog();
      return;
    }
  }

  if (!data.welcomed) {
    data.welcomed = true;
    services.recordEvent?.({ kind: "conversation_started" });
    if (command === null && (text === "" || understand().intent === "greet")) {
      await say(context, welcomeLines(copy, mentionName(scope)), welcomeActions(copy));
      return;
    }
    await say(context, welcomeLines(copy, mentionName(scope)));
  }

  if (command) return runCommand(scope, dc, command);

  const picked = pickedFaq(scope, text);
  if (picked === "none") {
    data.faqChoices = [];
    return resume(scope, [declineLine(scope, "faq.noAnswer")]);
  }
  if (picked) return giveAnswer(scope, picked);
  data.faqChoices = [];

  const privacy = privacyCommandOf(text);
  if (privacy === "show_data") return showData(scope);
  if (privacy === "delete_data") {
    await dc.beginDialog(DIALOG_IDS.deleteData);
    return;
  }
  if (data.stage === "interview" && data.expecting && asksWhy(text)) {
    return ask(scope, data.expecting, "short", [whyWeAsk(data.expecting, copy)]);
  }
  if (data.stage === "recommended") {
    const explained = explainRecommendation(
      text,
      services.recommend(data.profile),
      data.profile,
      services,
    );
    if (explained) {
      await say(context, explained.lines, explained.actions);
      return;
    }
    // "ok what else do you need?" after an early view: back to the questions.
    if (MORE_QUESTIONS.test(text)) return runCommand(scope, dc, "more_questions");
  }

  return routeIntent(scope, dc, understand(), text);
}

async function routeIntent(
  scope: TurnScope,
  dc: DialogContext,
  understood: Understanding,
  text: string,
): Promise<void> {
  const { context, data, services } = scope;
  const { copy } = services;
  const declinedJustNow = data.handoffDeclined;
  data.handoffDeclined = false;
  const settled = settleIntent(understood.intent, understood.confidence, text, data);
  if (settled === "go_back") return resume(scope, [copy("interview.recap.whatToChange")]);
  if (settled === "thanks") return replyToThanks(scope);
  if (settled === "confirm_restart") {
    await say(context, [copy("restart.confirm")], [copy("action.restart"), copy("action.carryOn")]);
    return;
  }
  const u: Understanding = { ...understood, intent: settled };
  if (u.intent !== "ask_faq") data.lastFaq = null;
  if (u.intent !== "out_of_scope") data.confusedTurns = 0;

  switch (u.intent) {
    case "restart":
      return restart(scope);
    case "cancel":
      data.expecting = null;
      data.stage = data.stage === "interview" ? "new" : data.stage;
      await say(context, [copy("cancel.done")], welcomeActions(copy));
      return;
    case "help":
      return resume(scope, [copy("help.text")]);
    case "goodbye":
      data.stage = "closed";
      await say(context, [copy("goodbye.text")]);
      return;
    case "handoff":
      data.profile = u.profile;
      return beginHandoff(scope, dc, text);
    case "ask_recommendation":
      // "ninety-five or so" answers the question asked, whatever else it sounds like.
      if (data.expecting && u.changed.includes(data.expecting)) return handleAnswer(scope, u);
      // "it's 5 now, does that change things?": the change is applied and shown.
      if (afterSummary(data) && u.changed.length > 0) return handleAnswer(scope, u);
      data.profile = u.profile;
      return recommendWhenAsked(scope);
    case "ask_faq":
      // A change asked about with no FAQ entry to answer it ("does that change things?").
      if (afterSummary(data) && u.changed.length > 0 && (u.faq?.confidence ?? 0) < 0.6)
        return handleAnswer(scope, u);
      data.profile = u.profile;
      // "We're about 40 people. Is it safe to give you access?": the open question is answered too.
      if (data.stage === "interview" && data.expecting && u.changed.includes(data.expecting)) {
        data.expecting = null;
        data.attempts = 0;
      }
      return answerFaq(scope, text);
    case "out_of_scope":
      // A bare email address, as the contact answer invites: the visitor wants to be contacted.
      if (emailIn(text) && wordCount(text) <= 3) return beginHandoff(scope, dc, text);
      // An unreadable reply to a pending question is a failed answer, so it is re-asked; a question
      // or a request that is clearly about something else is answered as off-topic.
      if (data.expecting && u.language !== "other" && !/\?/.test(text) && !isSentence(text))
        return handleAnswer(scope, u);
      return outOfScope(scope, u);
    case "greet":
      if (data.stage === "new") return askNext(scope);
      return resume(scope, []);
    case "affirm":
      if (u.changed.length > 0) return handleAnswer(scope, u);
      // "actually yes, you can keep them" just after saying no to keeping the details.
      if (declinedJustNow) return beginHandoff(scope, dc, text, [services.copy("handoff.again")]);
      if (data.stage === "recap") return presentRecommendation(scope);
      // The recommendation ends by offering a consultant: "yes" takes the offer.
      if (data.stage === "recommended") {
        // "ok" or "cool" after the card has read it; only a yes takes up the offer of a call.
        if (isAcknowledgement(text)) {
          await say(
            context,
            [copy("recommend.acknowledged")],
            [copy("action.talk"), copy("action.ask")],
          );
          return;
        }
        return beginHandoff(scope, dc);
      }
      // A "yes" to "which areas..." is not an answer: it counts as a failed attempt.
      if (data.stage === "interview" && data.expecting) return handleAnswer(scope, u);
      if (data.stage === "new" || data.stage === "closed") return askNext(scope);
      return resume(scope, []);
    case "deny":
      if (u.changed.length > 0) return handleAnswer(scope, u);
      if (data.stage === "recap") {
        await say(context, [copy("interview.recap.whatToChange")]);
        return;
      }
      if (data.stage === "recommended") {
        await say(
          context,
          [copy("recommend.declined")],
          [copy("action.ask"), copy("action.restart")],
        );
        return;
      }
      if (data.stage === "interview" && data.expecting) return handleAnswer(scope, u);
      if (data.stage === "new") {
        await say(context, [copy("welcome.declined")], welcomeActions(copy));
        return;
      }
      return resume(scope, []);
    case "inform":
    case "dont_know":
      if (data.stage === "new" || data.stage === "closed") data.stage = "interview";
      return handleAnswer(scope, u);
    default:
      return assertNever(u.intent);
  }
}

async function runCommand(scope: TurnScope, dc: DialogContext, command: Command): Promise<void> {
  const { context, data, services } = scope;
  const { copy } = services;
  switch (command) {
    case "start":
      if (data.stage === "recommended") return restart(scope);
      return askNext(scope);
    case "ask_question":
      await say(context, [copy("faq.prompt")]);
      return;
    case "handoff":
      return beginHandoff(scope, dc);
    case "restart":
      return restart(scope);
    case "book_call":
      await say(context, [copy("recommend.book")], [copy("action.talk"), copy("action.ask")]);
      return;
    case "recommend":
      return readyForRecap(scope) ? recap(scope) : recommendWhenAsked(scope);
    case "change":
      await say(context, [copy("interview.recap.whatToChange")]);
      return;
    case "help":
      return resume(scope, [copy("help.text")]);
    case "more_questions": {
      // After an early view the interview carries on; after a full one, the recommendation's
      // "it would help to know ..." becomes the next question.
      if (!readyForRecap(scope)) return askNext(scope);
      const missing = services.recommend(data.profile).missing[0];
      return missing ? ask(scope, missing, "full") : resume(scope, []);
    }
    case "carry_on":
      return resume(scope, []);
    default:
      return assertNever(command);
  }
}

/**
 * Contact details are never asked where others can read them: in a shared conversation the handoff
 * moves to a private chat the channel opens, and only a neutral line is posted here.
 */
async function beginHandoff(
  scope: TurnScope,
  dc: DialogContext,
  text = "",
  lead: string[] = [],
): Promise<void> {
  const { channel, context, data, services } = scope;
  if (channel?.shared) {
    const moved = await channel.continuePrivately(data.profile);
    await say(context, [services.copy(moved ? "handoff.private.moved" : "handoff.private.failed")]);
    return;
  }
  // "my email is bob@example.co.uk, can someone call me": not asked for again.
  const email = emailIn(text);
  if (lead.length > 0) await say(context, lead);
  await dc.beginDialog(DIALOG_IDS.handoff, email ? { email } : undefined);
}

/**
 * A view when asked for one: the recommendation, marked as early when the interview is not done;
 * with nothing known at all, the questions first, since any view would be a guess.
 */
async function recommendWhenAsked(scope: TurnScope): Promise<void> {
  const { data, services } = scope;
  if (!CORE_FIELDS.some((field) => data.profile[field] !== undefined)) {
    return askNext(scope, [services.copy("recommend.needAnswers")]);
  }
  return presentRecommendation(
    scope,
    readyForRecap(scope) ? [] : [services.copy("recommend.earlyView")],
  );
}

const mentionName = (scope: TurnScope): string | undefined =>
  scope.channel?.shared ? scope.channel.botName : undefined;

async function restart(scope: TurnScope): Promise<void> {
  // "ok, let's do the assessment" with nothing said yet: nothing to clear, so nothing to announce.
  const hadAnswers = Object.keys(scope.data.profile).length > 0;
  Object.assign(scope.data, restartedConversationData(scope.data));
  return askNext(scope, hadAnswers ? [scope.services.copy("restart.done")] : []);
}

async function outOfScope(scope: TurnScope, u: Understanding): Promise<void> {
  const { data, services, context } = scope;
  const { copy } = services;
  services.recordEvent?.({ kind: "out_of_scope" });
  if (u.language === "other") {
    // Another language at an open question is a try at it too, so it is left after a few.
    if (data.stage === "interview" && data.expecting) {
      const question = questionText(data.expecting, copy, "short", data.profile);
      return failedAttempt(scope, [copy("language.englishOnly"), copy("faq.resume", { question })]);
    }
    return resume(scope, [copy("language.englishOnly")]);
  }
  // Off-topic at an open question: a try at that question, so it is left after a few.
  if (data.stage === "interview" && data.expecting)
    return failedAttempt(scope, [
      copy("outOfScope.reply"),
      questionText(data.expecting, copy, "short", data.profile),
    ]);
  data.confusedTurns += 1;
  if (data.confusedTurns >= STUCK_AFTER) {
    data.confusedTurns = 0;
    await say(context, [copy("outOfScope.stuck")], [copy("action.talk"), copy("action.restart")]);
    return;
  }
  return resume(scope, [copy("outOfScope.reply")]);
}

/**
 * A bare number before any question ("80", "about 120"): the welcome's first question is the
 * organisation's size, so it is taken as that answer.
 */
const isWelcomeCount = (
  data: { stage: string; profile: { employees?: number | null } },
  text: string,
): boolean =>
  data.stage === "new" &&
  data.profile.employees === undefined &&
  /^(?:~|about |around |approx\.? |roughly )?\d[\d,.]*k?(?:ish| ?\+)?$/i.test(text);

const afterSummary = (data: { stage: string }): boolean =>
  data.stage === "recap" || data.stage === "recommended";

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Four or more words: a request or remark of its own ("can you fix my printer, it's jammed"). */
const isSentence = (text: string): boolean => (text.match(/\p{L}{2,}/gu) ?? []).length >= 4;

/** Inside a form (the handoff), only a clear cancel or restart interrupts. */
function quickIntent(scope: TurnScope, text: string): string | null {
  if (text.length > 40) return null;
  const u = scope.services.understand({ text, profile: {} });
  return u.confidence >= 0.6 ? u.intent : null;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
