import type { DialogContext } from "botbuilder-dialogs";
import { burnoutChoice, commandOf, type Command } from "./commands.ts";
import { answerFaq, giveAnswer, pickedFaq } from "./faq-reply.ts";
import { DIALOG_IDS } from "./ids.ts";
import { guardInput } from "./input-guard.ts";
import { askNext, handleAnswer, readyForRecap, recap, resume } from "./interview.ts";
import { showData } from "./privacy.ts";
import { privacyCommandOf } from "./privacy-commands.ts";
import { presentRecommendation } from "./recommendation.ts";
import { say } from "./replies.ts";
import type { Understanding } from "./services.ts";
import { restartedConversationData } from "./state.ts";
import type { TurnScope } from "./turn.ts";
import { welcomeLines, welcomeActions } from "./welcome.ts";

/** Consecutive messages the advisor could not place before it offers a person or a restart. */
const STUCK_AFTER = 3;

/** Routes one visitor message: commands and interruptions first, then the interview. */
export async function routeMessage(scope: TurnScope, dc: DialogContext): Promise<void> {
  const { context, data, services } = scope;
  const { copy } = services;
  const activity = context.activity;

  const guard = guardInput(activity, services.settings.maxMessageChars);
  // An empty first message (a bare @mention in Teams) is a hello, not a failed answer.
  if (guard && !(guard === "input.empty" && !data.welcomed)) {
    await say(context, [copy(guard, { max: services.settings.maxMessageChars })]);
    return;
  }
  const text = (activity.text ?? "").trim();
  const command = commandOf(text, activity.value, copy);
  // Understood once, when first needed: the welcome's greeting check and the routing share it.
  let understood: Understanding | undefined;
  const understand = (): Understanding => {
    const choice = data.expecting === "burnoutRisk" ? burnoutChoice(text, copy) : null;
    understood ??= services.understand({
      text: choice ?? text,
      profile: data.profile,
      expecting: data.expecting ?? undefined,
    });
    return understood;
  };

  if (dc.activeDialog) {
    if (command === "restart" || command === "handoff" || command === "start") {
      await dc.cancelAllDialogs();
    } else {
      const intent = quickIntent(scope, text);
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
    return resume(scope, [copy("faq.noAnswer")]);
  }
  if (picked) return giveAnswer(scope, picked);
  data.faqChoices = [];

  const privacy = privacyCommandOf(text);
  if (privacy === "show_data") return showData(scope);
  if (privacy === "delete_data") {
    await dc.beginDialog(DIALOG_IDS.deleteData);
    return;
  }

  return routeIntent(scope, dc, understand(), text);
}

async function routeIntent(
  scope: TurnScope,
  dc: DialogContext,
  u: Understanding,
  text: string,
): Promise<void> {
  const { context, data, services } = scope;
  const { copy } = services;
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
      return beginHandoff(scope, dc);
    case "ask_recommendation":
      data.profile = u.profile;
      return presentRecommendation(
        scope,
        readyForRecap(scope) ? [] : [copy("recommend.earlyView")],
      );
    case "ask_faq":
      data.profile = u.profile;
      return answerFaq(scope, text);
    case "out_of_scope":
      // An unreadable reply to a pending question is a failed answer, so it is re-asked, not waved off.
      if (data.expecting && u.language !== "other" && !/\?\s*$/.test(text))
        return handleAnswer(scope, u);
      return outOfScope(scope, u);
    case "greet":
      if (data.stage === "new") return askNext(scope);
      return resume(scope, []);
    case "affirm":
      if (u.changed.length > 0) return handleAnswer(scope, u);
      if (data.stage === "recap") return presentRecommendation(scope);
      if (data.stage === "new" || data.stage === "closed") return askNext(scope);
      return resume(scope, []);
    case "deny":
      if (u.changed.length > 0) return handleAnswer(scope, u);
      if (data.stage === "recap") {
        await say(context, [copy("interview.recap.whatToChange")]);
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
      return readyForRecap(scope)
        ? recap(scope)
        : presentRecommendation(scope, [copy("recommend.earlyView")]);
    case "change":
      await say(context, [copy("interview.recap.whatToChange")]);
      return;
    case "help":
      return resume(scope, [copy("help.text")]);
    default:
      return assertNever(command);
  }
}

/**
 * Contact details are never asked where others can read them: in a shared conversation the handoff
 * moves to a private chat the channel opens, and only a neutral line is posted here.
 */
async function beginHandoff(scope: TurnScope, dc: DialogContext): Promise<void> {
  const { channel, context, data, services } = scope;
  if (channel?.shared) {
    const moved = await channel.continuePrivately(data.profile);
    await say(context, [services.copy(moved ? "handoff.private.moved" : "handoff.private.failed")]);
    return;
  }
  await dc.beginDialog(DIALOG_IDS.handoff);
}

const mentionName = (scope: TurnScope): string | undefined =>
  scope.channel?.shared ? scope.channel.botName : undefined;

async function restart(scope: TurnScope): Promise<void> {
  Object.assign(scope.data, restartedConversationData(scope.data));
  return askNext(scope, [scope.services.copy("restart.done")]);
}

async function outOfScope(scope: TurnScope, u: Understanding): Promise<void> {
  const { data, services, context } = scope;
  const { copy } = services;
  services.recordEvent?.({ kind: "out_of_scope" });
  if (u.language === "other") return resume(scope, [copy("language.englishOnly")]);
  data.confusedTurns += 1;
  if (data.confusedTurns >= STUCK_AFTER) {
    data.confusedTurns = 0;
    await say(context, [copy("outOfScope.stuck")], [copy("action.talk"), copy("action.restart")]);
    return;
  }
  return resume(scope, [copy("outOfScope.reply")]);
}

/** Inside a form (the handoff), only a clear cancel or restart interrupts. */
function quickIntent(scope: TurnScope, text: string): string | null {
  if (text.length > 40) return null;
  const u = scope.services.understand({ text, profile: {} });
  return u.confidence >= 0.6 ? u.intent : null;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
