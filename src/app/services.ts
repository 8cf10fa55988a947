import { randomUUID } from "node:crypto";
import {
  createPresenter,
  loadCardCopy,
  loadCopy,
  type AdvisorServices,
  type CommitHandoff,
} from "../../dialogs/index.ts";
import { createIntentClassifier } from "../../intents/classifier/index.ts";
import { parseCorpus } from "../../intents/corpus.ts";
import { createFactsModel, FactsCorpusSchema } from "../../intents/facts-model/index.ts";
import { detectLanguage } from "../../intents/language/index.ts";
import {
  createUnderstander,
  isClearlyOffTopic,
  type Understander,
} from "../../intents/understand.ts";
import type { Config } from "../config/index.ts";
import { createFaq, loadFaqContent, type Faq, type FaqAnswer } from "../core/faq/index.ts";
import { createRecommender, type Recommender } from "../core/recommender/index.ts";
import { CONTENT_FILES, readJson } from "./content.ts";

/** Version of the privacy notice shown before contact details are collected. */
export const PRIVACY_NOTICE_VERSION = "2026-11-1";

/** The pure core, built once from configuration and content files. */
export interface Core {
  recommender: Recommender;
  faq: Faq;
  understander: Understander;
  /**
   * FAQ answers for the HTTP API: off-topic questions and questions in another language get no
   * answer, whatever the wording.
   */
  askFaq(question: string): FaqAnswer;
}

export function createCore(config: Config): Core {
  const business = {
    companyName: config.COMPANY_NAME,
    bookingUrl: config.BOOKING_URL,
    privacyUrl: config.PRIVACY_URL,
  };
  const faq = createFaq({
    content: loadFaqContent(
      readJson(CONTENT_FILES.faq),
      readJson(CONTENT_FILES.serviceTerms),
      business,
    ),
  });
  const classifier = createIntentClassifier({
    corpus: parseCorpus(readJson(CONTENT_FILES.corpus)),
  });
  const factsModel = createFactsModel({
    corpus: FactsCorpusSchema.parse(readJson(CONTENT_FILES.factsCorpus)),
  });
  const understander = createUnderstander({ classifier, faq, factsModel });
  return {
    recommender: createRecommender(),
    faq,
    understander,
    askFaq(question) {
      if (
        detectLanguage(question).language === "other" ||
        isClearlyOffTopic(classifier.classify(question))
      ) {
        return { id: null, confidence: 0, answer: null, suggestions: [] };
      }
      return faq.ask(question);
    },
  };
}

/** The services the conversation uses, over the core. */
export function createAdvisorServices(
  config: Config,
  core: Core,
  options: Partial<Pick<AdvisorServices, "recordEvent" | "eraseVisitor">> & {
    commitHandoff?: CommitHandoff;
  } = {},
): AdvisorServices {
  const copy = loadCopy(readJson(CONTENT_FILES.copy), {
    companyName: config.COMPANY_NAME,
    privacyUrl: config.PRIVACY_URL,
    bookingUrl: config.BOOKING_URL,
    retentionDays: config.RETENTION_DAYS,
  });
  const leads = new Map<string, unknown>();
  const services: AdvisorServices = {
    understand: (input) => core.understander.understand(input),
    recommend: (profile) => core.recommender.recommend(profile),
    faq: core.faq,
    copy,
    present: createPresenter(loadCardCopy(readJson(CONTENT_FILES.cardCopy)), config.BOOKING_URL),
    commitHandoff:
      options.commitHandoff ??
      (async (lead) => {
        const leadId = randomUUID();
        leads.set(leadId, lead);
        return leadId;
      }),
    settings: {
      companyName: config.COMPANY_NAME,
      privacyUrl: config.PRIVACY_URL,
      bookingUrl: config.BOOKING_URL,
      retentionDays: config.RETENTION_DAYS,
      maxMessageChars: config.MAX_MESSAGE_CHARS,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    },
  };
  if (options.recordEvent) services.recordEvent = options.recordEvent;
  if (options.eraseVisitor) services.eraseVisitor = options.eraseVisitor;
  return services;
}
