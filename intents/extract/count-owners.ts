/**
 * The owners counted on top of their staff: "me and my brother and 12 staff" (14), "the two of us
 * plus 8 staff" (10), "myself and 5 employees" (6).
 */
import type { Classified } from "./count-classify.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const JOINS = wordSet("and plus + &");
const ME = wordSet("me myself i");
const RELATIVES = wordSet(`
  brother sister wife husband partner dad father mum mom mother son daughter cousin cofounder
  co-founder uncle aunt
`);
const STAFF = wordSet("staff employees people workers");

/**
 * Adds the speaker (and a relative or partner named with them) to a staff count after them. A
 * "staff" count that could be IT ("me and 2 staff") is read so only when IT is not mentioned.
 */
export function ownersAdded(
  tokens: readonly Token[],
  it: readonly boolean[],
  classified: readonly Classified[],
  askedAboutIt = false,
): void {
  const itSaid = askedAboutIt || it.some(Boolean);
  for (const c of classified) {
    const staff = c.cls === "employees" || (c.cls === "generic" && !itSaid);
    if (!staff || !STAFF.has(lowerAt(tokens, c.mention.end))) continue;
    if (!JOINS.has(lowerAt(tokens, c.mention.first - 1))) continue;
    const owners = ownersBefore(tokens, c.mention.first - 1);
    if (owners === 0) continue;
    c.mention = { ...c.mention, value: c.mention.value + owners };
    c.cls = "employees";
  }
}

/** How many owners end just before `join`: "me and my brother" (2), "me" (1), else 0. */
function ownersBefore(tokens: readonly Token[], join: number): number {
  const last = lowerAt(tokens, join - 1);
  if (tokens[join - 2] !== undefined && !JOINS.has(lowerAt(tokens, join - 2))) {
    // "me and my brother", "my wife and I"
    if (
      RELATIVES.has(last) &&
      lowerAt(tokens, join - 2) === "my" &&
      JOINS.has(lowerAt(tokens, join - 3))
    )
      return ME.has(lowerAt(tokens, join - 4)) && startsClause(tokens, join - 4) ? 2 : 0;
    if (ME.has(last) && JOINS.has(lowerAt(tokens, join - 2))) return 0;
    if (last === "us" && lowerAt(tokens, join - 2) === "of" && lowerAt(tokens, join - 3) === "two")
      return lowerAt(tokens, join - 4) === "the" ? 2 : 0;
  }
  if (ME.has(last) && JOINS.has(lowerAt(tokens, join - 2))) {
    // "my wife and I and 6 staff"
    const relative = lowerAt(tokens, join - 3);
    return RELATIVES.has(relative) && lowerAt(tokens, join - 4) === "my" ? 2 : 0;
  }
  return ME.has(last) && startsClause(tokens, join - 1) ? 1 : 0;
}

/** The start of the text or of a clause (after a comma, "it's", "there's", "just"). */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return true;
  return (
    (before.kind === "sym" && [",", ".", "-", ":", "("].includes(before.text)) ||
    ["it's", "its", "there's", "theres", "just", "only", "basically", "is"].includes(before.lower)
  );
}
