import { cardMessage, message, say, supportsCards, typing } from "./replies.ts";
import type { TurnScope } from "./turn.ts";
import type { Profile } from "../src/core/profile/index.ts";

/** The event the website widget turns into its `advisor:recommendation` CustomEvent (contract). */
export const RECOMMENDATION_EVENT = "advisor.recommendation";

/**
 * Presents the recommendation: a card (or text where cards do not show), the contract's event on
 * every channel but Teams, and the next steps.
 */
export async function presentRecommendation(scope: TurnScope, lead: string[] = []): Promise<void> {
  const { context, data, services } = scope;
  const { copy, present } = services;
  // Every answer was "don't know": any model would be a guess, so a consultant is offered instead.
  if (knowsNothing(data.profile)) {
    await say(
      context,
      [...lead, copy("recommend.tooLittle")],
      [copy("action.talk"), copy("action.restart")],
    );
    return;
  }
  await typing(context);
  const recommendation = services.recommend(data.profile);
  data.stage = "recommended";
  data.expecting = null;
  data.attempts = 0;

  const channelId = context.activity.channelId;
  const body = supportsCards(channelId)
    ? cardMessage(
        present.card(recommendation, data.profile),
        present.text(recommendation, data.profile),
      )
    : message(present.text(recommendation, data.profile));

  await context.sendActivities([
    ...[...lead, copy("recommend.intro")].map((line) => message(line)),
    body,
  ]);
  if (channelId !== "msteams") {
    await context.sendActivity({
      type: "event",
      name: RECOMMENDATION_EVENT,
      value: { profile: data.profile, recommendation },
    });
  }
  // The card carries the next steps as buttons; the follow-up adds only what the card lacks.
  const more = recommendation.missing.length > 0 ? [copy("action.more")] : [];
  await say(
    context,
    [copy(supportsCards(channelId) ? "recommend.nextWithCard" : "recommend.next")],
    supportsCards(channelId)
      ? more
      : [...more, copy("action.talk"), copy("action.ask"), copy("action.restart")],
  );
  services.recordEvent?.({ kind: "recommendation", model: recommendation.model });
}

/** True when no answer holds a value: nothing known, or "don't know" to everything. */
function knowsNothing(profile: Profile): boolean {
  const { signals, ...fields } = profile;
  const known = (value: unknown): boolean => value !== null && value !== undefined;
  return !Object.values(fields).some(known) && !Object.values(signals ?? {}).some(known);
}
