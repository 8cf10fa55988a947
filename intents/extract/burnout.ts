import { BURNOUT_LEVELS, type BurnoutRisk } from "../../src/core/profile/index.ts";
import { clauseBefore, negationBefore } from "./cues/negation.ts";
import { prepareText } from "./cues/prepare.ts";
import { splitSentences } from "./cues/sentences.ts";
import { keepLongest, spansOf, type Span } from "./cues/spans.ts";
import { BURNOUT_REPLIES, BURNOUT_REPLY_FILLER, ratingLevel } from "./burnout-answers.ts";
import { BURNOUT_IDIOMS } from "./burnout-idioms.ts";
import { PEAK_AFTER, PEAK_BEFORE, PEAK_CUES } from "./burnout-peaks.ts";
import { BURNOUT_SAYINGS } from "./burnout-sayings.ts";
import { BURNOUT_SIGNS } from "./burnout-signs.ts";
import { aboutOtherWork, saysNoItStaff } from "./burnout-scope.ts";
import {
  BURNOUT_CUES,
  INTENSIFIERS,
  PARTIAL_NEGATION,
  SOFTENERS,
  SOFTENERS_AFTER,
  WORKLOAD_TOPIC,
  type BurnoutCue,
} from "./burnout-vocabulary.ts";
import type { ExtractContext } from "./types.ts";

const DONT_KNOW_REPLY =
  /^(?:i )?(?:do not know|dunno|not sure|no idea|hard to say|cannot say|unsure|no clue|not certain|god knows|who knows|goodness knows|your guess is as good as mine|(?:i )?would be guessing)(?: (?:you|i|we) (?:would|will|might|may) (?:have|need) to ask (?:them|him|her|the team|the lads|the guys)| (?:he|she|they) (?:does not|do not|would not|will not|never) (?:really )?(?:talk|say|tell|complain|share|open up)\b[a-z ]{0,40})?$/;
/** A reply that waves the question away to get on ("ok fine just give me the recommendation"). */
const MOVE_ON =
  /\b(?:give|show|tell|send) me (?:the |a |your )?(?:recommendation|answer|results?|verdict|outcome)\b/;
/** "hard to say, depends on the week": the reply declines to rate, so the field is unknown. */
const DECLINED_REPLY =
  /^(?:i )?(?:do not know|dunno|not sure|no idea|hard to say|difficult to say|tough to say|tricky to say|cannot say|cannot really say|unsure|no clue|who knows) (?:it )?(?:depends|varies|changes)(?: (?:on|from|with) [a-z0-9 ]{1,40})?$/;
const PAST = /\bused to(?: be)?\b/;
/** Signs that outlast any busy peak: a holiday cancelled "over the summer" is still high. */
const LASTING = /\b(?:signed off|cancel(?:led|ed|s|ling)?)\b/;

interface Found {
  cue: BurnoutCue;
  span: Span;
}

/** Every workload cue: the main table, the sideways idioms, sayings, busy peaks and signs. */
const CUES: readonly BurnoutCue[] = [
  ...BURNOUT_CUES,
  ...BURNOUT_IDIOMS,
  ...BURNOUT_SAYINGS,
  ...PEAK_CUES,
  ...BURNOUT_SIGNS,
];

/** Just before a cue, a denial the shared negation reader does not see: "not that he's", "not so much". */
const DENIAL_BEFORE =
  /\bnot (?:that|so much|as if) (?:(?:he|she|they|we|i|it|the team|anyone|anybody) (?:is|are|am|was|were|has been|have been|gets|get) )?(?:really |actually |exactly |particularly |totally |completely )?$/;

/**
 * "Tom, who's a CAD technician but ..." reads as a question to the shared sentence splitter; a
 * relative "who" after a comma is a statement, so it is turned into one.
 */
const RELATIVE_WHO =
  /(?<=[a-z]), who (?=(?:is|has|was|does|did|also|ends|works|looks|runs|handles|covers)\b)/g;

const rank = (level: BurnoutRisk): number => BURNOUT_LEVELS.indexOf(level);

/** Where a contrast turns the sentence to another matter: "they're good but holiday cover is...". */
const CONTRAST = /\b(?:but|though|although|whereas|however)\b/g;

/** Index of the first of the sorted `starts` at or after `position` (binary search). */
function firstAtOrAfter(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when the part of the statement on the cue's side of any "but" is about workload: in
 * "they're good but holiday cover is a nightmare", "good" praises skill, and only the far side of
 * the contrast talks about cover. `contrasts` holds where each contrast word starts.
 */
function topicalAround(statement: string, contrasts: readonly number[], span: Span): boolean {
  const next = firstAtOrAfter(contrasts, span.end);
  const previous = firstAtOrAfter(contrasts, span.start) - 1;
  const start = previous >= 0 ? (contrasts[previous] ?? 0) : 0;
  const end = contrasts[next] ?? statement.length;
  return WORKLOAD_TOPIC.test(statement.slice(start, end));
}

function cuesIn(statement: string, topical: boolean, asked: boolean): Found[] {
  const found: Found[] = [];
  let contrasts: number[] | undefined;
  for (const cue of CUES) {
    if (cue.needsTopic && !topical) continue;
    if (cue.unless?.test(statement)) continue;
    if (!asked && cue.offTopic?.test(statement)) continue;
    for (const span of spansOf(cue.pattern, statement)) {
      if (cue.needsTopic && !asked) {
        contrasts ??= [...statement.matchAll(CONTRAST)].map((match) => match.index);
        if (!topicalAround(statement, contrasts, span)) continue;
      }
      found.push({ cue, span });
    }
  }
  return keepLongest(found);
}

/**
 * How far back from a cue its clause is read: longer than any real clause, and short enough that
 * a text packed with cues is still read in linear time.
 */
const LOOK_BACK = 200;

function levelOf({ cue, span }: Found, statement: string): BurnoutRisk | undefined {
  const head = statement.slice(Math.max(0, span.start - LOOK_BACK), span.start);
  const tail = statement.slice(span.end, span.end + 40);
  const clause = clauseBefore(head, head.length);
  if (PAST.test(clause)) return undefined;
  if (aboutOtherWork(statement, span)) return undefined;
  const denied = !cue.fixed && DENIAL_BEFORE.test(head);
  const polarity = cue.fixed ? "plain" : denied ? "negated" : negationBefore(head, head.length, 3);
  if (polarity === "hedged") return undefined;
  if (polarity === "negated") {
    const partial = PARTIAL_NEGATION.test(clause) || /^\s*yet\b/.test(tail);
    if (cue.negatedLevel) return partial ? "medium" : cue.negatedLevel;
    if (cue.level === "low") return "medium";
    if (cue.level === "medium") return "low";
    return partial ? "medium" : "low";
  }
  if (cue.level === "high" && (SOFTENERS.test(head) || SOFTENERS_AFTER.test(tail))) return "medium";
  // A peak that comes round (term time, matchdays) is not a constant overload.
  if (
    cue.level === "high" &&
    !LASTING.test(statement.slice(span.start, span.end)) &&
    (PEAK_AFTER.test(tail) || PEAK_BEFORE.test(head.slice(-60)))
  )
    return "medium";
  if (cue.level === "medium" && INTENSIFIERS.test(head)) return "high";
  return cue.level;
}

function wholeReply(prepared: string): BurnoutRisk | null | undefined {
  const reply = prepared.replace(BURNOUT_REPLY_FILLER, " ").replace(/\s+/g, " ").trim();
  if (DONT_KNOW_REPLY.test(reply) || DECLINED_REPLY.test(reply)) return null;
  for (const level of BURNOUT_LEVELS) if (BURNOUT_REPLIES[level].test(reply)) return level;
  return undefined;
}

function strongest(levels: readonly BurnoutRisk[]): BurnoutRisk | undefined {
  let best: BurnoutRisk | undefined;
  for (const level of levels) if (best === undefined || rank(level) > rank(best)) best = level;
  return best;
}

/**
 * Burnout risk from how the visitor describes IT's workload and wellbeing: "drowning", "working
 * weekends" (high); "stretched", "could use a hand" (medium); "coping well", "manageable" (low).
 * A negation flips or softens ("not drowning" is low, "not quite drowning" medium); the strongest
 * statement wins. Just after the advisor asked, bare replies count too ("high", "ok", "7/10"),
 * and "don't know" gives null. Returns undefined when nothing was said about workload.
 */
export function extractBurnout(text: string, ctx: ExtractContext): BurnoutRisk | null | undefined {
  try {
    const prepared = prepareText(text).replace(RELATIVE_WHO, ", and they ");
    if (!prepared) return undefined;
    const expecting = ctx.expecting === "burnoutRisk";
    if (expecting) {
      if (MOVE_ON.test(prepared)) return undefined;
      const reply = wholeReply(prepared);
      if (reply !== undefined) return reply;
    } else if (saysNoItStaff(prepared)) {
      // With nobody employed for IT, busy words describe the business, not IT staff.
      return undefined;
    }
    const levels: BurnoutRisk[] = [];
    for (const sentence of splitSentences(prepared, expecting)) {
      const statement = sentence.text.slice(0, sentence.questionFrom);
      if (!statement.trim()) continue;
      const topical = expecting || WORKLOAD_TOPIC.test(statement);
      for (const found of cuesIn(statement, topical, expecting)) {
        const level = levelOf(found, statement);
        if (level) levels.push(level);
      }
      const rating = topical ? ratingLevel(statement, false) : undefined;
      if (rating) levels.push(rating);
    }
    if (levels.length === 0 && expecting) {
      const rating = ratingLevel(prepared, true);
      if (rating) levels.push(rating);
    }
    return strongest(levels);
  } catch {
    return undefined;
  }
}
