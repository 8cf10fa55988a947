import type { Span } from "./cues/spans.ts";

/** A stretch of a statement between commas, dashes and contrast words. */
export interface Segment {
  start: number;
  end: number;
  /** Joined to the previous segment by a comma (a list), not by "but" (a contrast). */
  linked: boolean;
}

// A "though" that closes a clause ("nobody for the strategy side though, budgets, ...") is no break.
const SEGMENT_BREAK =
  /,(?! (?:like|such as|eg|e g|especially|particularly|notably|namely|in particular)\b)|;|\s-\s|\b(?:but|however|although|whereas|while|whilst|yet|otherwise)\b|\bthough\b(?! *(?:[,.;!?]|$))/g;
const LIST_FILLER = new Set(
  `and or also the our maybe probably possibly perhaps plus too as well some a bit of side stuff things
  etc thing though tho type types really mainly mostly especially particularly definitely then with on in around is are it its
  that this area areas bits bit kind sort generally general overall big huge main biggest admin
  administration setup set up config configuration management managing support side whole of for
  like eg e g etc tbh honestly anything everything all sorts proper current existing rules permissions
  policies settings licences licenses configs migration upgrades renewals nor either neither
  sprawl`.split(/\s+/),
);

/** Longest list item, in words, that may name no area without breaking the list. */
const LIST_ITEM_WORDS = 2;

/** Splits a statement at commas, dashes and contrast words ("but", "whereas"). */
export function segmentsOf(text: string): Segment[] {
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

/** True when the segment holds only the named areas and filler words: an item of a list. */
export function isListFragment(
  text: string,
  segment: Segment,
  mentions: readonly { span: Span }[],
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
export function isListFiller(text: string, segment: Segment, cueCount: number): boolean {
  if (cueCount > 0) return false;
  const words = text
    .slice(segment.start, segment.end)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= LIST_ITEM_WORDS;
}

/**
 * Where the list that ends a segment starts: after the last word that is neither an area nor
 * filler ("the insurer is asking about | cyber essentials").
 */
export function listTailStart(
  text: string,
  segment: Segment,
  mentions: readonly { span: Span }[],
): number {
  let tail = segment.start;
  let next = 0;
  for (const word of text.slice(segment.start, segment.end).matchAll(/[a-z0-9]+/g)) {
    const start = segment.start + word.index;
    while ((mentions[next]?.span.end ?? Infinity) <= start) next += 1;
    const inside = (mentions[next]?.span.start ?? Infinity) <= start;
    if (!inside && !LIST_FILLER.has(word[0])) tail = start + word[0].length;
  }
  return tail;
}
