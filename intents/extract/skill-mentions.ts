import type { SkillArea } from "../../src/core/profile/index.ts";
import { negationBefore } from "./cues/negation.ts";
import { distance, keepLongest, spansOf, type Span } from "./cues/spans.ts";
import { ONLY_BEFORE, SKILL_CUES, type SkillCueKind } from "./skill-cues.ts";
import { NO_GAPS } from "./skill-replies.ts";
import { LIST_ONLY_TERMS, SKILL_TERMS } from "./skill-vocabulary.ts";

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
}

interface Cue {
  kind: SkillCueKind;
  span: Span;
  weak: boolean;
  /** An "except" cue, whose kind is settled once the whole statement is read. */
  except: boolean;
}

interface Segment {
  start: number;
  end: number;
  /** Joined to the previous segment by a comma (a list), not by "but" (a contrast). */
  linked: boolean;
}

const SEGMENT_BREAK =
  /[,;]|\s-\s|\b(?:but|however|although|though|whereas|while|whilst|yet|otherwise)\b/g;
const LIST_FILLER = new Set(
  `and or also the our maybe probably possibly perhaps plus too as well some a bit of side stuff things
  etc really mainly mostly especially particularly definitely then with on in around is are it its
  that this area areas bits bit kind sort generally general overall big huge main biggest admin
  administration setup set up config configuration management managing support side whole of for
  like eg e g etc tbh honestly anything everything all sorts proper current existing rules permissions
  policies settings licences licenses configs migration upgrades renewals`.split(/\s+/),
);

/** Longest list item, in words, that may name no area without breaking the list. */
const LIST_ITEM_WORDS = 2;

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let linked = false;
  for (const match of text.matchAll(SEGMENT_BREAK)) {
    segments.push({ start, end: match.index, linked });
    linked = match[0] === "," || match[0] === ";" || match[0] === " - ";
    start = match.index + match[0].length;
  }
  segments.push({ start, end: text.length, linked });
  return segments;
}

function cuesOf(text: string): Cue[] {
  const found: Cue[] = [];
  for (const cue of SKILL_CUES) {
    for (const span of spansOf(cue.pattern, text)) {
      let kind: SkillCueKind = cue.kind;
      if (!cue.fixed && (kind === "gap" || kind === "ok")) {
        const polarity = negationBefore(text, span.start, 4);
        if (polarity === "hedged") continue;
        if (polarity === "negated") kind = kind === "gap" ? "ok" : "gap";
      }
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

function isListFragment(
  text: string,
  segment: Segment,
  mentions: readonly SkillMention[],
): boolean {
  let rest = text.slice(segment.start, segment.end);
  for (const mention of [...mentions].reverse()) {
    rest = `${rest.slice(0, mention.span.start - segment.start)} ${rest.slice(mention.span.end - segment.start)}`;
  }
  return rest
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .every((word) => LIST_FILLER.has(word));
}

/** A list item that names no area and says nothing: at most two words, no cue. */
function isListFiller(text: string, segment: Segment, cueCount: number): boolean {
  if (cueCount > 0) return false;
  const words = text
    .slice(segment.start, segment.end)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= LIST_ITEM_WORDS;
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
 * of the clause it belongs to ("we struggle with security, backups, and cloud").
 */
export function readSkillMentions(text: string): SkillReading {
  const mentions = keepLongest(
    SKILL_TERMS.flatMap((term) =>
      spansOf(term.pattern, text).map((span) => ({
        area: term.area,
        span,
        verdict: "none" as SkillVerdict,
        only: false,
      })),
    ),
  );
  const segments = segmentsOf(text);
  for (const term of LIST_ONLY_TERMS) {
    for (const span of spansOf(term.pattern, text)) {
      if (mentions.some((mention) => distance(mention.span, span) === 0)) continue;
      const index = segments.findIndex((s) => span.start >= s.start && span.start < s.end);
      const segment = segments[index];
      if (!segment || !(segment.linked || segments[index + 1]?.linked)) continue;
      const mention = { area: term.area, span, verdict: "none" as SkillVerdict, only: false };
      if (!isListFragment(text, segment, [mention])) continue;
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  const noGapSpans = NO_GAPS.flatMap((pattern) => spansOf(pattern, text));
  const allCues = cuesOf(text);
  const hasOk = allCues.some((cue) => cue.kind === "ok" && !cue.weak);
  // "okay on the rest" speaks for the areas not named, not for its neighbours.
  const cues = allCues.filter((cue) => !noGapSpans.some((span) => distance(span, cue.span) === 0));
  const exceptKind: SkillCueKind =
    hasOk || noGapSpans.length > 0 ? "gap" : cues.some((cue) => cue.kind === "gap") ? "ok" : "gap";
  for (const cue of cues) if (cue.kind === "except") cue.kind = exceptKind;

  const inSegment = <T extends { span: Span }>(items: readonly T[], segment: Segment): T[] =>
    items.filter((item) => item.span.start >= segment.start && item.span.start < segment.end);
  const trailing: (SkillVerdict | undefined)[] = [];
  const leading: (SkillVerdict | undefined)[] = [];

  segments.forEach((segment, index) => {
    const segmentCues = inSegment(cues, segment);
    const strong = segmentCues.filter((cue) => !cue.weak);
    const polar = strong.filter((cue) => cue.kind !== "remove");
    const first = polar[0];
    const last = polar.at(-1);
    leading[index] = first ? verdictOf(first.kind) : undefined;
    trailing[index] = last ? verdictOf(last.kind) : undefined;
    for (const mention of inSegment(mentions, segment)) {
      const cue = nearest(strong, mention.span) ?? nearest(segmentCues, mention.span);
      if (cue) mention.verdict = verdictOf(cue.kind);
      else mention.verdict = verdictBefore(text.slice(segment.start, mention.span.start));
      mention.only = ONLY_BEFORE.test(
        text.slice(Math.max(segment.start, mention.span.start - 24), mention.span.start),
      );
    }
  });

  // A bare list borrows from the clause before it, then from the clause after it; a borrowed
  // verdict passes on along the list ("we struggle with security, backups, and cloud").
  const unsettled = (index: number): SkillMention[] | undefined => {
    const segment = segments[index];
    if (!segment || inSegment(cues, segment).length > 0) return undefined;
    const own = inSegment(mentions, segment);
    return own.length > 0 && own.every((mention) => mention.verdict === "none") ? own : undefined;
  };
  segments.forEach((segment, index) => {
    const own = unsettled(index);
    // A short list item that names no area ("gaps: m365, phones, firewall") keeps the list going.
    if (!own && segment.linked && isListFiller(text, segment, inSegment(cues, segment).length)) {
      trailing[index] = trailing[index - 1];
      return;
    }
    if (!own || !segment.linked || !isListFragment(text, segment, own)) return;
    const borrowed = trailing[index - 1];
    if (!borrowed) return;
    for (const mention of own) mention.verdict = borrowed;
    leading[index] = trailing[index] = borrowed;
  });
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const own = unsettled(index);
    const segment = segments[index];
    const next = segments[index + 1];
    if (!own || !segment || !next?.linked) continue;
    const nextComments = inSegment(mentions, next).length === 0;
    if (!nextComments && !isListFragment(text, segment, own)) continue;
    const borrowed = leading[index + 1];
    if (!borrowed) continue;
    for (const mention of own) mention.verdict = borrowed;
    leading[index] = trailing[index] = borrowed;
  }

  const noGaps = noGapSpans.some((span) => {
    const segment = segments.find((s) => span.start >= s.start && span.start < s.end);
    if (!segment) return true;
    const named = inSegment(mentions, segment);
    return (
      named.length === 0 ||
      inSegment(cues, segment).some((cue) => cue.except && cue.span.start > span.start)
    );
  });
  return { mentions, noGaps };
}
