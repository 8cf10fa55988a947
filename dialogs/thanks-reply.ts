import { resume } from "./interview.ts";
import { say } from "./replies.ts";
import type { TurnScope } from "./turn.ts";

/**
 * A thanks is answered warmly and leaves the door open: after the recommendation a consultant and
 * further questions are offered, after a lead the coming call is mentioned, and mid-interview the
 * open question is asked again. It never ends the conversation; only a goodbye does.
 */
export async function replyToThanks(scope: TurnScope): Promise<void> {
  const { context, data, services } = scope;
  const { copy } = services;
  if (data.stage === "interview" || data.stage === "recap") {
    return resume(scope, [copy("thanks.reply")]);
  }
  if (data.leadId !== null) {
    await say(context, [copy("thanks.afterLead")], [copy("action.ask")]);
    return;
  }
  if (data.stage === "recommended") {
    await say(context, [copy("thanks.recommended")], [copy("action.talk"), copy("action.ask")]);
    return;
  }
  return resume(scope, [copy("thanks.reply")]);
}
