import { SIGNAL_NAMES, type SignalName } from "../../src/core/profile/index.ts";
import { clauseBefore, isConditional, isHypothetical, negationBefore } from "./cues/negation.ts";
import { prepareText } from "./cues/prepare.ts";
import { splitSentences } from "./cues/sentences.ts";
import { spansOf, type Span } from "./cues/spans.ts";
import { SIGNAL_PATTERNS, type SignalRule } from "./signal-patterns/index.ts";
import type { ExtractContext } from "./types.ts";

interface Hit {
  span: Span;
  value: boolean;
}

/** How many words back a "not" still reaches a signal phrase. */
const NEGATION_WINDOW = 4;
/** Longest word a "near" window expects to step over; longer runs of letters count as one. */
const MAX_WORD_CHARS = 30;

/** The match with up to `words` words either side of it; "before" may reach the previous sentence. */
function around(statement: string, span: Span, words: number, previous: string): string {
  // Only a window of characters is split, so a long statement costs no more per match.
  const reach = (words + 1) * MAX_WORD_CHARS;
  const head = statement.slice(Math.max(0, span.start - reach), span.start);
  const before = (head.length < reach ? `${previous.slice(-reach)} ${head}` : head)
    .split(" ")
    .slice(-words - 1)
    .join(" ");
  const after = statement
    .slice(span.end, span.end + reach)
    .split(" ")
    .slice(0, words + 1)
    .join(" ");
  return `${before}${statement.slice(span.start, span.end)}${after}`;
}

function hitsOf(rule: SignalRule, statement: string, previous: string): Hit[] {
  // The rule's own pattern first: most rules match nothing, so their extra checks never run.
  const spans = spansOf(rule.pattern, statement);
  if (spans.length === 0) return [];
  if (rule.unless?.test(statement)) return [];
  if (rule.with && !rule.with.every((required) => required.test(statement))) return [];
  const hits: Hit[] = [];
  for (const span of spans) {
    if (rule.notAfter?.test(clauseBefore(statement, span.start))) continue;
    if (rule.near && !rule.near.pattern.test(around(statement, span, rule.near.words, previous)))
      continue;
    if (rule.factual && isHypothetical(statement, span.start)) continue;
    if (!rule.allowIf && isConditional(statement, span.start)) continue;
    let value = span.groups.neg ? !rule.value : rule.value;
    if (!rule.fixed) {
      const polarity = negationBefore(statement, span.start, NEGATION_WINDOW);
      if (polarity === "hedged") continue;
      if (polarity === "negated") {
        if (rule.dropWhenNegated) continue;
        value = !value;
      }
    }
    hits.push({ span, value });
  }
  return hits;
}

/** The last thing said wins; a phrase inside a longer one that says more is not counted apart. */
function settle(hits: readonly Hit[]): Hit | undefined {
  // By start, longest first: a hit lies inside a longer one that starts no later and ends no
  // sooner. One sweep keeps this linear after the sort, however many hits there are.
  const order = hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => a.hit.span.start - b.hit.span.start || b.hit.span.end - a.hit.span.end);
  let last: { hit: Hit; index: number } | undefined;
  let reach = -1;
  let groupStart = -1;
  let groupEnd = -1;
  let reachBefore = -1;
  for (const item of order) {
    const { start, end } = item.hit.span;
    if (start !== groupStart) {
      reachBefore = reach;
      groupStart = start;
      groupEnd = end;
    }
    reach = Math.max(reach, end);
    if (reachBefore >= end || groupEnd > end) continue;
    // The last thing said wins: the latest start, then the later rule.
    const later = !last || start > last.hit.span.start || item.index > last.index;
    if (later) last = item;
  }
  return last?.hit;
}

/**
 * One scan per signal before its rules run one by one: every rule's pattern as one alternation
 * (named groups dropped), so a statement that none of them matches costs a single pass.
 */
const ANY_RULE = Object.fromEntries(
  SIGNAL_NAMES.map((name) => [
    name,
    new RegExp(
      SIGNAL_PATTERNS[name].rules
        .map((rule) => `(?:${rule.pattern.source.replace(/\(\?<([A-Za-z_]\w*)>/g, "(?:")})`)
        .join("|"),
    ),
  ]),
) as Record<SignalName, RegExp>;

function expectedSignal(ctx: ExtractContext): SignalName | undefined {
  const path = ctx.expecting;
  if (!path?.startsWith("signals.")) return undefined;
  return SIGNAL_NAMES.find((name) => path === `signals.${name}`);
}

/**
 * The contract signals a message states, each `true` or `false` only when said: "only Dave knows
 * how anything works" -> singlePersonDependency true; "we have no trouble hiring" ->
 * recruitmentDifficulty false. Questions ("what if our IT guy leaves?") and suppositions state
 * nothing. When the advisor has just asked about one signal, a few shorter answers for it count
 * too; bare yes/no is left to the caller. Never throws; returns `{}` when nothing was said.
 */
export function extractSignals(
  text: string,
  ctx: ExtractContext,
): Partial<Record<SignalName, boolean>> {
  const signals: Partial<Record<SignalName, boolean>> = {};
  try {
    const prepared = prepareText(text);
    if (!prepared) return signals;
    const expected = expectedSignal(ctx);
    let previous = "";
    for (const sentence of splitSentences(prepared, ctx.expecting !== undefined)) {
      const statement = sentence.text.slice(0, sentence.questionFrom);
      const before = previous;
      previous = sentence.text;
      if (!statement.trim()) continue;
      for (const name of SIGNAL_NAMES) {
        const { rules, answers = [] } = SIGNAL_PATTERNS[name];
        if (name !== expected && !ANY_RULE[name].test(statement)) continue;
        const active = name === expected ? [...rules, ...answers] : rules;
        const last = settle(active.flatMap((rule) => hitsOf(rule, statement, before)));
        if (last) signals[name] = last.value;
      }
    }
    return signals;
  } catch {
    return {};
  }
}
