import type { BurnoutRisk } from "../../src/core/profile/index.ts";
import { UNITS } from "./number-words.ts";

/** One calm reply, with an optional "very" before it: "fine", "grand", "no bother at all". */
const LOW_REPLY = String.raw`(?:(?:very|really|quite|pretty|fairly|extremely|super|nice and|all) )?(?:low|fine|ok|okay|alright|all right|good|great|grand|sound|comfortable|relaxed|calm|chilled|chill|quiet|steady|sustainable|not bad|not too bad|minimal|none|no|nope|zero|nil|negligible|very little|all good|no risk|no concerns|no bother(?: at all)?|not a bother|no stress|no problem|no problems|manageable|coping fine|coping well|green|on top of it|under control|all fine)(?: risk)?`;

/**
 * Whole replies to "how is IT coping with the workload?", after filler is trimmed. They mean
 * something only as an answer to that question: "fine" elsewhere says nothing about workload.
 */
export const BURNOUT_REPLIES: Readonly<Record<BurnoutRisk, RegExp>> = {
  high: /^(?:(?:very|really|quite|pretty|extremely|super|fairly|rather) )?(?:high|critical|severe|bad|terrible|awful|dire|horrendous|horrible|poor|rough|serious|overwhelmed|overwhelming|drowning|burnt out|burned out|at breaking point|not good|not great at all|not well|really not good|a lot|huge|massive|sky high|red|through the roof|off the scale|very)(?: risk)?$/,
  medium:
    /^(?:(?:quite|pretty|fairly|somewhat|a bit|a little|moderately|rather) )?(?:medium|moderate|middling|average|so so|mid|coping|just about coping|somewhere in (?:the middle|between)|in the middle|in between|not great|could be better|ok ish|okay ish|meh|mixed|up and down|fair|stretched|busy|a bit stretched|amber|some|sometimes|at times|getting there|under pressure|hectic|manageable but stretched|medium to high|medium high|low to medium|medium low)(?: risk)?$/,
  low: new RegExp(`^${LOW_REPLY}(?: (?:and |but |so )?${LOW_REPLY})?$`),
};

/** Filler trimmed from a whole reply before it is compared with the replies above. */
export const BURNOUT_REPLY_FILLER =
  /\b(?:i would say|i would rate it|i would put it at|honestly|to be honest|tbh|i think|probably|maybe|i guess|i reckon|i suppose|it is|its|it has been|things are|we are|they are|he is|she is|the team is|right now|at the moment|currently|these days|at present|thanks|cheers|really|um|erm|well|so|about|around|roughly|like|overall|generally|definitely|certainly|for sure|absolutely)\b|[.,!?;:'"]/g;

const OUT_OF_TEN =
  /\b(\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:\/|out of) ?(?:10|ten)\b/;
const SCALE =
  /\b(?:on )?a scale (?:of|from) (?:1|one|0|zero) ?(?:to|-) ?(?:10|ten)\b|\b(?:1|0) ?- ?10\b/g;
const BARE_NUMBER =
  /^(?:(?:a|an|at|maybe|about|around) )*(\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** "a 7", "maybe an 8": the article makes a bare number a rating. */
const RATED = /\b(?:a|an) [a-z0-9.]+$/;

/** 0-3 is low, 4-6 medium, 7-10 high; anything else is not a rating. */
function levelFromRating(rating: number): BurnoutRisk | undefined {
  if (!Number.isFinite(rating) || rating < 0 || rating > 10) return undefined;
  return rating < 4 ? "low" : rating < 7 ? "medium" : "high";
}

const toRating = (raw: string): number => UNITS[raw] ?? Number(raw);

/**
 * A 1-10 rating in the text: "7/10", "eight out of ten", "on a scale of 1-10, a 6", or (when
 * `bare` allows, i.e. the advisor just asked) a reply that is only a number: "about a 7".
 */
export function ratingLevel(prepared: string, bare: boolean): BurnoutRisk | undefined {
  const outOfTen = OUT_OF_TEN.exec(prepared);
  if (outOfTen?.[1]) return levelFromRating(toRating(outOfTen[1]));
  if (!bare) return undefined;
  // A bare 1-3 may be a button number, not a rating: only "a 3" or a stated scale rates it.
  const scaled = prepared.search(SCALE) >= 0;
  const rest = prepared
    .replace(SCALE, " ")
    .replace(BURNOUT_REPLY_FILLER, " ")
    .replace(/\s+/g, " ")
    .trim();
  const number = BARE_NUMBER.exec(rest);
  if (!number?.[1]) return undefined;
  const rating = toRating(number[1]);
  // 1-3 could as well be the number of a button ("2" for the second choice) as a rating.
  if (rating < 4 && !scaled && !RATED.test(rest)) return undefined;
  return levelFromRating(rating);
}
