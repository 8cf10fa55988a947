/**
 * @module directline: a self-hosted Direct Line 3.0 subset (polling) for the website widget,
 * with signed visitor tokens, storage behind a small interface, and the Azure token exchange.
 */
export { CHANNEL_ID, PostedActivitySchema, activityId } from "./activity.ts";
export type { Party, PostedActivity } from "./activity.ts";
export { AZURE_DIRECT_LINE_DOMAIN, createAzureTokenSource } from "./azure.ts";
export type { AzureTicket, AzureTokenOptions } from "./azure.ts";
export { DirectLineError } from "./errors.ts";
export type { DirectLineStatus } from "./errors.ts";
export { createMemoryDirectLineStore } from "./memory-store.ts";
export { createSqlDirectLineStore } from "./sql-store.ts";
export { createDirectLineService } from "./service.ts";
export type {
  ActivitySet,
  ConversationTicket,
  DeliverActivity,
  DirectLineOptions,
  DirectLineService,
} from "./service.ts";
export type { WithLock } from "./serialise.ts";
export type {
  ActivityJson,
  ConversationRecord,
  DirectLineStore,
  SequencedActivity,
} from "./store.ts";
export { TokenClaimsSchema, signToken, verifyToken } from "./token.ts";
export type { TokenCheck, TokenClaims, TokenProblem } from "./token.ts";
