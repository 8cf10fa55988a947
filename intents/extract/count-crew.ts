/**
 * A small working team talked about as a crew: "the three of us get by", "the 5 of us cover
 * security", "a four-person team we cross-train", "6 in the team and they all know the kit". In
 * talk of how a team copes, covers and keeps going, such a count is the IT team, not the
 * organisation, unless the message says what the organisation is or names another department.
 */
import type { Classified } from "./count-classify.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** How a working team copes: stretched, covering, cross-trained, capable, off sick. */
const CREW_WORDS = wordSet(`
  stretched burnt burned burnout burnt-out overloaded overworked swamped drowning firefighting
  fire-fighting coping cope copes capable cover covers covering cross-train cross-trained
  cross-training crosstrain kit replacements replacement sick holiday holidays rota on-call
  snowed knackered shattered skilled competent
`);
/** Two-word ways of saying the same: "get by", "dig out", "point of failure". */
const CREW_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["get", "by"],
  ["getting", "by"],
  ["dig", "out"],
  ["of", "failure"],
  ["on", "call"],
  ["keep", "up"],
  ["keeping", "up"],
];
/** Words that make the count the owners or another department: "the three of us run the business". */
const NOT_IT_CREW = wordSet(`
  business company firm owners owner partners directors founders founder finance accounts sales
  marketing hr operations ops warehouse shop family clients customers run own
`);

/**
 * True when the message talks about a team coping or covering and names no owners or other
 * department, so "the three of us" is the IT team.
 */
export function crewTalkPresent(tokens: readonly Token[], topic: boolean): boolean {
  let crew = topic;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (NOT_IT_CREW.has(word)) return false;
    if (crew) continue;
    const joined = lowerAt(tokens, i + 1) === "-" ? `${word}-${lowerAt(tokens, i + 2)}` : word;
    if (CREW_WORDS.has(word) || CREW_WORDS.has(joined)) crew = true;
    else if (CREW_PAIRS.some(([a, b]) => a === word && b === lowerAt(tokens, i + 1))) crew = true;
  }
  return crew;
}

const THERE = wordSet("there's theres there're are");
const TEAM_WORDS = wordSet("person man people strong");

/**
 * "the three of us", "the two of them", "a 4-person team", "3 person team", "6 in the team": a
 * count that sizes a working team rather than an organisation.
 */
export function crewCount(tokens: readonly Token[], c: Classified): boolean {
  if (c.definite && (c.ofUs || c.group)) return true;
  // "there's three of them and they cover for each other": the whole group talked about.
  if (c.group && THERE.has(lowerAt(tokens, c.mention.first - 1))) return true;
  const { end } = c.mention;
  if (c.cls === "team" && lowerAt(tokens, end) === "in" && lowerAt(tokens, end + 1) === "the")
    return lowerAt(tokens, end + 2) === "team";
  let k = end;
  if (lowerAt(tokens, k) === "-") k += 1;
  return TEAM_WORDS.has(lowerAt(tokens, k)) && lowerAt(tokens, k + 1) === "team";
}
