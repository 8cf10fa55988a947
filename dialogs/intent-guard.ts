import type { Intent } from "../intents/intent-names.ts";
import type { ConversationData } from "./state.ts";

/** Intents that clear the answers or end the chat: acted on mid-conversation only when sure. */
const ENDING: ReadonlySet<Intent> = new Set(["restart", "cancel", "goodbye"]);
/** Below this, an ending intent mid-conversation is read as something else ("go back"). */
export const SURE_TO_END = 0.8;

/** "yes, well done", "yep that's it", "I think so": a yes, whatever follows it. */
const YES_FIRST =
  /^(?:yes|yeah|yea|yep|yup|aye|correct|exactly|spot on|that'?s (?:right|it|correct)|i (?:think|believe|reckon) so|think so|pretty much|more or less|near enough|about right)\b/i;

/** Asking to change an earlier answer: "go back", "undo that", "previous question". */
const GO_BACK =
  /^(?:(?:can (?:i|we) |let me |i want to |i'?d like to )?(?:go back|back|undo(?: that)?|previous question|last question|change (?:my|the|that) (?:last )?answer|edit (?:my|that) answer))\b/i;

/** Wording that leaves no doubt the visitor wants to start from scratch. */
const EXPLICIT_RESTART =
  /^(?:please )?(?:start (?:again|over|afresh|from scratch)|restart|reset|begin again|new assessment|clear (?:my|the|all) answers|start a new (?:one|assessment|chat))\b/i;

/** What the router should do with an intent that is not safe to act on as it stands. */
export type Settled = Intent | "go_back" | "confirm_restart" | "thanks";

/**
 * The intent to act on, given where the conversation is. A loose match for restart, cancel or
 * goodbye in the middle of the questions is not acted on: "yes, well done" is a yes, "go back"
 * asks to change an answer, and a restart that would clear answers is confirmed first.
 */
export function settleIntent(
  intent: Intent,
  confidence: number,
  text: string,
  data: Pick<ConversationData, "stage" | "profile">,
): Settled {
  const midway = data.stage === "interview" || data.stage === "recap";
  if (GO_BACK.test(text) && data.stage !== "new") return "go_back";
  // "thanks, that's helpful" reads as a goodbye to a classifier; only "bye" ends the chat. At the
  // summary, "great, thanks" is a yes to "have I got that right?".
  if (isThanks(text) && !(data.stage === "recap" && intent === "affirm")) return "thanks";
  // "I think so" at the summary reads as a no to a classifier; it is a yes.
  if (data.stage === "recap" && intent === "deny" && YES_FIRST.test(text)) return "affirm";
  if (!ENDING.has(intent)) return intent;
  if (YES_FIRST.test(text) && midway) return "affirm";
  if (intent === "restart") {
    const hasAnswers = Object.keys(data.profile).length > 0;
    return hasAnswers && !EXPLICIT_RESTART.test(text) ? "confirm_restart" : intent;
  }
  return midway && confidence < SURE_TO_END ? "out_of_scope" : intent;
}

/** "ok", "cool", "thanks", "spot on": the message has been read, nothing more is asked for. */
const ACKNOWLEDGEMENT =
  /^(?:ok(?:ay)?|o?k+|kk|cool|great|nice|spot on|fair enough|makes sense|thanks|thank you|thx|ty|cheers|right|got it|noted|sounds (?:good|great|about right|fair)|interesting|lovely|perfect|brilliant|good|fine|understood|i see)(?: (?:thanks|thank you|cheers|ty))?[\s.!]*$/i;

/** True for an acknowledgement that says neither yes nor no to an offer. */
export const isAcknowledgement = (text: string): boolean => ACKNOWLEDGEMENT.test(text.trim());

/** Words that close a chat, with or without thanks: "bye", "that's all", "have a good day". */
const CLOSING =
  /\b(?:bye|goodbye|byee*|ciao|cya|see (?:you|ya)|speak (?:soon|later)|talk (?:soon|later)|ttyl|that'?s (?:all|everything)|that is all|all for now|nothing else|no more questions|have a (?:good|nice|great|lovely) (?:day|evening|afternoon|weekend|one)|i'?m done|we'?re done|signing off)\b/i;

/** A word of thanks: "thanks", "cheers", "ta", "much appreciated". */
const THANKS_WORD = /\b(?:thanks?|thank you|thankyou|thx|ty|cheers|ta|appreciated?|obliged)\b/i;

/** What may come with the thanks: praise and filler, never a yes, a no or a fact. */
const WITH_THANKS = new Set(
  (
    "thanks thank thankyou thx ty cheers ta you so much very lot lots loads a million again many " +
    "for that this the your all of it that's thats it's its was is has been really super most " +
    "help helpful info information advice answer answers explanation explaining recommendation " +
    "view time appreciate appreciated obliged i ok okay oh ah great brilliant brill lovely " +
    "perfect cool nice fab fabulous excellent fantastic wonderful awesome amazing good grand " +
    "useful interesting clear clearer kind mate guys folks there food thought to know noted " +
    "understood got makes sense fair enough helps helped"
  ).split(" "),
);

/**
 * "thanks", "thanks, that's helpful", "cheers": thanks with praise or filler only, and no
 * closing words ("thanks, bye" is a goodbye).
 */
export function isThanks(text: string): boolean {
  const lower = text
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'");
  if (lower.length > 80 || !THANKS_WORD.test(lower) || CLOSING.test(lower)) return false;
  const words = lower.split(/[^a-z']+/).filter((word) => word.replace(/'/g, "") !== "");
  return words.every((word) => WITH_THANKS.has(word));
}
