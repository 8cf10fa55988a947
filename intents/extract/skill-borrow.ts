import type { Span } from "./cues/spans.ts";
import { pointsBack } from "./skill-gap-phrases.ts";
import { isListFiller, isListFragment, listTailStart, type Segment } from "./skill-segments.ts";

/** Opens a clause about the words just before it. */
const RELATIVE = /^ *(?:which|that|who)\b/;

/** What a statement says about an area it names; "none" = named, nothing said. */
type Verdict = "gap" | "ok" | "remove" | "none";

/** The parts of a mention and a cue that lending verdicts reads and sets. */
interface Named {
  span: Span;
  verdict: Verdict;
}
interface Said {
  kind: string;
  span: Span;
  weak: boolean;
}

/** One statement cut into segments, with each segment's mentions and cues. */
export interface Segmented {
  text: string;
  segments: readonly Segment[];
  mentionsIn: readonly Named[][];
  cuesIn: readonly Said[][];
  /** The first and last polar verdict of each segment's own cues. */
  leading: (Verdict | undefined)[];
  trailing: (Verdict | undefined)[];
}

/**
 * Lends verdicts to areas named without one: a bare list borrows from the clause before it, then
 * from the clause after it, and a borrowed verdict passes on along the list ("we struggle with
 * security, backups, and cloud"; "printers, passwords, that sort of thing, none of us can sort
 * it"). A clause that is not a list lends only to the areas that end it ("the insurer is asking
 * about Cyber Essentials, which I know nothing about"), and a gap cue aimed at "them" or "it"
 * with no area of its own reaches back over the statement ("the servers are VMware, out of
 * support, and I haven't the first idea how to upgrade them").
 */
export function lendVerdicts(parts: Segmented): void {
  const { text, segments, mentionsIn, cuesIn, leading, trailing } = parts;
  const unsettled = (index: number): Named[] | undefined => {
    if (!segments[index] || (cuesIn[index]?.length ?? 0) > 0) return undefined;
    const own = mentionsIn[index] ?? [];
    return own.length > 0 && own.every((mention) => mention.verdict === "none") ? own : undefined;
  };
  const filler = (index: number): boolean => {
    const segment = segments[index];
    if (!segment?.linked || (mentionsIn[index]?.length ?? 0) > 0) return false;
    const cues = cuesIn[index]?.length ?? 0;
    return isListFiller(text, segment, cues) || (cues === 0 && isListFragment(text, segment, []));
  };
  segments.forEach((segment, index) => {
    const own = unsettled(index);
    // A short list item that names no area ("gaps: m365, phones, firewall") keeps the list going.
    if (!own && filler(index)) {
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
    const segment = segments[index];
    const next = segments[index + 1];
    if (!segment || !next?.linked) continue;
    if (filler(index) && leading[index] === undefined) {
      leading[index] = leading[index + 1];
      continue;
    }
    const own = unsettled(index);
    if (!own) continue;
    const list = isListFragment(text, segment, own);
    const nextComments = (mentionsIn[index + 1]?.length ?? 0) === 0;
    if (!nextComments && !list) continue;
    const borrowed = leading[index + 1];
    if (!borrowed) continue;
    // "..., which I know nothing about" speaks of the words just before it, not the whole clause.
    const relative = RELATIVE.test(text.slice(next.start, next.end));
    const tail = list || !relative ? segment.start : listTailStart(text, segment, own);
    const lent = own.filter((mention) => mention.span.start >= tail);
    for (const mention of lent) mention.verdict = borrowed;
    if (lent.length === own.length) leading[index] = trailing[index] = borrowed;
  }
  lendBackwards(parts);
}

/** A gap cue that points back at "them" from a segment naming no area. */
function lendBackwards({ text, segments, mentionsIn, cuesIn }: Segmented): void {
  // Segments before `lentUpTo` have lent already, so each mention is visited once.
  let lentUpTo = 0;
  segments.forEach((_, index) => {
    if (index === 0 || (mentionsIn[index]?.length ?? 0) > 0) return;
    const cues = cuesIn[index] ?? [];
    if (!cues.some((cue) => cue.kind === "gap" && !cue.weak && pointsBack(text, cue.span.end)))
      return;
    for (const earlier of mentionsIn.slice(lentUpTo, index))
      for (const mention of earlier) if (mention.verdict === "none") mention.verdict = "gap";
    lentUpTo = index;
  });
}
