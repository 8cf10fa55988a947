/**
 * "3 partners, 22 fee earners and another 15 support staff", "40 teachers and 12 support staff":
 * in a list of the organisation's people, support staff are the non-IT back office, not IT.
 */
import type { Classified } from "./count-classify.ts";
import { PERSON_NOUNS } from "./count-lexicon.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const LIST_LINKS = wordSet(", and plus + & another further other more probably maybe about around");
const SENTENCE_END = wordSet(". ! ? ;");

/** Re-reads "N support staff" said after other staff counts as part of the organisation. */
export function supportStaffInList(
  tokens: readonly Token[],
  classified: readonly Classified[],
): void {
  for (let index = 1; index < classified.length; index += 1) {
    const c = classified[index] as Classified;
    if (c.cls !== "it" || !supportStaffAt(tokens, c.mention.end)) continue;
    const previous = classified[index - 1] as Classified;
    if (previous.cls === "it" || !previous.mention.whole) continue;
    if (!namesPeople(tokens, previous.mention.end)) continue;
    let linked = previous.mention.end < c.mention.first;
    for (let j = previous.mention.end; linked && j < c.mention.first; j += 1) {
      const word = lowerAt(tokens, j);
      if (SENTENCE_END.has(word)) linked = false;
      else if (j > previous.mention.end + 2 && !LIST_LINKS.has(word)) linked = false;
    }
    if (linked) c.cls = "skip";
  }
}

/** "support staff", "support team": the words right after a count. */
function supportStaffAt(tokens: readonly Token[], end: number): boolean {
  return lowerAt(tokens, end) === "support" && ["staff", "team"].includes(lowerAt(tokens, end + 1));
}

const TOTALS = wordSet("it in of employees users staff people on across");

/** A role noun (not IT, not a total) after the earlier count: "22 fee earners", "40 teachers". */
function namesPeople(tokens: readonly Token[], end: number): boolean {
  const token = tokens[end];
  return token?.kind === "word" && !TOTALS.has(token.lower) && !PERSON_NOUNS.has(token.lower);
}
