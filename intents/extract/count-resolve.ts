/**
 * The last step of reading counts: a "team" or a count of people with no telling noun ("team of
 * 3", "we have 3 people") becomes the IT team or the whole organisation, from the rest of the
 * message and what the profile already holds.
 */
import type { Class, Classified } from "./count-classify.ts";
import { crewCount } from "./count-crew.ts";
import { correctionAround, correctionTarget, numberOr } from "./count-corrections.ts";
import { ORGANISATION_NOUNS } from "./count-lexicon.ts";
import type { Scene } from "./count-scene.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import type { ExtractContext } from "./types.ts";

/** Without a known organisation size, a bare "N people" answers "how many in IT?" only if small. */
const LARGEST_BARE_IT_TEAM = 25;

/** Settles every "team" and "generic" count as "it" or "employees". */
export function resolveGroups(
  classified: readonly Classified[],
  scene: Scene,
  ctx: ExtractContext,
  declined: boolean,
): void {
  const { tokens } = scene;
  const expecting = ctx.expecting;
  const hasItFact = scene.itPhrase || classified.some((c) => c.cls === "it");
  const largestPeople = classified
    .filter((c) => c.cls === "employees" || c.cls === "generic")
    .reduce((largest, c) => Math.max(largest, c.mention.value), 0);
  const knownEmployees = numberOr(ctx.profile.employees);
  const fitsIt = (c: Classified): boolean =>
    !declined && c.mention.value <= (knownEmployees ?? LARGEST_BARE_IT_TEAM);
  const facts = { largestPeople, hasItFact, expecting };
  for (const c of classified) {
    if (c.cls === "team") c.cls = resolveTeam(c, scene, facts);
    if (c.cls !== "generic") continue;
    // "actually we have two": a correction with no noun fixes the count it is closest to.
    const corrected =
      !expecting && correctionAround(tokens, c.mention)
        ? correctionTarget(c.mention.value, {
            employees: knownEmployees,
            itStaff: numberOr(ctx.profile.itStaff),
          })
        : null;
    c.cls =
      corrected === "itStaff"
        ? "it"
        : corrected === "employees"
          ? "employees"
          : expecting === "itStaff" && !hasItFact && fitsIt(c)
            ? "it"
            : corrected === null && farBelowKnown(c, knownEmployees, expecting)
              ? smallGroupClass(c, hasItFact, expecting)
              : "employees";
  }
  // "only one person knows the passwords" is about who does the work, not the organisation's size.
  for (const c of classified) {
    if (c.cls === "employees" && c.mention.value === 1 && isOnePersonDoing(tokens, c.mention))
      c.cls = "skip";
  }
}

/** A count this many times smaller than the known organisation size is not the organisation. */
const KNOWN_SIZE_RATIO = 4;

/**
 * "we're only two people after all" at a question about skills, with 60 staff already known: a
 * count far below the known size, said while another question is open, is not the organisation.
 */
function farBelowKnown(
  c: Classified,
  knownEmployees: number | undefined,
  expecting: ExtractContext["expecting"],
): boolean {
  if (knownEmployees === undefined || expecting === "employees") return false;
  return c.mention.value * KNOWN_SIZE_RATIO <= knownEmployees;
}

/** Largest "we're only N" read as the IT team when the organisation is known to be bigger. */
const LARGEST_SMALL_GROUP = 10;

/**
 * "we're only two" at another question is the IT team; "two people can't know everything" is no
 * headcount; a larger "we're 40", or one said with no question open, may restate the size.
 */
function smallGroupClass(
  c: Classified,
  hasItFact: boolean,
  expecting: ExtractContext["expecting"],
): Class {
  if (!c.firstPerson) return "skip";
  if (expecting === undefined) return "employees";
  if (c.mention.value > LARGEST_SMALL_GROUP) return "employees";
  return hasItFact ? "skip" : "it";
}

const SELF = wordSet("we're were we are i i'm run own our my");

/**
 * "team of 3", "5 in the team": the IT team when a bigger count or the known size is the
 * organisation, when the speaker is in IT, or when IT is the topic and nothing says the team is
 * the whole organisation ("we're a small charity, 8 in the team").
 */
function resolveTeam(
  c: Classified,
  scene: Scene,
  facts: { largestPeople: number; hasItFact: boolean; expecting: ExtractContext["expecting"] },
): Class {
  const value = c.mention.value;
  if (facts.largestPeople > value || (scene.knownEmployees ?? 0) > value) return "it";
  if (facts.expecting === "itStaff" && !facts.hasItFact) return "it";
  if (facts.expecting === "employees" || facts.hasItFact) return "employees";
  if (scene.speaker) return "it";
  if (scene.crewTalk && value <= LARGEST_SMALL_GROUP && crewCount(scene.tokens, c)) return "it";
  const owner = lowerAt(scene.tokens, c.mention.first - 3);
  if (["my", "our"].includes(owner) && scene.namesIt) return "it";
  if (scene.topic && !organisationSaidOfSelf(scene.tokens)) return "it";
  return "employees";
}

/** "we're a small charity", "I run a design agency", "our firm": the visitor's own organisation. */
export function organisationSaidOfSelf(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!ORGANISATION_NOUNS.has(lowerAt(tokens, i))) continue;
    for (let k = i - 1; k >= 0 && k >= i - 4; k -= 1) {
      if (tokens[k]?.kind === "sym") break;
      if (SELF.has(lowerAt(tokens, k))) return true;
    }
  }
  return false;
}

const ONE_PERSON_NOUNS = wordSet("person guy bloke lady woman man chap individual fella lass dude");
const DOING_VERBS = wordSet(`
  knows does handles runs looks holds has manages deals sorts covers understands keeps takes can
  could would will is was
`);
const PREDICATES = wordSet("is was 's he's she's it's that's");

/**
 * "one person knows…", "one guy does…": a single person followed by what they do; "she's one
 * person I'd trust": one person said of someone.
 */
function isOnePersonDoing(tokens: readonly Token[], mention: Classified["mention"]): boolean {
  const end = mention.end;
  if (!ONE_PERSON_NOUNS.has(lowerAt(tokens, end))) return false;
  return (
    DOING_VERBS.has(lowerAt(tokens, end + 1)) || PREDICATES.has(lowerAt(tokens, mention.first - 1))
  );
}
