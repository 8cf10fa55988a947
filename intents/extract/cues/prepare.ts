import { normaliseText } from "../../../src/core/text/index.ts";

/**
 * Rewrites that make cue patterns shorter and surer: contractions spelt out ("can't" ->
 * "cannot", "isn't" -> "is not"), hyphens between letters as spaces ("burnt-out", "in-house",
 * "wi-fi"), "&" as "and", "24-7" as "24/7". A possessive or "is" after a noun keeps its "'s".
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/(?<=\p{L})-(?=\p{L})/gu, " "],
  [/\s*&\s*/g, " and "],
  [/\b24 ?[-x/] ?7\b/g, "24/7"],
  [/\bcan ?not\b|\bcan'?t\b/g, "cannot"],
  [/\bwon'?t\b/g, "will not"],
  [/\bshan'?t\b/g, "shall not"],
  [/\bain'?t\b/g, "is not"],
  [
    /\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|need|might)n'?t\b/g,
    "$1 not",
  ],
  [/\bi'?m\b/g, "i am"],
  [/\br\b/g, "are"],
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\b(you|we|they|who|what|there)'re\b|\b(you|they)re\b/g, "$1$2 are"],
  [/\b(i|you|we|they|who|would|could|should|might|must)'ve\b|\b(i|we|they|you)ve\b/g, "$1$2 have"],
  [/\b(i|you|we|they|he|she|it|that|there|who)'ll\b/g, "$1 will"],
  [
    /\b(i|you|we|they|he|she|who|it|that|there)'d (been|had|left|gone|already|just(?! (?:like|love|want|prefer|need|rather|say|add|hand)\b)|never)\b/g,
    "$1 had $2",
  ],
  [/\b(i|you|we|they|he|she|who|it|that|there)'d\b/g, "$1 would"],
  [
    /\b(he|she|it|that|who|everyone|nobody|someone)'s ((?:just|already|recently|finally|never|now) )?(been|got|gone|left|had|handed|given|quit|resigned|retired|taken|found|decided|moved|started|told|said|asked)\b/g,
    "$1 has $2$3",
  ],
  [/\b(it|that|there|here|what|who|he|she|everything|nothing|everyone|nobody)'s\b/g, "$1 is"],
  [/\b(that|there|he|she)s\b/g, "$1 is"],
  // "support's been" is "has been", not "is been".
  [/\b(\p{L}+)'s (?=been\b)/gu, "$1 has "],
  [
    /\b(\p{L}+)'s (?=(?:really|very|pretty|quite|so|a bit|always|never|not|been|got|gone|just|all|totally|completely|absolutely|fine|good|great|ok|okay|patchy|hit|inconsistent|unreliable|reliable|consistent|brilliant|excellent|useless|rubbish|terrible|awful|off|on|in|out|away|around|about|here|there|available|busy|sick|ill|the only|a|an|heavy|high|huge|light|manageable|crazy|insane|mad|intense|brutal|relentless|bad|massive|big|up|down|stable|steady|under|over|too|rather|fairly|extremely|incredibly|definitely|probably|certainly|still|also|now|currently|usually|normally|generally|unpredictable|predictable|through|all over|killing|impossible|lumpy|random|nuts|mental|silly|worse|better|fine|no|nothing|never|ok|okay|\p{L}+ing)\b)/gu,
    "$1 is ",
  ],
];

/**
 * Lower-cased, normalised text that every cue table in this folder is written against. Linear
 * time: each rewrite is a single pass with bounded look-around.
 */
export function prepareText(text: string): string {
  let prepared = normaliseText(text);
  for (const [pattern, replacement] of REWRITES) prepared = prepared.replace(pattern, replacement);
  return prepared.replace(/ {2,}/g, " ").trim();
}
