/**
 * Links between counts in one message: "3 of our 40 staff do IT" (a part and its whole) and "2
 * people supporting 150 users" (who supports whom).
 */
import type { Classified } from "./count-classify.ts";
import { VERB_OBJECT_SKIP } from "./count-forward.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const SUPPORT_OBJECTS = phraseList(`
  them, everyone, everybody, everything, the lot, it all, the business, the company,
  the whole company, the whole business, the office, the organisation, the organization,
  the staff, the users, all of them, the rest, the whole place, the firm
`);

/**
 * "3 of our 40 staff do IT": the part is the IT team and the whole is everyone; "2 of our 5 IT
 * staff are leaving" and "one of the three of us in IT": the whole is the IT team and the part
 * is not a headcount.
 */
export function linkParts(classified: Classified[]): void {
  const byMention = new Map(classified.map((c) => [c.mention, c]));
  for (const part of classified) {
    if (!part.partOf) continue;
    const whole = byMention.get(part.partOf);
    if (!whole) continue;
    if (whole.cls === "it" && whole.itByMembership && whole.membershipVerb) {
      part.cls = "it";
      whole.cls = "employees";
    } else part.cls = "skip";
  }
}

/** "2 people supporting 150 users", "a team of 4 looks after 200 users": the first is IT. */
export function linkSupportVerbs(tokens: readonly Token[], classified: Classified[]): void {
  for (let index = 0; index < classified.length; index += 1) {
    const c = classified[index] as Classified;
    if (
      c.verbAt < 0 ||
      !(["generic", "team", "bare"].includes(c.cls) || (c.cls === "employees" && c.nounless))
    )
      continue;
    let k = c.verbAt + 1;
    while (k < c.verbAt + 4 && VERB_OBJECT_SKIP.has(lowerAt(tokens, k))) k += 1;
    const next = classified[index + 1];
    if (next && next.mention.first <= k + 1 && next.mention.first > c.verbAt) {
      if (next.cls === "employees" || next.cls === "generic" || next.cls === "bare") {
        c.cls = "it";
        next.cls = "employees";
      }
      continue;
    }
    // "the three of us run the business" are its owners, not its IT.
    if (RUN.has(lowerAt(tokens, c.verbAt))) continue;
    if (
      longestPhraseAt(tokens, c.verbAt + 1, SUPPORT_OBJECTS) > 0 ||
      longestPhraseAt(tokens, k, SUPPORT_OBJECTS) > 0
    )
      c.cls = "it";
  }
}

const RUN = wordSet("run runs running");

const DOES_IT = wordSet(
  "do does doing handle handles handling manage manages managing sort sorts cover covers run runs",
);

/** "I do it alongside my day job": "it" after a handling verb refers to the IT. */
export function doesItPresent(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i += 1) {
    if (lowerAt(tokens, i) === "it" && DOES_IT.has(lowerAt(tokens, i - 1))) return true;
  }
  return false;
}

/** "looking after", "supports": someone in the message supports others. */
export function supportVerbPresent(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (
      (["looking", "look", "looks"].includes(word) && lowerAt(tokens, i + 1) === "after") ||
      ["supporting", "supports"].includes(word)
    )
      return true;
  }
  return false;
}

const COVER = wordSet("covering covers cover for");
const SERVED_GAP = wordSet("about around roughly maybe approx approximately nearly over some");

/**
 * "one bloke covering 140 staff", "3 lads in IT for about 200": a small count of people who serve
 * a larger one is the IT team, and the larger one the organisation.
 */
export function linkServed(tokens: readonly Token[], classified: Classified[]): void {
  for (let index = 0; index + 1 < classified.length; index += 1) {
    const c = classified[index] as Classified;
    const next = classified[index + 1] as Classified;
    if (next.mention.value <= c.mention.value) continue;
    const small = ["generic", "team"].includes(c.cls) || (c.cls === "it" && !c.partOf);
    if (!small || !["employees", "generic", "bare"].includes(next.cls)) continue;
    let k = c.mention.end;
    while (k < c.mention.end + 4 && !COVER.has(lowerAt(tokens, k))) k += 1;
    if (!COVER.has(lowerAt(tokens, k)) || (c.cls !== "it" && lowerAt(tokens, k) === "for"))
      continue;
    if (c.cls === "it" && lowerAt(tokens, k) !== "for") continue;
    let j = k + 1;
    while (j < k + 3 && SERVED_GAP.has(lowerAt(tokens, j))) j += 1;
    if (next.mention.first > j) continue;
    c.cls = "it";
    next.cls = "employees";
  }
}
