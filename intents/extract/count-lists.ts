/**
 * Counts split by hours or listed together: "9 full-timers and 4 part-timers" (13), "30 full
 * time, 12 part time" (42), "depots with 55, 40 and 30 staff" (125). A total said just before
 * ("110 staff in total (85 FT, 25 PT)") is kept and its parts dropped.
 */
import type { Classified } from "./count-classify.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const FULL = wordSet("full ft f/t fulltime fulltimers full-time");
const PART = wordSet("part pt p/t parttime parttimers part-time");
const JOINS = wordSet(", and plus + & with");
const COUNTED = wordSet("employees generic it");
const SENTENCE_END = wordSet(". ! ? ;");

/** "9 full-timers and 4 part-timers": the part-timers add to the full-timers. */
export function sumHours(tokens: readonly Token[], classified: Classified[]): void {
  for (let index = 0; index + 1 < classified.length; index += 1) {
    const full = classified[index] as Classified;
    const part = classified[index + 1] as Classified;
    if (!FULL.has(lowerAt(tokens, full.mention.end))) continue;
    if (!PART.has(lowerAt(tokens, part.mention.end))) continue;
    // "3 full time and 1 part time in IT": what the second count names covers both.
    if (full.cls === "bare" && COUNTED.has(part.cls)) full.cls = part.cls;
    if (!COUNTED.has(full.cls)) continue;
    if (!["generic", "employees", "bare", "skip", "unknown", full.cls].includes(part.cls)) continue;
    if (!joinedBetween(tokens, full.mention.end + 1, part.mention.first)) continue;
    const total = classified[index - 1];
    const sum = full.mention.value + part.mention.value;
    if (
      total &&
      total.cls === full.cls &&
      total.mention.value >= sum &&
      sameSentence(tokens, total, full)
    ) {
      full.cls = "skip";
      part.cls = "skip";
      continue;
    }
    full.mention = { ...full.mention, value: sum };
    part.cls = "skip";
  }
}

/** "55, 40 and 30 staff": nounless counts listed before a counted noun add up to it. */
export function sumLists(tokens: readonly Token[], classified: Classified[]): void {
  for (let index = 1; index < classified.length; index += 1) {
    const last = classified[index] as Classified;
    if (last.cls !== "employees" && last.cls !== "generic") continue;
    let first = index;
    while (first > 0) {
      const previous = classified[first - 1] as Classified;
      const current = classified[first] as Classified;
      if (previous.cls !== "bare" || !previous.mention.whole) break;
      if (!listGap(tokens, previous.mention.end, current.mention.first)) break;
      first -= 1;
    }
    if (first === index || index - first < 2) continue;
    let sum = last.mention.value;
    for (let k = first; k < index; k += 1) {
      const part = classified[k] as Classified;
      sum += part.mention.value;
      part.cls = "skip";
    }
    last.mention = { ...last.mention, value: sum };
  }
}

function listGap(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k += 1) if (!JOINS.has(lowerAt(tokens, k))) return false;
  return true;
}

/** "full-timers and 4": only the hours word's tail and a joiner between the two counts. */
function joinedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (
    k < to &&
    ["-", "timers", "timer", "time", "staff", "people", "employees"].includes(lowerAt(tokens, k))
  )
    k += 1;
  if (!JOINS.has(lowerAt(tokens, k))) return false;
  return k + 1 === to || (k + 2 === to && JOINS.has(lowerAt(tokens, k + 1)));
}

function sameSentence(tokens: readonly Token[], a: Classified, b: Classified): boolean {
  for (let k = a.mention.end; k < b.mention.first; k += 1)
    if (SENTENCE_END.has(lowerAt(tokens, k))) return false;
  return true;
}
