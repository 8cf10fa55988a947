/** @module dialogs: the conversation: interview, FAQ asides, recommendation, handoff, privacy. */
export { createAdvisorConversation, type AdvisorConversation } from "./advisor-dialogs.ts";
export { loadCopy, CopyError, type Copy, type CopyKey } from "./copy.ts";
export { readConversationData, newConversationData, ConversationDataSchema } from "./state.ts";
export type { ConversationData, Contact } from "./state.ts";
export { RECOMMENDATION_EVENT } from "./recommendation.ts";
export type { ChannelTurn, KnownContact } from "./channel-turn.ts";
export type {
  AdvisorServices,
  AdvisorSettings,
  CommitHandoff,
  LeadDraft,
  Presenter,
  UnderstandInput,
  Understanding,
} from "./services.ts";
export { createPresenter } from "./presenter.ts";
export { loadCardCopy, type CardCopy } from "./cards/index.ts";
