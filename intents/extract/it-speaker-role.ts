/**
 * "I'm the MD and I do all the IT myself", "I'm the FD at a 45 person firm and I end up doing the
 * IT": the speaker names a job that is not IT, then says they do the IT. Doing IT on the side of
 * another job is no IT staff (0).
 */
import { noItStaff, type ItStaffPhrase } from "./it-staff-phrases.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { PhraseSet, Token } from "./tokens.ts";

const I_AM = phraseList("i'm, im, i am, i'm actually, i am actually, i'm just, i am just");
const ROLE_DETERMINERS = wordSet("the our a an their");
const DOING = phraseList(`
  do, also do, end up doing, ended up doing, handle, also handle, look after, also look after,
  sort, sort out, run, also run, manage, also manage, cover, deal with, take care of, am doing,
  am also doing, have to do, get stuck with, got stuck with, get lumped with
`);
const OBJECT_FILLERS = wordSet("all the our of it's");
const AFTER_THE_IT = wordSet("myself too as well on alongside and but here for in so because");
/** "... I do all the IT myself": the same speaker, not a one-person IT team of its own. */
const BY_MYSELF = phraseList("myself, by myself, on my own, alone, single handed, single-handed");
/** How far after the role the "I do the IT" may come, in tokens. */
const REACH = 24;

/** The end of "I do (all) (the) IT" starting at `i`, or 0. */
function doesTheIt(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  if (lowerAt(tokens, i) !== "i") return 0;
  const verb = longestPhraseAt(tokens, i + 1, DOING);
  if (verb === 0) return 0;
  let j = i + 1 + verb;
  while (j < i + 6 && OBJECT_FILLERS.has(lowerAt(tokens, j)) && !it[j]) j += 1;
  if (!(it[j] || lowerAt(tokens, j) === "it" || lowerAt(tokens, j) === "computers")) return 0;
  // "I do the IT strategy" is one part of IT, not the IT.
  const next = tokens[j + 1];
  if (!(!next || next.kind === "sym" || AFTER_THE_IT.has(next.lower))) return 0;
  return j + 1 + longestPhraseAt(tokens, j + 1, BY_MYSELF);
}

/** Each "I'm the <non-IT role> ... I do the IT" in the message, as no IT staff. */
export function findSpeakerRolePhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
  roles: PhraseSet,
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const intro = longestPhraseAt(tokens, i, I_AM);
    if (intro === 0) continue;
    let r = i + intro;
    if (ROLE_DETERMINERS.has(lowerAt(tokens, r))) r += 1;
    const role = longestPhraseAt(tokens, r, roles);
    if (role === 0 || it[r]) continue;
    for (let k = r + role; k < Math.min(tokens.length, r + role + REACH); k += 1) {
      const end = doesTheIt(tokens, it, k);
      if (end === 0) continue;
      // Only "I do the IT" is covered, so a head count between ("a 45 person firm") is still read;
      // weak, so an IT head count said elsewhere wins.
      found.push(noItStaff(k, end, { source: "side" }));
      i = end - 1;
      break;
    }
  }
  return found;
}
