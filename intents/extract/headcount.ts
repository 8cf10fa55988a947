/**
 * Which numbers are the organisation's size (`employees`) and which its IT team (`itStaff`),
 * judged from the words around each number: "120 staff, 3 in IT", "two IT people supporting 150
 * users", "IT dept of 3", "a team of 4 looks after 200 users". Money, years, hours, percentages,
 * device and site counts, ages, phone numbers and product versions are never people.
 */
import {
  articleCounts,
  classify,
  doesItPresent,
  linkParts,
  linkSupportVerbs,
  supportVerbPresent,
} from "./count-classify.ts";
import type { Class, Classified } from "./count-classify.ts";
import { markItCues, mentionsIt } from "./it-cues.ts";
import { findSideJobPhrases, findSoloPhrases, findZeroPhrases } from "./it-staff-phrases.ts";
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import {
  checkCount,
  correctionBefore,
  findNumbers,
  hasVagueAmount,
  isZeroAnswer,
} from "./numbers.ts";
import type { NumberMention } from "./numbers.ts";
import { isDontKnow, yesNo } from "./short-answers.ts";
import { resolveItStaff } from "./it-staff-total.ts";
import { lowerAt, toTokens, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import type { ExtractContext, ExtractionFailure } from "./types.ts";

/** Headcounts heard in one message. Absent = not said. */
export interface HeadcountFacts {
  employees?: number;
  itStaff?: number;
  /** "it's just me", "our only IT person": IT rests on one person. */
  singlePersonDependency?: true;
  /** Counts that were aimed at a field but could not be used, with the reason. */
  failures: Partial<Record<CountField, ExtractionFailure>>;
}

export type CountField = "employees" | "itStaff";

/** Reads employee and IT headcounts from a message. Pure; never throws. */
export function extractHeadcount(text: string, ctx: ExtractContext): HeadcountFacts {
  return headcountFromTokens(toTokens(text), ctx);
}

/** Without a known organisation size, a bare "N people" answers "how many in IT?" only if small. */
const LARGEST_BARE_IT_TEAM = 25;

/** {@link extractHeadcount} on tokens already made by {@link toTokens}. */
export function headcountFromTokens(tokens: readonly Token[], ctx: ExtractContext): HeadcountFacts {
  const it = markItCues(tokens);
  const mentions = findNumbers(tokens);
  const byStart = new Map(mentions.map((mention) => [mention.first, mention]));
  const failures: HeadcountFacts["failures"] = {};
  const expecting = ctx.expecting;

  const phrasesFound = [
    ...findZeroPhrases(tokens, it),
    ...findSideJobPhrases(tokens, it),
    ...findSoloPhrases(tokens, it, (index) => byStart.get(index)),
  ];
  const inPhrase = new Array<boolean>(tokens.length).fill(false);
  for (const phrase of phrasesFound)
    for (let k = phrase.at; k < phrase.end; k += 1) inPhrase[k] = true;
  const covered = (first: number, end: number): boolean => {
    for (let k = first; k < end; k += 1) if (inPhrase[k]) return true;
    return false;
  };

  const classified: Classified[] = mentions
    .filter((mention) => !covered(mention.first, mention.end))
    .map((mention) => classify(tokens, it, mention, byStart));
  classified.push(...articleCounts(tokens, it, mentions, covered));
  classified.sort((a, b) => a.mention.first - b.mention.first);
  linkParts(classified);
  linkSupportVerbs(tokens, classified);

  const aboutIt = expecting === "itStaff" || mentionsIt(tokens, it) || supportVerbPresent(tokens);
  const sideContext = aboutIt || doesItPresent(tokens);
  const itPhrases: ItStaffPhrase[] = [];
  let soloEmployees: ItStaffPhrase | undefined;
  for (const phrase of phrasesFound) {
    if (phrase.source === "solo" && !phrase.namesIt) {
      if (expecting === "employees" && !mentionsIt(tokens, it)) {
        soloEmployees = phrase;
        continue;
      }
      if (!aboutIt && !(phrase.itByDefault && ctx.profile.employees !== 1)) continue;
    } else if (phrase.needsItContext && !(phrase.source === "side" ? sideContext : aboutIt))
      continue;
    itPhrases.push(phrase);
  }

  const hasItFact = itPhrases.length > 0 || classified.some((c) => c.cls === "it");
  const largestPeople = classified
    .filter((c) => c.cls === "employees" || c.cls === "generic")
    .reduce((largest, c) => Math.max(largest, c.mention.value), 0);
  const knownEmployees = numberOr(ctx.profile.employees);
  const declined = isDontKnow(tokens);
  const fitsIt = (c: Classified): boolean =>
    !declined && c.mention.value <= (knownEmployees ?? LARGEST_BARE_IT_TEAM);
  for (const c of classified) {
    if (c.cls === "team") c.cls = resolveTeam(c, largestPeople, tokens, it, expecting, hasItFact);
    if (c.cls === "generic") {
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
              : "employees";
    }
  }

  const facts: HeadcountFacts = { failures };
  const assign = (field: CountField, mention: NumberMention): void => {
    const result = checkCount(mention, field === "employees" ? 1 : 0);
    if (result.ok) {
      facts[field] = result.value;
      delete failures[field];
    } else if (facts[field] === undefined) failures[field] = result.reason;
  };

  // "only one person knows the passwords" is about who does the work, not the organisation's size.
  for (const c of classified) {
    if (c.cls === "employees" && c.mention.value === 1 && isOnePersonDoing(tokens, c.mention.end))
      c.cls = "skip";
  }
  const employees = classified.filter((c) => c.cls === "employees");
  const lastEmployees = employees[employees.length - 1];
  if (lastEmployees) assign("employees", lastEmployees.mention);
  else if (soloEmployees) facts.employees = soloEmployees.value;

  const itResult = resolveItStaff(tokens, classified, itPhrases);
  if (itResult) {
    if (itResult.mention) assign("itStaff", itResult.mention);
    else facts.itStaff = itResult.value;
    if (itResult.singlePerson && facts.itStaff === 1) facts.singlePersonDependency = true;
  }

  applyBareNumbers(tokens, classified, ctx, facts, assign);
  if (expecting === "itStaff" && facts.itStaff === undefined) {
    if (isZeroAnswer(tokens) || yesNo(tokens) === false) facts.itStaff = 0;
  }
  if (expecting === "employees" || expecting === "itStaff") {
    if (facts[expecting] === undefined && failures[expecting] === undefined) {
      const unused = classified.some((c) => c.cls === "skip" || c.cls === "unknown");
      const reason = bareFailure(tokens, mentions, expecting, unused);
      if (reason) failures[expecting] = reason;
    }
  }
  return facts;
}

/**
 * Why a reply to "how many ...?" gave no usable count: "loads" or "£40k" (unparseable), "none"
 * employees (out-of-range), "yes" to the IT question (ambiguous). `unused` = some number in it
 * was read but counts nothing.
 */
function bareFailure(
  tokens: readonly Token[],
  mentions: readonly NumberMention[],
  field: CountField,
  unused: boolean,
): ExtractionFailure | null {
  if (field === "employees" && isZeroAnswer(tokens)) return "out-of-range";
  if (mentions.some((mention) => mention.excluded === "too-large")) return "out-of-range";
  if (hasVagueAmount(tokens) || unused) return "unparseable";
  if (field === "itStaff" && yesNo(tokens) === true) return "ambiguous";
  return null;
}

function resolveTeam(
  c: Classified,
  largestPeople: number,
  tokens: readonly Token[],
  it: readonly boolean[],
  expecting: ExtractContext["expecting"],
  hasItFact: boolean,
): Class {
  if (largestPeople > c.mention.value) return "it";
  if (expecting === "itStaff" && !hasItFact) return "it";
  const owner = lowerAt(tokens, c.mention.first - 3);
  if (["my", "our"].includes(owner) && mentionsIt(tokens, it)) return "it";
  return "employees";
}

/**
 * Numbers with no noun: a bare answer to the question just asked ("80", "about a dozen"), or a
 * correction of an earlier answer ("actually it's 5", "no wait, 3").
 */
function applyBareNumbers(
  tokens: readonly Token[],
  classified: readonly Classified[],
  ctx: ExtractContext,
  facts: HeadcountFacts,
  assign: (field: CountField, mention: NumberMention) => void,
): void {
  const bare = classified.filter((c) => c.cls === "bare");
  if (bare.length === 0) return;
  const expecting = ctx.expecting;
  const last = bare[bare.length - 1] as Classified;
  if ((expecting === "employees" || expecting === "itStaff") && facts[expecting] === undefined) {
    const values = new Set(bare.map((c) => c.mention.value));
    if (values.size > 1 && !correctionAround(tokens, last.mention)) {
      facts.failures[expecting] = "ambiguous";
      return;
    }
    assign(expecting, last.mention);
    return;
  }
  for (const c of bare) {
    if (!correctionAround(tokens, c.mention)) continue;
    const field =
      expecting === "employees" || expecting === "itStaff"
        ? expecting
        : correctionTarget(c.mention.value, {
            employees: facts.employees ?? numberOr(ctx.profile.employees),
            itStaff: facts.itStaff ?? numberOr(ctx.profile.itStaff),
          });
    if (field) assign(field, c.mention);
  }
}

const TRAILING_CORRECTIONS = wordSet("actually sorry instead then rather");

/** "actually it's 5" or "it's 5 actually": a correction marker just before or just after. */
function correctionAround(tokens: readonly Token[], mention: NumberMention): boolean {
  if (correctionBefore(tokens, mention.first)) return true;
  const after = tokens[mention.end]?.kind === "sym" ? mention.end + 1 : mention.end;
  return TRAILING_CORRECTIONS.has(lowerAt(tokens, after));
}

const numberOr = (value: number | null | undefined): number | undefined =>
  typeof value === "number" ? value : undefined;

/**
 * Which count a bare correction most plausibly fixes: the known one whose value it is closest to
 * (by ratio), provided it fits (IT staff never above employees).
 */
export function correctionTarget(
  value: number,
  known: { employees?: number | undefined; itStaff?: number | undefined },
): CountField | null {
  const fitsIt = known.employees === undefined || value <= known.employees;
  const fitsEmployees = value >= 1 && (known.itStaff === undefined || value >= known.itStaff);
  const distance = (a: number): number => Math.abs(Math.log((value + 1) / (a + 1)));
  const candidates: { field: CountField; distance: number }[] = [];
  if (known.employees !== undefined && fitsEmployees)
    candidates.push({ field: "employees", distance: distance(known.employees) });
  if (known.itStaff !== undefined && fitsIt)
    candidates.push({ field: "itStaff", distance: distance(known.itStaff) });
  candidates.sort((a, b) => a.distance - b.distance);
  const best = candidates[0];
  if (!best) return null;
  // With only one field known, a number ten times off is more likely the other field.
  if (candidates.length === 1 && best.distance > Math.log(10)) {
    if (best.field === "employees" && value < (known.employees ?? 0)) return "itStaff";
    if (best.field === "itStaff" && value > (known.itStaff ?? 0) && value >= 1) return "employees";
  }
  return best.field;
}

const ONE_PERSON_NOUNS = wordSet("person guy bloke lady woman man chap individual");
const DOING_VERBS = wordSet(
  "knows does handles runs looks holds has manages deals sorts covers understands keeps takes can could would will is was",
);

/** "one person knows…", "one guy does…": a single person followed by what they do. */
function isOnePersonDoing(tokens: readonly Token[], end: number): boolean {
  return ONE_PERSON_NOUNS.has(lowerAt(tokens, end)) && DOING_VERBS.has(lowerAt(tokens, end + 1));
}
