import type { TurnContext } from "botbuilder";
import type { ChannelTurn } from "./channel-turn.ts";
import type { AdvisorServices } from "./services.ts";
import type { ConversationData } from "./state.ts";

/** One turn's working set: the context to reply on, the state to change, the services to use. */
export interface TurnScope {
  context: TurnContext;
  data: ConversationData;
  services: AdvisorServices;
  /** Set by channels that add to a turn (Teams). */
  channel?: ChannelTurn | undefined;
}

const SCOPE_KEY = Symbol("advisor.turnScope");

/** Keeps the turn's scope on the context, so botbuilder dialogs' steps can reach it. */
export function attachScope(scope: TurnScope): void {
  scope.context.turnState.set(SCOPE_KEY, scope);
}

export function scopeOf(context: TurnContext): TurnScope {
  const scope = context.turnState.get(SCOPE_KEY) as TurnScope | undefined;
  if (!scope) throw new Error("No advisor scope on this turn");
  return scope;
}
