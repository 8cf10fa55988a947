import { SKILL_AREAS, type SkillArea, type SkillsUpdate } from "../../src/core/profile/index.ts";
import { prepareText } from "./cues/prepare.ts";
import { splitSentences } from "./cues/sentences.ts";
import { ADDITION, CORRECTION, GAPS_HEADING } from "./skill-cues.ts";
import { readSkillMentions, type SkillMention } from "./skill-mentions.ts";
import { isCapacityStatement } from "./skill-gap-phrases.ts";
import { ALL_AREAS_REPLY, NO_GAPS_REPLY, REPLY_FILLER } from "./skill-replies.ts";
import type { ExtractContext } from "./types.ts";

/** A reply this short that names an area with "too" or "just" is about the skills list. */
const SHORT_REPLY_WORDS = 6;

/** Just after an area: a dated project ("migration next quarter"), news rather than a gap. */
const PLANNED_AFTER =
  /^ (?:migration|move|rollout|roll out|upgrade|refresh|project|go live|deployment|switchover)s? (?:is )?(?:planned |booked |scheduled |due |coming (?:up )?)?(?:for |in )?(?:next (?:week|month|quarter|year|term|spring|summer|autumn|winter)|this (?:year|spring|summer|autumn|winter)|later this year|in the (?:new year|spring|summer|autumn)|in q[1-4]|q[1-4])\b/;

/** Just after an area that opens its own clause: an event on the calendar ("renewal is due"). */
const DUE_AFTER =
  /^(?: (?:renewals?|audits?|assessments?|certifications?|recertifications?|re certifications?|reviews?|inspections?))?(?: (?:is|are))? (?:due|coming up|looming|booked|scheduled|next (?:week|month|term|year)|back (?:in|next|on))\b/;
/** Just before such an area: "and" starts that new clause ("weak on security and CE renewal is due"). */
const NEW_CLAUSE_BEFORE = /\b(?:and|plus) (?:our |the |a |an )?(?:[a-z0-9]+ )?$/;

/** Someone who knew the systems has gone: "our only IT guy quit", "since Raj left in May". */
const DEPARTED =
  /\b(?:left|quit|resigned|walked out|retired|departed|passed away|moved on|handed in (?:his|her|their) notice|(?:has|have|is|are) gone)\b/;

/** Just before an area: a permanent hire wanted ("we'd want a full time security person"), not a gap. */
const HIRE_BEFORE =
  /\b(?:want|wants|need|needs|hire|hiring|recruit|recruiting|looking for|after|take on|bring on) (?:a |an )?(?:full time|permanent|dedicated full time) $/;

/** Around an area: a move booked for a date ("moving to AWS next year"), news rather than a gap. */
const MOVING_BEFORE =
  /\b(?:moving|migrating|move|migrate|switching|switch|shifting|going) (?:everything |it all |over |across |up )*(?:to|onto|into) (?:the )?$/;
const WHEN_AFTER = /^ (?:next|this|later|in|by|over|from|early|soon)\b/;

/** Before an area: people applying for a job, not the team ("got three CVs and none of them..."). */
const APPLICANTS = /\b(?:cvs?|candidates?|applicants?|interviewees?|applications)\b/;

/** A sentence that says the last one's verdict again: "same goes for the GCP project". */
const SAME_AGAIN =
  /^(?:and |oh and )?(?:same (?:goes|story|again|with|for)|ditto|likewise|the same is true)\b/;

interface Heard {
  /** Final say per area, in the order the visitor said it; a later word wins. */
  verdicts: Map<SkillArea, "gap" | "ok" | "remove">;
  noGaps: boolean;
  only: boolean;
}

function settle(
  mention: SkillMention,
  sentence: string,
  discussing: boolean,
  short: boolean,
): SkillMention["verdict"] {
  const after = sentence.slice(mention.span.end, mention.span.end + 60);
  const before = sentence.slice(Math.max(0, mention.span.start - 24), mention.span.start);
  // "...and cyber essentials renewal is due next month": news about a date, not a gap.
  if (DUE_AFTER.test(after) && NEW_CLAUSE_BEFORE.test(before)) return "none";
  if (HIRE_BEFORE.test(before)) return "none";
  if (MOVING_BEFORE.test(before) && WHEN_AFTER.test(after)) return "none";
  if (mention.verdict === "gap" && APPLICANTS.test(sentence.slice(0, mention.span.start)))
    return "none";
  if (mention.verdict !== "none") return mention.verdict;
  // "big 365 migration next quarter" announces a plan; it says nothing about know-how.
  if (PLANNED_AFTER.test(sentence.slice(mention.span.end, mention.span.end + 60))) return "none";
  if (discussing) return "gap";
  if (short && (mention.only || ADDITION.test(sentence))) return "gap";
  return "none";
}

/** Areas a question names ("can you help us get cyber essentials?"), with no verdict of its own. */
function areasAsked(question: string): SkillArea[] {
  return readSkillMentions(question).mentions.map((mention) => mention.area);
}

function hear(prepared: string, ctx: ExtractContext): Heard {
  const expecting = ctx.expecting === "skillsGaps";
  const listed = (ctx.profile.skillsGaps?.length ?? 0) > 0;
  const short = prepared.split(" ").length <= SHORT_REPLY_WORDS;
  const correcting = CORRECTION.test(prepared);
  const heard: Heard = { verdicts: new Map(), noGaps: false, only: false };
  const departed = DEPARTED.test(prepared);
  let headed = false;
  // Areas the last sentence named without a verdict: "we don't understand half of it" is about them.
  let unsettled: SkillArea[] = [];
  let lastHadGap = false;
  const record = (area: SkillArea, verdict: "gap" | "ok" | "remove"): void => {
    heard.verdicts.delete(area);
    heard.verdicts.set(area, verdict);
  };
  for (const sentence of splitSentences(prepared, expecting)) {
    const afterHeading = headed;
    headed = GAPS_HEADING.test(sentence.text);
    const statement = sentence.text.slice(0, sentence.questionFrom);
    // "can you help us get cyber essentials? nobody here knows what it involves": the next
    // sentence may say the area the question named is beyond the team.
    const named = statement.trim() ? unsettled : [...unsettled, ...areasAsked(sentence.text)];
    unsettled = [];
    if (!statement.trim()) {
      unsettled = named;
      continue;
    }
    // Help wanted only for want of hands is capacity, not a skills gap.
    if (isCapacityStatement(statement)) continue;
    const reading = readSkillMentions(statement, departed);
    heard.noGaps ||= reading.noGaps;
    if (reading.pointsBack) for (const area of named) record(area, "gap");
    const additive = ADDITION.test(statement) || correcting;
    const again = lastHadGap && SAME_AGAIN.test(statement.trim());
    const discussing = expecting || afterHeading || (listed && additive) || again;
    lastHadGap = false;
    for (const mention of reading.mentions) {
      const verdict = settle(mention, statement, discussing, short);
      if (verdict === "none") {
        unsettled.push(mention.area);
        continue;
      }
      heard.only ||= mention.only && verdict === "gap";
      lastHadGap ||= verdict === "gap";
      record(mention.area, verdict);
    }
  }
  return heard;
}

/** "what risk does it reduce for a team like mine - 4 of us, zero security expertise": facts after a dash. */
const QUESTION_THEN_FACTS =
  /^((?:what|how|why|which|is|are|can|could|would|will|do|does|should)\b[^?.!-]*) - (?=[^?]*$)/;

/**
 * Rewrites that keep a statement from reading as a question: "haven't a clue" asks nothing,
 * "what nobody has is security know-how" tells,
 * "nobody knows networking - is that a gap you fill?" tells before it asks, and so does "no idea
 * about cloud or how to plan", and "helpdesk, that's the bit we're rubbish at" tells of the
 * helpdesk; "what would it cost - 4 of us, no security skills" asks, then tells.
 */
function untangleQuestions(prepared: string): string {
  return prepared
    .replace(/\bhave not (?:got )?a clue\b/g, "have no clue")
    .replace(
      /\bwhat (?=(?:nobody|no one|noone|none of (?:us|them)|neither of (?:us|them)) )/g,
      "the thing ",
    )
    .replace(/ - (?=(?:is|are|can|could|do|does|would|will|what|how) [a-z])/g, ". ")
    .replace(
      /,? (?:that is|which is|those are|that are) (?:the|what) (?:bits?|parts?|areas?|sides?|things?|stuff|ones?|lot) (?:that )?(?=(?:we|i|they|he|she|the team) (?:are|am|is|were|was) )/g,
      ". ",
    )
    .replace(/\b(and|or|nor) (how|what|where|which|who|when) to\b/g, "$1 knowing $2 to")
    .replace(QUESTION_THEN_FACTS, "$1? ");
}

function toUpdate(
  heard: Heard,
  ctx: ExtractContext,
  correcting: boolean,
): SkillsUpdate | undefined {
  const previous = new Set(ctx.profile.skillsGaps ?? []);
  const add: SkillArea[] = [];
  const remove: SkillArea[] = [];
  for (const [area, verdict] of heard.verdicts) {
    if (verdict === "gap") add.push(area);
    else if (verdict === "remove" || previous.has(area) || correcting) remove.push(area);
  }
  if (heard.noGaps || (heard.only && add.length > 0)) return { replace: add };
  if (add.length === 0 && remove.length === 0) return undefined;
  return { ...(add.length > 0 && { add }), ...(remove.length > 0 && { remove }) };
}

/**
 * Skills gaps the visitor describes. An area counts as a gap only when the text says the team
 * lacks it, struggles with it or needs help with it, or when the advisor has just asked about
 * gaps and the reply lists it. "we're good with M365" yields nothing; "actually cloud is fine"
 * removes cloud; "no gaps really" and, after the question, "none" give `{ replace: [] }`;
 * "just security" replaces the list. Returns undefined when nothing was said about skills.
 */
const PERSONAL_KIT =
  /\b(?:at home|my home|home (?:wifi|wi fi|network|broadband|router|pc|computer|laptop)|my (?:own |personal )?(?:phone|iphone|laptop|pc|mac|printer|kindle|tablet|ipad))\b(?! (?:blowing up|ringing|going off|buzzing|pinging|never stops)\b)/;

/** A reply that opens with "none" and goes on to praise: "honestly none, the lads know their stuff". */
const LEADING_NONE =
  /^(?:(?:honestly|really|tbh|to be honest|i would (?:honestly )?say|well|um|erm) )*(?:none|nothing|no gaps|nope|nah|not really)(?: really| at all| tbh| honestly)?(?: *[,.;!-]+ *| *$)/;
const BUT_SOME = /\b(?:but|except|apart from|other than|bar|although|though)\b/;

function leadsWithNone(prepared: string): boolean {
  const lead = LEADING_NONE.exec(prepared);
  if (!lead) return false;
  const rest = prepared.slice(lead[0].length);
  return !BUT_SOME.test(rest) && readSkillMentions(rest).mentions.length === 0;
}

export function extractSkills(text: string, ctx: ExtractContext): SkillsUpdate | undefined {
  try {
    const prepared = untangleQuestions(prepareText(text));
    if (!prepared) return undefined;
    // Someone's own kit at home is not a gap in the organisation's IT.
    if (ctx.expecting !== "skillsGaps" && PERSONAL_KIT.test(prepared)) return undefined;
    if (ctx.expecting === "skillsGaps") {
      const reply = prepared.replace(REPLY_FILLER, " ").replace(/\s+/g, " ").trim();
      if (NO_GAPS_REPLY.test(reply) || leadsWithNone(prepared)) return { replace: [] };
      if (ALL_AREAS_REPLY.test(reply)) return { replace: [...SKILL_AREAS] };
    }
    return toUpdate(hear(prepared, ctx), ctx, CORRECTION.test(prepared));
  } catch {
    return undefined;
  }
}
