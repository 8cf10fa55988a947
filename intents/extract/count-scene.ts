/**
 * Readings of a count that need the whole message: who is speaking ("I'm head of IT, 4 of us"),
 * what else is counted ("3 of us. 220 users", "3 for 500 users"), and what was said before
 * ("the other two", "none of the six"). Each pass runs once over the classified counts.
 */
import type { Classified } from "./count-classify.ts";
import { crewCount } from "./count-crew.ts";
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { crewAt, itNamedJustBefore, ownCrewAt, partOfOwnCrew } from "./count-it-clause.ts";
import { itRoleAt } from "./it-cues.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** What the message says about who is talking and what about. */
export interface Scene {
  tokens: readonly Token[];
  it: readonly boolean[];
  /** The visitor works in IT ("I'm head of IT", "sysadmin here"). */
  speaker: boolean;
  /** The message names IT or an IT role. */
  namesIt: boolean;
  /** The message talks about IT work (servers, patching, tickets) even without naming IT. */
  topic: boolean;
  /**
   * IT work is the topic and the message never says what the organisation is ("6 of us and
   * plenty of cover, we just lack Intune skills"): "N of us" is the IT team.
   */
  itWork: boolean;
  /** An IT count was heard from a phrase ("no IT people", "it's just me"). */
  itPhrase: boolean;
  /** Talk of how a small team copes or covers, naming no owners ("the three of us get by"). */
  crewTalk: boolean;
  /** The organisation's size already in the profile. */
  knownEmployees: number | undefined;
}

/** Without a larger count, "4 of us" by someone in IT is the IT team only up to this size. */
const LARGEST_OWN_TEAM = 25;
/** "we're 5" by someone in IT is the IT team only up to this size: "we're 20 people" is not. */
const LARGEST_WE_ARE_TEAM = 10;
/** "3 of us. 220 users": the people supported outnumber "us" at least this many times. */
const SUPPORT_RATIO = 4;
/** "the three lads" in talk about support is the IT team only up to this size. */
const LARGEST_NAMED_GROUP = 10;

/**
 * Applies the passes in order: "3 for 500 users", echoes of a count said before, "the other
 * two", then whether first-person, pronoun and definite groups are the IT team.
 */
export function readScene(classified: Classified[], scene: Scene): void {
  linkForCounts(classified);
  dropEchoes(classified);
  countTheOthers(classified, scene);
  // "two of my guys handed in their notice": part of the crew, not a headcount.
  for (const c of classified)
    if (c.cls === "generic" && partOfOwnCrew(scene.tokens, c.mention.end)) c.cls = "skip";
  const hasIt = scene.itPhrase || classified.some((c) => c.cls === "it");
  // "there's only two of them" counts a group talked about, never the whole organisation.
  const dropGroups = (): void => {
    for (const c of classified) if (c.group && c.cls === "generic") c.cls = "skip";
  };
  if (hasIt) return dropGroups();
  const largest = Math.max(
    scene.knownEmployees ?? 0,
    ...classified.filter(countsOthers).map((c) => c.mention.value),
  );
  for (const c of classified) {
    if (c.cls !== "generic" || c.located) continue;
    const value = c.mention.value;
    const smaller = largest > value;
    if (scene.crewTalk && value <= LARGEST_NAMED_GROUP && crewCount(scene.tokens, c)) c.cls = "it";
    else if (c.firstPerson && teamJustBefore(scene.tokens, c.mention.first)) c.cls = "team";
    else if (value <= LARGEST_NAMED_GROUP && !smaller && ownTeamAt(scene, c)) c.cls = "it";
    else if (c.firstPerson) {
      const largestOwn = c.ofUs ? LARGEST_OWN_TEAM : LARGEST_WE_ARE_TEAM;
      if (scene.speaker && (value <= largestOwn || smaller)) c.cls = "it";
      else if (
        c.ofUs &&
        scene.itWork &&
        value <= LARGEST_NAMED_GROUP &&
        !smaller &&
        !saidHere(scene.tokens, c.mention.end)
      )
        c.cls = "it";
      else if (
        value <= LARGEST_NAMED_GROUP &&
        !smaller &&
        itNamedJustBefore(scene.tokens, scene.it, c.mention.first, !c.ofUs)
      )
        c.cls = "it";
      else if (
        largest >= value * SUPPORT_RATIO &&
        explicitUsers(classified) &&
        !saidHere(scene.tokens, c.mention.end)
      )
        c.cls = "it";
    } else if (c.group && scene.namesIt && (smaller || value <= LARGEST_NAMED_GROUP)) c.cls = "it";
    else if (c.definite && scene.topic && value <= LARGEST_NAMED_GROUP) c.cls = "it";
    else if (
      value <= LARGEST_NAMED_GROUP &&
      !smaller &&
      ownCrewAt(scene.tokens, c.mention.first, c.mention.end)
    )
      c.cls = "it";
    else if (
      crewAt(scene.tokens, c.mention.end) &&
      value <= LARGEST_NAMED_GROUP &&
      !smaller &&
      itNamedJustBefore(scene.tokens, scene.it, c.mention.first)
    )
      c.cls = "it";
  }
  dropGroups();
}

const TEAM_OWNERS = wordSet("it's its our my");
const TEAM_SIZES = wordSet("a small tiny little wee");

/** "it's a small team, 3 of us", "our team - 4 of us": the count says how big the team is. */
function teamJustBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k -= 1) {
    if (lowerAt(tokens, k) !== "team") continue;
    let j = k - 1;
    while (j >= 0 && j >= k - 3 && TEAM_SIZES.has(lowerAt(tokens, j))) j -= 1;
    const owner = lowerAt(tokens, j);
    return TEAM_OWNERS.has(owner) || (owner === "is" && lowerAt(tokens, j - 1) === "it");
  }
  return false;
}

const PERSON_WORDS = wordSet("person people man strong");
const LIKE_MINE = wordSet("mine ours");

/**
 * In talk of IT work, "our 5 person team" and "a team like mine, 4 of us" size the speaker's own
 * team, which is the IT team.
 */
function ownTeamAt(scene: Scene, c: Classified): boolean {
  const { tokens } = scene;
  const { first, end } = c.mention;
  let k = end;
  if (lowerAt(tokens, k) === "-") k += 1;
  if (
    scene.itWork &&
    TEAM_OWNERS.has(lowerAt(tokens, first - 1)) &&
    PERSON_WORDS.has(lowerAt(tokens, k)) &&
    lowerAt(tokens, k + 1) === "team"
  )
    return true;
  if (!c.ofUs || !scene.topic) return false;
  for (let j = first - 1; j >= 0 && j >= first - 3; j -= 1)
    if (LIKE_MINE.has(lowerAt(tokens, j)))
      return lowerAt(tokens, j - 1) === "like" && lowerAt(tokens, j - 2) === "team";
  return false;
}

/** "150 staff", "300 users": people counted with a noun, not "us" nor a named group. */
function countsOthers(c: Classified): boolean {
  if (c.nounless || c.firstPerson || c.group || c.definite || c.other) return false;
  return c.cls === "employees" || c.cls === "generic";
}

/** "10 here", "10 of us here": counted where the speaker works, so not the IT team. */
function saidHere(tokens: readonly Token[], end: number): boolean {
  const after = lowerAt(tokens, end) === "of" && lowerAt(tokens, end + 1) === "us" ? end + 2 : end;
  return lowerAt(tokens, after) === "here";
}

function explicitUsers(classified: readonly Classified[]): boolean {
  return classified.some(countsOthers);
}

/** "3 for 500 users", "2 guys for 350 people": the first count serves the second. */
function linkForCounts(classified: Classified[]): void {
  for (let index = 0; index + 1 < classified.length; index += 1) {
    const c = classified[index] as Classified;
    const next = classified[index + 1] as Classified;
    if (c.forAt < 0 || next.mention.first !== c.forAt + 1) continue;
    if (!["generic", "bare", "team"].includes(c.cls)) continue;
    if (!["employees", "generic", "bare"].includes(next.cls)) continue;
    if (next.mention.value <= c.mention.value) continue;
    c.cls = "it";
    next.cls = "employees";
  }
}

/**
 * "none of the six are security people", "only so much two people can do": a count repeated
 * after it was given is not a new headcount.
 */
function dropEchoes(classified: Classified[]): void {
  for (const c of classified) {
    if (!["generic", "bare", "unknown"].includes(c.cls) || c.firstPerson || c.group) continue;
    const earlier = classified.find(
      (other) =>
        other !== c &&
        other.mention.first < c.mention.first &&
        other.mention.value === c.mention.value &&
        ["it", "team"].includes(other.cls),
    );
    if (earlier) c.cls = "skip";
  }
}

/** "Our IT manager's off. The other two are covering": the named person and the others. */
function countTheOthers(classified: Classified[], scene: Scene): void {
  if (!classified.some((c) => c.other)) return;
  const named = firstNamedItPerson(scene.tokens, scene.it);
  for (const c of classified) {
    if (!c.other || !["generic", "bare", "it"].includes(c.cls)) continue;
    // "the other two in finance" are not the IT team.
    const place = lowerAt(scene.tokens, c.mention.end);
    const elsewhere = ["in", "at", "on"].includes(place) && !scene.it[c.mention.end + 1];
    if (!elsewhere && (scene.speaker || named < c.mention.first)) {
      c.mention = { ...c.mention, value: c.mention.value + 1 };
      c.cls = "it";
    } else if (c.cls !== "it") c.cls = "skip";
  }
}

const OWNERS = wordSet("our my the");

/** "manager's" as in "our IT manager's off": the noun without its "'s". */
const withoutS = (word: string): string => (word.endsWith("'s") ? word.slice(0, -2) : word);

/** Where "our IT manager" or "the sysadmin" is first said, or Infinity. */
function firstNamedItPerson(tokens: readonly Token[], it: readonly boolean[]): number {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!OWNERS.has(lowerAt(tokens, i))) continue;
    const length = itRoleAt(tokens, it, i + 1);
    if (length === 0) continue;
    const last = withoutS(lowerAt(tokens, i + length));
    const after = withoutS(lowerAt(tokens, i + length + 1));
    if (SINGULAR_IT_NOUNS.has(last) || (it[i + 1] && SINGULAR_IT_NOUNS.has(after))) return i;
  }
  return Infinity;
}
