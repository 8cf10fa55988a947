/** @module faq: the FAQ knowledge, validated at load, and retrieval over its phrasings. */
export { FAQ_IDS, FaqIdSchema, FaqContentSchema, ServiceTermsSchema } from "./schema.ts";
export type { FaqAnswer, FaqContent, FaqEntry, FaqId, ServiceTerms } from "./schema.ts";
export { FaqContentError, loadFaqContent } from "./load.ts";
export { createFaq, type Faq, type FaqOptions } from "./faq.ts";
export {
  createRetriever,
  DEFAULT_RETRIEVER_SETTINGS,
  type RetrieverSettings,
} from "./retriever.ts";
