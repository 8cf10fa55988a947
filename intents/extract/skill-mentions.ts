import type { SkillArea } from "../../src/core/profile/index.ts";
import { negationBefore } from "./cues/negation.ts";
import {
  distance,
  keepLongest,
  rangeIndexAt,
  spansOf,
  touchesAny,
  type Span,
} from "./cues/spans.ts";
import { ONLY_BEFORE, SKILL_CUES, type SkillCueKind } from "./skill-cues.ts";
import { isCapacityMention, isPastGap, pointsBack, statedGaps } from "./skill-gap-phrases.ts";
import { NO_GAPS } from "./skill-replies.ts";
import { isListFragment, segmentsOf } from "./skill-segments.ts";
import { isAsideMention } from "./skill-asides.ts";
import { lendVerdicts } from "./skill-borrow.ts";
import { FIREWALL_RULES, LIST_ONLY_TERMS, SKILL_TERMS } from "./skill-vocabulary.ts";

/** What one statement says about one skill area it names; "none" = named, nothing said. */
export type SkillVerdict = "gap" | "ok" | "remove" | "none";

/** A skill area named in a statement and what the statement says about it. */
export interface SkillMention {
  area: SkillArea;
  span: Span;
  verdict: SkillVerdict;
  /** "just security": the visitor means this and nothing else. */
  only: boolean;
}

/** What one statement (a sentence with any question part cut off) says about skills. */
export interface SkillReading {
  mentions: SkillMention[];
  /** The statement says the team has no gaps ("no gaps really", "we cover everything"). */
  noGaps: boolean;
  /** Names no area but says the team lacks "it" or "that": about the previous sentence's areas. */
  pointsBack: boolean;
}

interface Cue {
  kind: SkillCueKind;
  span: Span;
  weak: boolean;
  /** An "except" cue, whose kind is settled once the whole statement is read. */
  except: boolean;
}

const FIREWALL = /^firewalls?$/;
/** Beside firewall rules: a review or an audit of them. */
const REVIEWED = /\b(?:review(?:s|ed|ing)?|audit(?:s|ed|ing)?|check(?:s|ed|ing)?)\b/;

/** Characters before a cue searched for a "not" or a hedge. */
const NEGATION_WINDOW = 80;

function cuesOf(text: string, departed: boolean): Cue[] {
  const found: Cue[] = [];
  for (const cue of SKILL_CUES) {
    if (cue.afterDeparture && !departed) continue;
    for (const span of spansOf(cue.pattern, text)) {
      let kind: SkillCueKind = cue.kind;
      if (!cue.fixed && (kind === "gap" || kind === "ok")) {
        // Only the words just before the cue matter, so the look-back stays short and linear.
        const head = text.slice(Math.max(0, span.start - NEGATION_WINDOW), span.start);
        const polarity = negationBefore(head, head.length, 4);
        if (polarity === "hedged") continue;
        if (polarity === "negated") kind = kind === "gap" ? "ok" : "gap";
      }
      if (kind === "gap" && isPastGap(text, span)) kind = "ok";
      found.push({ kind, span, weak: cue.weak === true, except: kind === "except" });
    }
  }
  return keepLongest(found);
}

function nearest(cues: readonly Cue[], span: Span): Cue | undefined {
  let best: Cue | undefined;
  let bestDistance = Infinity;
  for (const cue of cues) {
    // A cue before the area wins a tie: "weak on security, fine on networking".
    const gap = distance(cue.span, span) + (cue.span.start > span.start ? 0.5 : 0);
    if (gap < bestDistance) {
      best = cue;
      bestDistance = gap;
    }
  }
  return best;
}

/** Words in a statement short enough to be a verdict on the sentence before ("not our strength"). */
const VERDICT_WORDS = 6;
const VERDICT_CHARS = 80;
/** What may follow such a verdict: "not our strength tbh", "weak there sadly". */
const VERDICT_TAIL =
  /^(?:(?:at|with|on|in)\b ?)?(?:(?:tbh|tho|though|really|honestly|sadly|either|at all|unfortunately|to be honest|if i am honest|frankly|i am afraid|at the moment|right now|there|i think|i guess)\b ?)*[.!]*$/;

/** True when a gap cue ending at `end` closes a statement of a few words: "...not our strength". */
function endsShortStatement(text: string, end: number): boolean {
  // Only a few words are ever a verdict, so a long text is not read again (keeps this linear).
  if (text.length > VERDICT_CHARS) return false;
  const rest = text
    .slice(end)
    .replace(/[,\s]+/g, " ")
    .trim();
  return text.trim().split(" ").length <= VERDICT_WORDS && VERDICT_TAIL.test(rest);
}

/** "not backups" takes an area out; "no strategy", "without backups" says it is missing. */
function verdictBefore(head: string): SkillVerdict {
  const words = head.trim().split(/\s+/).slice(-3);
  if (words.includes("not") || words.includes("except")) return "ok";
  if (words.includes("no") || words.includes("without")) return "gap";
  return "none";
}

const verdictOf = (kind: SkillCueKind): SkillVerdict => (kind === "except" ? "gap" : kind);

/**
 * Reads the skill areas a statement names and what it says about each: the nearest cue in the
 * same clause decides ("fine with networking and weak on security"), a bare list borrows the cue
 * of the clause it belongs to ("we struggle with security, backups, and cloud"). `departed`: the
 * message says someone has left, so "nobody else knows it" is a gap.
 */
export function readSkillMentions(text: string, departed = false): SkillReading {
  const mentions = keepLongest(
    SKILL_TERMS.flatMap((term) =>
      spansOf(term.pattern, text).map((span) => ({
        area: term.area,
        span,
        verdict: "none" as SkillVerdict,
        only: false,
      })),
    ),
  ).filter(
    (mention) => !isCapacityMention(text, mention.span) && !isAsideMention(text, mention.span),
  );
  if (mentions.some((mention) => mention.area === "cybersecurity")) {
    for (const mention of mentions) {
      const words = text.slice(mention.span.start, mention.span.end);
      // "firewall/SOC": a firewall paired with a security word is a security matter.
      const paired = FIREWALL.test(words) && text.startsWith("/", mention.span.end);
      if (paired || FIREWALL_RULES.test(words)) mention.area = "cybersecurity";
    }
  }
  for (const mention of mentions) {
    if (mention.area !== "networking") continue;
    const words = text.slice(mention.span.start, mention.span.end);
    const around = `${text.slice(Math.max(0, mention.span.start - 12), mention.span.start)}|${text.slice(mention.span.end, mention.span.end + 20)}`;
    // "reviewing the firewall rules": a check of the rules is a security job.
    if (FIREWALL_RULES.test(words) && REVIEWED.test(around)) mention.area = "cybersecurity";
  }
  const segments = segmentsOf(text);
  const nearMention = touchesAny(mentions.map((mention) => mention.span));
  for (const term of LIST_ONLY_TERMS) {
    for (const span of spansOf(term.pattern, text)) {
      if (nearMention(span)) continue;
      const index = rangeIndexAt(segments, span.start);
      const segment = segments[index];
      if (!segment || !(segment.linked || segments[index + 1]?.linked)) continue;
      const mention = { area: term.area, span, verdict: "none" as SkillVerdict, only: false };
      if (!isListFragment(text, segment, [mention])) continue;
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  const noGapSpans = NO_GAPS.flatMap((pattern) => spansOf(pattern, text));
  const allCues = cuesOf(text, departed);
  const hasOk = allCues.some((cue) => cue.kind === "ok" && !cue.weak);
  // "okay on the rest" speaks for the areas not named, not for its neighbours.
  const nearNoGap = touchesAny(noGapSpans);
  const cues = allCues.filter((cue) => !nearNoGap(cue.span));
  const exceptKind: SkillCueKind =
    hasOk || noGapSpans.length > 0 ? "gap" : cues.some((cue) => cue.kind === "gap") ? "ok" : "gap";
  for (const cue of cues) if (cue.kind === "except") cue.kind = exceptKind;

  // Each segment's mentions and cues, found in one sweep so long texts stay linear.
  const bucket = <T extends { span: Span }>(items: readonly T[]): T[][] => {
    const buckets = segments.map((): T[] => []);
    let index = 0;
    for (const item of items) {
      while (index < segments.length - 1 && item.span.start >= (segments[index]?.end ?? 0))
        index += 1;
      const segment = segments[index];
      if (segment && item.span.start >= segment.start && item.span.start < segment.end)
        buckets[index]?.push(item);
    }
    return buckets;
  };
  const mentionsIn = bucket(mentions);
  const cuesIn = bucket(cues);
  const trailing: (SkillVerdict | undefined)[] = [];
  const leading: (SkillVerdict | undefined)[] = [];

  segments.forEach((segment, index) => {
    const segmentCues = cuesIn[index] ?? [];
    const strong = segmentCues.filter((cue) => !cue.weak);
    const polar = strong.filter((cue) => cue.kind !== "remove");
    const first = polar[0];
    const last = polar.at(-1);
    leading[index] = first ? verdictOf(first.kind) : undefined;
    trailing[index] = last ? verdictOf(last.kind) : undefined;
    for (const mention of mentionsIn[index] ?? []) {
      const cue = nearest(strong, mention.span) ?? nearest(segmentCues, mention.span);
      if (cue) mention.verdict = verdictOf(cue.kind);
      else
        mention.verdict = verdictBefore(
          text.slice(Math.max(segment.start, mention.span.start - 40), mention.span.start),
        );
      mention.only = ONLY_BEFORE.test(
        text.slice(Math.max(segment.start, mention.span.start - 24), mention.span.start),
      );
    }
  });

  lendVerdicts({ text, segments, mentionsIn, cuesIn, leading, trailing });

  const noGaps = noGapSpans.some((span) => {
    const index = segments.findIndex((s) => span.start >= s.start && span.start < s.end);
    if (index < 0) return true;
    return (
      (mentionsIn[index]?.length ?? 0) === 0 ||
      (cuesIn[index] ?? []).some((cue) => cue.except && cue.span.start > span.start)
    );
  });
  const stated = statedGaps(text).map((gap) => ({ ...gap, verdict: "gap" as const, only: false }));
  const backReference =
    mentions.length === 0 &&
    stated.length === 0 &&
    cues.some(
      (cue) =>
        cue.kind === "gap" &&
        !cue.weak &&
        (pointsBack(text, cue.span.end) || endsShortStatement(text, cue.span.end)),
    );
  return {
    mentions: [...mentions, ...stated].sort((a, b) => a.span.start - b.span.start),
    noGaps,
    pointsBack: backReference,
  };
}
