import type { Faq, FaqId } from "../src/core/faq/index.ts";
import {
  mergeProfile,
  PROFILE_PATHS,
  type Profile,
  type ProfileIssue,
  type ProfilePath,
} from "../src/core/profile/index.ts";
import { valueAt } from "../src/core/interview/index.ts";
import type { IntentClassifier } from "./classifier/index.ts";
import { extractFacts, openingYesNo } from "./extract/index.ts";
import { withLearnedFacts, type FactsModel } from "./facts-model/index.ts";
import { withoutSignature } from "./email-signature.ts";
import { emojiAsWords } from "./emoji-words.ts";
import type { Intent } from "./intent-names.ts";
import { detectLanguage, isGibberish } from "./language/index.ts";

export interface UnderstandInput {
  text: string;
  profile?: Profile | undefined;
  /** The dotted profile path the advisor just asked about. */
  expecting?: ProfilePath | undefined;
}

/** The contract's understand reply, plus what changed and whether an expected answer failed. */
export interface UnderstandResult {
  intent: Intent;
  confidence: number;
  profile: Profile;
  faq: { id: FaqId; confidence: number } | null;
  issues: ProfileIssue[];
  language: "en" | "other" | "unknown";
  changed: ProfilePath[];
  failed: boolean;
}

export interface Understander {
  understand(input: UnderstandInput): UnderstandResult;
}

/** Intents that a message carrying facts keeps; any other reading of it becomes `inform`. */
const KEEP_WITH_FACTS: ReadonlySet<Intent> = new Set(["ask_faq", "ask_recommendation", "handoff"]);
/** A yes or no that answers the yes/no question the advisor asked about a signal. */
const isYesNoAnswer = (
  intent: Intent,
  expecting: ProfilePath | undefined,
  changed: readonly ProfilePath[],
): boolean =>
  (intent === "affirm" || intent === "deny") &&
  expecting !== undefined &&
  expecting.startsWith("signals.") &&
  changed.includes(expecting);

/** A reply to a signal's yes/no question that sets that signal and opens with a yes or a no. */
const opensWithYesNo = (
  text: string,
  expecting: ProfilePath | undefined,
  changed: readonly ProfilePath[],
): boolean =>
  expecting !== undefined &&
  expecting.startsWith("signals.") &&
  changed.includes(expecting) &&
  openingYesNo(text) !== null;

/**
 * Off-topic probability from which a question is not looked up in the FAQ at all; below it, a
 * question the classifier leans off-topic on is still answered when an FAQ entry matches it.
 */
export const OFF_TOPIC_VETO = 0.9;

/** True when the classifier is all but sure the text is off-topic. */
export function isClearlyOffTopic(classified: {
  ranking: ReadonlyArray<{ intent: string; score: number }>;
}): boolean {
  const offTopic = classified.ranking.find((entry) => entry.intent === "out_of_scope");
  return (offTopic?.score ?? 0) >= OFF_TOPIC_VETO;
}

/**
 * Turns one message into an intent and profile updates: language first (another language is out
 * of scope), then facts (which make a message `inform` unless it also asks for something), then the
 * classifier, with the FAQ match attached to questions.
 */
export function createUnderstander(options: {
  classifier: IntentClassifier;
  faq: Pick<Faq, "match">;
  /** Fills what the rules did not hear in a message that informs; without it, rules only. */
  factsModel?: FactsModel | undefined;
}): Understander {
  const { classifier, faq, factsModel } = options;
  return {
    understand({ text: raw, profile = {}, expecting }) {
      const text = emojiAsWords(withoutSignature(raw));
      const language = detectLanguage(text).language;
      if (language === "other") {
        return result("out_of_scope", 0.9, profile, [], language);
      }
      const classified = classifyWithAsk(classifier, text);
      // "Can managed IT work if we have no IT staff?" asks about a case; it states no fact. Plain
      // statements beside such a question still do: "...? our only IT guy retires in 2026".
      const hypothetical = classified.intent === "ask_faq" && isHypotheticalQuestion(text);
      const facts = extractFacts(hypothetical ? statementsOnly(text) : text, {
        profile,
        expecting,
      });
      let merged = mergeProfile(profile, facts.update);
      let changed = changedPaths(profile, merged.profile);
      const onlyDontKnow = changed.every((path) => valueAt(merged.profile, path) === null);
      const heardFacts = (changed.length > 0 && !onlyDontKnow) || merged.issues.length > 0;
      const failed = expecting !== undefined && facts.failures[expecting] !== undefined;
      let intent: Intent = classified.intent;
      let confidence = classified.confidence;

      // A statement is not an FAQ question, whatever its words: "support is hit and miss".
      if (intent === "ask_faq" && !asksSomewhere(text) && wordCount(text) >= 4) {
        intent = "inform";
      }

      if (facts.dontKnow && !heardFacts && !KEEP_WITH_FACTS.has(intent)) {
        intent = "dont_know";
        confidence = Math.max(confidence, 0.8);
      } else if (heardFacts && isYesNoAnswer(intent, expecting, changed)) {
        // "yes" to "is anyone in IT leaving?": a yes, and the signal it answers.
        confidence = Math.max(confidence, 0.85);
      } else if (
        heardFacts &&
        !KEEP_WITH_FACTS.has(intent) &&
        opensWithYesNo(text, expecting, changed)
      ) {
        // "ya they're solid" to "is your team capable?": the yes, with the reason it gives.
        intent = openingYesNo(text) ? "affirm" : "deny";
        confidence = Math.max(confidence, 0.85);
      } else if (heardFacts && !KEEP_WITH_FACTS.has(intent)) {
        intent = "inform";
        confidence = Math.max(confidence, 0.85);
      } else if (
        intent === "out_of_scope" &&
        !isClearlyOffTopic(classified) &&
        !isGibberish(text) &&
        looksLikeQuestion(text)
      ) {
        const match = faq.match(text);
        if (match) {
          intent = "ask_faq";
          confidence = match.confidence;
        }
      }
      if (intent === "inform" && factsModel && !hypothetical) {
        // A message that informs may say more than the rules heard, in words they do not know.
        const update = withLearnedFacts(facts.update, factsModel.read(text), profile, expecting);
        if (update !== facts.update) {
          merged = mergeProfile(profile, update);
          changed = changedPaths(profile, merged.profile);
        }
      }
      const faqMatch = intent === "ask_faq" ? faq.match(text) : null;
      return {
        intent,
        confidence: round(confidence),
        profile: merged.profile,
        faq: faqMatch,
        issues: merged.issues,
        language,
        changed,
        failed: failed && !changed.includes(expecting),
      };
    },
  };
}

function result(
  intent: Intent,
  confidence: number,
  profile: Profile,
  changed: ProfilePath[],
  language: UnderstandResult["language"],
): UnderstandResult {
  return { intent, confidence, profile, faq: null, issues: [], language, changed, failed: false };
}

function changedPaths(before: Profile, after: Profile): ProfilePath[] {
  return PROFILE_PATHS.filter(
    (path) => JSON.stringify(valueAt(before, path)) !== JSON.stringify(valueAt(after, path)),
  );
}

const HYPOTHETICAL =
  /\b(if|without|what if|suppose|supposing|in case|do (we|i) (need|have to)|would (we|i) need)\b/i;
const isHypotheticalQuestion = (text: string): boolean =>
  looksLikeQuestion(text) && HYPOTHETICAL.test(text);

/** The sentences of a message that are neither questions nor suppositions. */
const statementsOnly = (text: string): string =>
  text
    .split(/(?<=[.!?])\s+|\s[-\u2013\u2014]\s/)
    .filter((sentence) => !looksLikeQuestion(sentence) && !HYPOTHETICAL.test(sentence))
    .join(" ");

const QUESTION =
  /\?|^(?:(?:ok|okay|right|righto|so|and|but|hi|hello|hey|also|sorry|quick question|one more thing|just)[,\s]+)?(what|what's|whats|wat|wats|wot|wots|whit|how|hw|why|y|when|who|which|where|can|cn|could|cud|do|does|did|is|are|r|will|would|wld|should|tell me|explain|kindly explain|please explain|any idea|if we)\b|\b(i'?d like to know|i want to know|wondering|curious|is that something|is this something|can you help|could you help|do you (?:do|offer|cover|provide))\b/i;

const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** The clauses of a message: its sentences, split again at commas and dashes. */
const clausesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?;])\s+|\s[-\u2013\u2014]\s|,\s+/)
    .map((clause) => clause.trim())
    .filter((clause) => wordCount(clause) >= 2);

/**
 * Intents a clause can carry on its own: "we're 200 staff, just get someone to ring me", "how long
 * does onboarding take, we're a small practice".
 */
const ASKS: ReadonlySet<Intent> = new Set(["handoff", "ask_recommendation", "ask_faq"]);
/** Words without which a clause that does not look like a question asks for nothing. */
const MIGHT_ASK =
  /\b(?:call|ring|phone|speak|talk|chat|contact|human|person|someone|somebody|anyone|recommend|recommendation|suggest|advise|advice|verdict|book|email|touch|reach|meeting|consultant|sales|quote|price|cost|help)\b/i;
/** How sure the classifier must be of a clause's ask before it speaks for the message. */
const CLAUSE_ASK = 0.8;

/**
 * Classifies the whole message, and each clause on its own (the last first), so an ask before or
 * after a run of facts is not lost in them.
 */
function classifyWithAsk(
  classifier: IntentClassifier,
  text: string,
): ReturnType<IntentClassifier["classify"]> {
  const whole = classifier.classify(text);
  if (ASKS.has(whole.intent)) return whole;
  const clauses = clausesOf(text);
  if (clauses.length < 2) return whole;
  for (const clause of clauses.reverse()) {
    if (!clauseAsks(clause) && !MIGHT_ASK.test(clause)) continue;
    const part = classifier.classify(clause);
    if (ASKS.has(part.intent) && part.confidence >= CLAUSE_ASK) return part;
  }
  return whole;
}
const looksLikeQuestion = (text: string): boolean => QUESTION.test(text.trim());
/** "our audit is in 6 weeks, can you actually help with that": a question after a statement. */
const asksSomewhere = (text: string): boolean =>
  looksLikeQuestion(text) || clausesOf(text).some(clauseAsks);
/** Openings that look like questions and rarely are: "could do with a hand", "when we moved". */
const STATEMENT_OPENING =
  /^(?:could|would|should)(?: really| definitely| honestly)? (?:do with|be (?:good|great|nice|handy|useful|helpful)|like|love|rather|prefer)\b|^(?:when|where|which|who) (?:the|we|i|he|she|it|they|our|my|his|her|their|you)\b/i;
const clauseAsks = (clause: string): boolean =>
  clause.includes("?") || (looksLikeQuestion(clause) && !STATEMENT_OPENING.test(clause.trim()));

const round = (value: number): number => Math.round(value * 1000) / 1000;
