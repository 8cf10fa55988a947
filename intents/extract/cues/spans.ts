/** Where a pattern matched in a piece of prepared text. */
export interface Span {
  start: number;
  end: number;
  /** Named groups of the match; `neg` marks a negation written inside the pattern. */
  groups: Readonly<Record<string, string | undefined>>;
}

/**
 * A global copy of `pattern`, made once per pattern (tables stay free of `lastIndex` state:
 * `matchAll` works on its own clone of the copy).
 */
const globals = new WeakMap<RegExp, RegExp>();
const globalOf = (pattern: RegExp): RegExp => {
  let copy = globals.get(pattern);
  if (!copy) {
    copy = pattern.global ? new RegExp(pattern) : new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, copy);
  }
  return copy;
};

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
  // Characters already taken by a kept span: checking them costs the span's length, not the
  // number of spans kept, so a text with thousands of matches stays linear.
  const taken = new Uint8Array(Math.max(0, ...items.map((item) => item.span.end)));
  for (const item of byLength) {
    const { start, end } = item.span;
    let free = true;
    for (let at = start; at < end && free; at += 1) free = taken[at] === 0;
    if (!free) continue;
    taken.fill(1, start, end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A test for "touches or overlaps one of these spans" (distance 0) that costs the tested span's
 * length instead of the number of spans, for texts with thousands of matches.
 */
export function touchesAny(spans: readonly Span[]): (span: Span) => boolean {
  const taken = new Uint8Array(Math.max(0, ...spans.map((span) => span.end)) + 1);
  for (const span of spans) taken.fill(1, span.start, span.end);
  return ({ start, end }) => {
    for (let at = Math.max(0, start - 1); at <= end && at < taken.length; at += 1)
      if (taken[at] === 1) return true;
    return false;
  };
}

/** The index of the range holding `at`, in ranges sorted by start; -1 when none does. */
export function rangeIndexAt(
  ranges: readonly { start: number; end: number }[],
  at: number,
): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as { start: number; end: number };
    if (at < range.start) high = mid - 1;
    else if (at >= range.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Characters between two spans; 0 when they touch or overlap. */
export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
