/** How the words just before a cue colour it. */
export type Polarity = "plain" | "negated" | "hedged";

// Punctuation and linking words end the reach of a "not" or an "if".
const CLAUSE_BOUNDARY =
  /[,;:()]|\s-\s|\b(?:but|and|so|because|cos|though|although|while|whilst|whereas|however|yet|or|then|plus)\b/g;
const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nobody",
  "noone",
  "none",
  "neither",
  "nor",
  "hardly",
  "barely",
  "without",
  "nothing",
  "cannot",
  "nowhere",
  "rarely",
  "seldom",
]);
/** Words after a negator that undo it: "not just", "no doubt", "not to mention". */
const UNDOERS = new Set(["just", "only", "doubt", "wonder", "matter", "to", "sure"]);
const RAISED_NEGATION =
  /\b(?:do|did|does|would) not (?:really |honestly |personally )?(?:think|believe|say|call|describe|feel|consider|reckon)\b|\bi doubt\b/;
const HEDGE =
  /\bnot (?:sure|certain|convinced)\b|\bunsure\b|\b(?:(?:do|does) not know|dunno|no (?:idea|clue)|(?:cannot|hard to) (?:say|tell)) (?:if|whether|how|what|about)\b|\bwonder(?:ing)? (?:if|whether)\b/;
const HYPOTHETICAL =
  /\b(?:if|unless|suppose|supposing|imagine|hypothetically|in case|in the event|should (?:he|she|they)|were (?:he|she|they) to|might|may|could|would|worried|worry|afraid|scared|fear|risk|chance)\b/;

/** Where each clause boundary in a text ends, found once per text and reused for every cue. */
let boundaryCache: { text: string; ends: number[] } = { text: "", ends: [] };

function boundaryEnds(text: string): number[] {
  if (boundaryCache.text !== text) {
    const ends: number[] = [];
    for (const boundary of text.matchAll(CLAUSE_BOUNDARY))
      ends.push(boundary.index + boundary[0].length);
    boundaryCache = { text, ends };
  }
  return boundaryCache.ends;
}

/** The clause that leads up to offset `at`: from the last comma or linking word before it. */
export function clauseBefore(text: string, at: number): string {
  const ends = boundaryEnds(text);
  // The last boundary that ends at or before `at`: a binary search keeps long texts linear.
  let low = 0;
  let high = ends.length - 1;
  let start = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((ends[mid] as number) <= at) {
      start = ends[mid] as number;
      low = mid + 1;
    } else high = mid - 1;
  }
  return text.slice(start, at);
}

/**
 * Whether a cue at `at` is negated ("not stretched", "we don't struggle with"), hedged ("not
 * sure we lack"), or plain. Looks back `window` words within the clause; "no longer" counts
 * as a negation, "not just" and "no doubt" do not.
 */
export function negationBefore(text: string, at: number, window = 4): Polarity {
  const clause = clauseBefore(text, at);
  if (HEDGE.test(clause)) return "hedged";
  if (RAISED_NEGATION.test(clause)) return "negated";
  const words = clause.trim().split(/\s+/).slice(-window);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? "";
    if (!NEGATORS.has(word)) continue;
    const next = words[index + 1];
    if (next === undefined || !UNDOERS.has(next)) return "negated";
  }
  return "plain";
}

const CONDITIONAL =
  /\b(?:if|unless|whether|in case|suppose|supposing|imagine|what if|in the event)\b/;

/** True when the clause before `at` opens a condition ("if we outsource everything"). */
export function isConditional(text: string, at: number): boolean {
  return CONDITIONAL.test(clauseBefore(text, at));
}

/** True when the clause before `at` makes what follows a supposition ("if he leaves"). */
export function isHypothetical(text: string, at: number): boolean {
  return HYPOTHETICAL.test(clauseBefore(text, at));
}
