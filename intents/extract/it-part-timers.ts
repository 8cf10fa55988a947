/**
 * One IT person who works part of the week: "someone two days a week for IT", "Tom does IT 3 days
 * a week", "a guy who comes in one day a month". A part-timer is still one person (itStaff 1);
 * "I'm IT, there's also Paul who does 2 days a week" is the speaker and Paul (2).
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { speakerInIt } from "./it-speaker.ts";
import type { NumberMention } from "./numbers.ts";
import { isNameAt } from "./person-names.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const SOMEONE = wordSet("someone somebody");
const ONE_OF = wordSet("a an one");
const PERSON = wordSet("guy lady bloke chap person woman man lad girl fella techie tech");
const LINKS = wordSet(`
  who that does do comes come is 's in for doing it on around about roughly
`);
const DAY_UNITS = wordSet("day days morning mornings afternoon afternoons");
const PER = wordSet("a per each every an");
const PERIODS = wordSet("week wk fortnight month");
const ALSO = wordSet("also plus");

/** Where a person is named at `i` ("someone", "a guy", "Tom"): the index after it, or -1. */
function personAt(tokens: readonly Token[], i: number): number {
  const word = lowerAt(tokens, i);
  if (SOMEONE.has(word)) return i + 1;
  if (ONE_OF.has(word) && PERSON.has(lowerAt(tokens, i + 1))) return i + 2;
  if (isNameAt(tokens, i) && tokens[i - 1]?.kind !== "num") return i + 1;
  return -1;
}

/** "2 days a week", "one day a month": the end of the span at `j`, or -1. */
function partWeekAt(
  tokens: readonly Token[],
  j: number,
  mentionAt: (index: number) => NumberMention | undefined,
): number {
  const mention = mentionAt(j);
  if (!mention || mention.value < 1 || mention.value > 4) return -1;
  let k = mention.end;
  if (!DAY_UNITS.has(lowerAt(tokens, k))) return -1;
  k += 1;
  if (!PER.has(lowerAt(tokens, k)) || !PERIODS.has(lowerAt(tokens, k + 1))) return -1;
  return k + 2;
}

/** Finds the phrases in the header comment, left to right. */
export function findPartTimers(
  tokens: readonly Token[],
  it: readonly boolean[],
  mentionAt: (index: number) => NumberMention | undefined,
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  let speaker: boolean | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const after = personAt(tokens, i);
    if (after < 0) continue;
    let j = after;
    let namesIt = false;
    while (j < after + 4 && (LINKS.has(lowerAt(tokens, j)) || it[j])) {
      if (it[j]) namesIt = true;
      j += 1;
    }
    const end = partWeekAt(tokens, j, mentionAt);
    if (end < 0) continue;
    if (lowerAt(tokens, end) === "for" && it[end + 1]) namesIt = true;
    speaker ??= speakerInIt(tokens, it) || speakerIsIt(tokens, it);
    const withSpeaker =
      speaker && (ALSO.has(lowerAt(tokens, i - 1)) || ALSO.has(lowerAt(tokens, i - 2)));
    found.push({
      at: i,
      end,
      value: withSpeaker ? 2 : 1,
      source: "one",
      weak: false,
      needsItContext: !namesIt,
      namesIt,
      itByDefault: false,
      singlePerson: !withSpeaker,
    });
    i = end - 1;
  }
  return found;
}

/** "I'm IT", "im IT,": the speaker is the IT. */
function speakerIsIt(tokens: readonly Token[], it: readonly boolean[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if ((word === "i'm" || word === "im") && it[i + 1]) return true;
  }
  return false;
}
