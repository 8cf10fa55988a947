/** Where a pattern matched in a piece of prepared text. */
export interface Span {
  start: number;
  end: number;
  /** Named groups of the match; `neg` marks a negation written inside the pattern. */
  groups: Readonly<Record<string, string | undefined>>;
}

/** A global copy of `pattern` (tables stay free of `lastIndex` state; the engine caches the compile). */
const globalOf = (pattern: RegExp): RegExp =>
  pattern.global ? new RegExp(pattern) : new RegExp(pattern.source, `${pattern.flags}g`);

/** Every non-empty match of `pattern` in `text`. */
export function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(globalOf(pattern))) {
    if (match[0].length === 0) continue;
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      groups: match.groups ?? {},
    });
  }
  return spans;
}

/** True when `inner` lies inside `outer` and is strictly shorter. */
export const isInside = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start &&
  inner.end <= outer.end &&
  inner.end - inner.start < outer.end - outer.start;

/**
 * Resolves overlapping matches: the longest wins (the earlier on a tie, then table order), so
 * "azure ad" beats "azure" and "not too bad" beats "bad". Returns the survivors in text order.
 */
export function keepLongest<T extends { span: Span }>(items: readonly T[]): T[] {
  const kept: T[] = [];
  const byLength = [...items].sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );
  for (const item of byLength) {
    const { start, end } = item.span;
    if (kept.every((other) => end <= other.span.start || start >= other.span.end)) kept.push(item);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/** Characters between two spans; 0 when they touch or overlap. */
export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
