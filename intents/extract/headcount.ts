/**
 * Which numbers are the organisation's size (`employees`) and which its IT team (`itStaff`),
 * judged from the words around each number: "120 staff, 3 in IT", "two IT people supporting 150
 * users", "IT dept of 3", "a team of 4 looks after 200 users". Money, years, hours, percentages,
 * device and site counts, ages, phone numbers and product versions are never people.
 */
import { articleCounts } from "./article-counts.ts";
import { classify } from "./count-classify.ts";
import { crewTalkPresent } from "./count-crew.ts";
import type { Classified } from "./count-classify.ts";
import { correctionAround, correctionTarget, numberOr } from "./count-corrections.ts";
import type { CountField } from "./count-corrections.ts";
import {
  doesItPresent,
  linkParts,
  linkServed,
  linkSupportVerbs,
  supportVerbPresent,
} from "./count-links.ts";
import { organisationSaidOfSelf, resolveGroups } from "./count-resolve.ts";
import { readScene } from "./count-scene.ts";
import type { Scene } from "./count-scene.ts";
import { itCountNow, withoutOutsiders } from "./count-since.ts";
import { takeLeaversOff } from "./count-departed.ts";
import { supportStaffInList } from "./count-support-staff.ts";
import { ownersAdded } from "./count-owners.ts";
import { juniorsAdded } from "./count-juniors.ts";
import { sumHours, sumLists } from "./count-lists.ts";
import { countNow, sumAnother, sumPlaces } from "./count-sums.ts";
import { markItCues, mentionsIt } from "./it-cues.ts";
import { findItStaffPhrases } from "./it-phrases.ts";
import { leadingZeroAnswer } from "./nobody-phrases.ts";
import { itTopicPresent, itWorkPresent, speakerInIt } from "./it-speaker.ts";
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { checkCount, findNumbers, hasVagueAmount, isZeroAnswer } from "./numbers.ts";
import type { NumberMention } from "./numbers.ts";
import { isDontKnow, yesNo } from "./short-answers.ts";
import { resolveItStaff } from "./it-staff-total.ts";
import { toTokens } from "./tokens.ts";
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

export type { CountField } from "./count-corrections.ts";
export { correctionTarget } from "./count-corrections.ts";

/** Reads employee and IT headcounts from a message. Pure; never throws. */
export function extractHeadcount(text: string, ctx: ExtractContext): HeadcountFacts {
  return headcountFromTokens(toTokens(text), ctx);
}

/** {@link extractHeadcount} on tokens already made by {@link toTokens}. */
export function headcountFromTokens(tokens: readonly Token[], ctx: ExtractContext): HeadcountFacts {
  const it = markItCues(tokens);
  const mentions = findNumbers(tokens);
  const byStart = new Map(mentions.map((mention) => [mention.first, mention]));
  const failures: HeadcountFacts["failures"] = {};
  const expecting = ctx.expecting;

  const phrasesFound = findItStaffPhrases(tokens, it, byStart);
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
  linkServed(tokens, classified);

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
      // "4 plus me" when the advisor holds 4 in IT: the speaker forgot to count themselves.
      const addsToIt = phrase.value >= 2 && ctx.profile.itStaff === phrase.value - 1;
      if (!aboutIt && !addsToIt && !(phrase.itByDefault && ctx.profile.employees !== 1)) continue;
    } else if (phrase.needsItContext && !(phrase.source === "side" ? sideContext : aboutIt))
      continue;
    itPhrases.push(phrase);
  }

  const scene: Scene = {
    tokens,
    it,
    speaker: speakerInIt(tokens, it),
    namesIt: mentionsIt(tokens, it),
    topic: expecting === "itStaff" || itTopicPresent(tokens, it),
    itWork: itWorkPresent(tokens) && !organisationSaidOfSelf(tokens),
    itPhrase: itPhrases.length > 0,
    crewTalk: false,
    knownEmployees: numberOr(ctx.profile.employees),
  };
  scene.crewTalk = crewTalkPresent(tokens, scene.itWork) && !organisationSaidOfSelf(tokens);
  sumAnother(tokens, classified);
  sumHours(tokens, classified);
  sumLists(tokens, classified);
  sumPlaces(tokens, it, classified);
  countNow(tokens, classified);
  itCountNow(tokens, it, classified);
  takeLeaversOff(tokens, it, classified);
  withoutOutsiders(tokens, classified);
  supportStaffInList(tokens, classified);
  ownersAdded(tokens, it, classified, expecting === "itStaff");
  readScene(classified, scene);
  resolveGroups(classified, scene, ctx, isDontKnow(tokens));
  classified.push(...juniorsAdded(tokens, classified, covered, expecting === "itStaff"));
  classified.sort((a, b) => a.mention.first - b.mention.first);

  const facts: HeadcountFacts = { failures };
  const assign = (field: CountField, mention: NumberMention): void => {
    const result = checkCount(partPeopleUp(tokens, field, mention), field === "employees" ? 1 : 0);
    if (result.ok) {
      facts[field] = result.value;
      delete failures[field];
    } else if (facts[field] === undefined) failures[field] = result.reason;
  };

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
    if (isZeroAnswer(tokens) || leadingZeroAnswer(tokens) || yesNo(tokens) === false)
      facts.itStaff = 0;
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

/** Largest IT figure in full-time equivalents read as people: "1.5 FTE". */
const MAX_PART_TEAM = 20;
const FTE = new Set(["fte", "ftes", "fte's"]);

/**
 * "1.5 FTE": an IT team with a part-timer in it, so the people are the figure rounded up (2).
 * Other figures with fractions ("2.5 IT staff") stay unusable.
 */
function partPeopleUp(
  tokens: readonly Token[],
  field: CountField,
  mention: NumberMention,
): NumberMention {
  if (field !== "itStaff" || mention.whole || mention.value > MAX_PART_TEAM) return mention;
  if (!FTE.has(tokens[mention.end]?.lower ?? "")) return mention;
  return { ...mention, value: Math.ceil(mention.value), whole: true };
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
