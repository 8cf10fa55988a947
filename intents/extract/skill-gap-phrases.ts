import type { SkillArea } from "../../src/core/profile/index.ts";
import { clauseBefore, negationBefore } from "./cues/negation.ts";
import { spansOf, type Span } from "./cues/spans.ts";

/** A phrase that names an area and says the team lacks it, with no other cue needed. */
interface StatedGap {
  readonly area: SkillArea;
  readonly pattern: RegExp;
}

/**
 * Ways of saying there is no IT strategy without naming it: "we just react", "nobody thinks
 * beyond keeping the lights on", "no one to plan".
 */
const STATED_GAPS: readonly StatedGap[] = [
  {
    area: "strategy",
    pattern:
      /\b(?:we|i|they|the team|it) (?:just |only |simply |basically |always |tend to )?(?:react|fire ?fight|fight fires|lurch from (?:one )?(?:project|crisis|thing|fire))\b|\b(?:purely|totally|entirely|always|very|too|completely|all) reactive\b|\beverything is reactive\b/,
  },
  {
    area: "strategy",
    pattern:
      /\b(?:nobody|no one|noone|none of us)(?: here)? (?:really )?(?:thinks?|looks?|plans?|sees?) (?:beyond|past|further than) (?:keeping the lights on|(?:the )?day to day|next (?:week|month)|the next fire|fire ?fighting|break ?fix)\b|\b(?:nobody|no one|noone|no time|not the time)(?: here)? (?:to|who can|who will|who does|doing|for) (?:plan(?:ning)?|think ahead|look ahead|do (?:the |any )?planning)\b(?! (?:the|our|this|that|a|an) (?:[a-z]+ )?(?:move|migration|rollout|project|event|party|launch|upgrade)\b)/,
  },
];

/** After an area: a complaint about capacity or cover, not expertise ("helpdesk response times"). */
const CAPACITY_AFTER =
  /^ (?:(?:response|resolution|wait(?:ing)?|turnaround|reply|fix|call ?back|lead) times?|coverage|cover|queues?|backlogs?|availability|hours|rota|capacity|volumes?|workload|load|staffing|slas?)\b/;

/** After "budget": costs or time, not planning ("budgeting for IT is a nightmare"). */
const COST_AFTER = /^ (?:for|our time|my time|time|hours)\b/;

/** Cover asked for in so many words: "gap is helpdesk cover", "cover is what we need help with". */
const COVER_AFTER = /^ (?:cover|coverage)\b/;
const GAP_IN_WORDS = /\bgaps?\b|\bneed (?:some |outside |external )?help with\b/;

/** True when the area named at `span` is about capacity or cost rather than expertise. */
export function isCapacityMention(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 40);
  if (COVER_AFTER.test(after) && GAP_IN_WORDS.test(text)) return false;
  if (CAPACITY_AFTER.test(after)) return true;
  return text.startsWith("budget", span.start) && COST_AFTER.test(after);
}

/** Characters before a phrase searched for a "not" or an "if" (keeps the scan linear). */
const NEGATION_REACH = 60;

/** Areas the statement says outright are missing; a "not" or "if" before the phrase voids it. */
export function statedGaps(text: string): { area: SkillArea; span: Span }[] {
  const found: { area: SkillArea; span: Span }[] = [];
  for (const gap of STATED_GAPS) {
    for (const span of spansOf(gap.pattern, text)) {
      const head = text.slice(Math.max(0, span.start - NEGATION_REACH), span.start);
      if (negationBefore(head, head.length, 3) !== "plain") continue;
      found.push({ area: gap.area, span });
    }
  }
  return found;
}

/** An object pronoun after a gap cue: "we don't understand half of it", "clueless on that". */
const OBJECT_PRONOUN =
  /^(?: [a-z]+){0,4}? (?:(?:half|any|most|all|some|much) of )?(?:it|them|that|this|those)\b(?! (?:people|person|staff|team|guys|department|manager|support|skills?|is|are|was|were|has|had)\b)/;

/** True when a gap cue ending at `end` points back at something with a pronoun. */
export const pointsBack = (text: string, end: number): boolean =>
  OBJECT_PRONOUN.test(text.slice(end, end + 40));

/** Before a gap cue in the same clause: the gap is over ("we used to be weak on security"). */
const PAST_BEFORE = /\bused to\b/;
/** After a gap cue in the same clause: "nobody knew Intune until we hired Jo", "a year ago". */
const PAST_AFTER =
  /^[^.,;!?]*?\b(?:(?:until|till) (?:we|i|they|the team) (?:hired|got|brought|took on|recruited|trained|found)|(?:a|one|two|three|a few|a couple of|[0-9]+) (?:years?|months?|weeks?) ago)\b/;

/** True when the gap cue at `span` speaks of the past, a gap since closed. */
export function isPastGap(text: string, span: Span): boolean {
  const head = text.slice(Math.max(0, span.start - NEGATION_REACH), span.start);
  return (
    PAST_BEFORE.test(clauseBefore(head, head.length)) ||
    PAST_AFTER.test(text.slice(span.end, span.end + 80))
  );
}

/** "we can't do it and keep the lights on": the help wanted is hands, not know-how. */
const CAPACITY_REASON =
  /\b(?:cannot|could not|not able to|unable to|no way (?:we|i|they) (?:can|could)|struggle to|struggling to) (?:do|manage|handle|deliver|run|take on|fit in|resource) (?:[a-z0-9]+ ){0,4}?(?:and|while|whilst|as well as|alongside|on top of) (?:also |still )?(?:keep(?:ing)? the lights on|(?:the|our|my|their) day jobs?|bau|business as usual|the day to day|everything else)\b/;
const KNOW_HOW =
  /\b(?:skills?|expertise|experience|know how|knowledge|knows?|clue|idea|understand|understands|depth)\b/;

/** True when a statement asks for help only because the team has no time for the work. */
export const isCapacityStatement = (statement: string): boolean =>
  CAPACITY_REASON.test(statement) && !KNOW_HOW.test(statement);
