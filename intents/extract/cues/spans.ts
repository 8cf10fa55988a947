/** Where a pattern matched in a piece of prepared text. */
export interface Span {
  start: number;
  end: number;
  /** Named groups of the match; `neg` marks a negation written inside the pattern. */
  groups: Readonly<Record<string, string | undefined>>;
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of `pattern`, made once, so tables stay free of `lastIndex` state. */
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/** Every non-empty match of `pattern` in `text`. */
export function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(globalOf(pattern))) {
    if (match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, groups: match.groups ?? {} });
  }
  return spans;
}

/** True when `inner` lies inside `outer` and is strictly shorter. */
export const isInside = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;

/** Keeps the items whose span no other item's span strictly contains. */
export function withoutContained<T extends { span: Span }>(items: readonly T[]): T[] {
  return items.filter((item) => !items.some((other) => other !== item && isInside(item.span, other.span)));
}

/** Characters between two spans; 0 when they touch or overlap. */
export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
