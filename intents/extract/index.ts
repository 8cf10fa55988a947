/** @module extract: the facts one message gives about the visitor's organisation. */
import type { ProfilePath, ProfileUpdate, SignalName } from "../../src/core/profile/index.ts";
import { extractBurnout } from "./burnout.ts";
import { headcountFromTokens } from "./headcount.ts";
import { countChangesAgainst } from "./profile-corrections.ts";
import { isDontKnow, yesNo } from "./short-answers.ts";
import { extractSignals } from "./signals.ts";
import { correctTypos } from "./typos.ts";
import { extractSkills } from "./skills.ts";
import { toTokens } from "./tokens.ts";
import type { ExtractContext, ExtractionFailure } from "./types.ts";

export type { ExtractContext, Extraction, ExtractionFailure } from "./types.ts";
export { found, notFound } from "./types.ts";
export { parseCount } from "./numbers.ts";
export { extractHeadcount } from "./headcount.ts";
export type { HeadcountFacts } from "./headcount.ts";

/** "yes" / "no" at the start of a reply ("ya they're solid", "nah, not really"), else `null`. */
export const openingYesNo = (text: string): boolean | null => yesNo(toTokens(correctTypos(text)));

/** What one message said, ready for `mergeProfile`. */
export interface ExtractedFacts {
  /** Facts heard; `null` values record "don't know" for the field just asked about. */
  update: ProfileUpdate;
  /** The visitor said they don't know or would rather skip the question. */
  dontKnow: boolean;
  /** Fields the message tried to answer but could not ("loads" for employees), by path. */
  failures: Partial<Record<ProfilePath, ExtractionFailure>>;
}

type SignalUpdate = Partial<Record<SignalName, boolean | null>>;

const signalOf = (path: ProfilePath): SignalName | null =>
  path.startsWith("signals.") ? (path.slice("signals.".length) as SignalName) : null;

/**
 * Extracts every fact in a message: headcounts, skills gaps, burnout risk and signals. With
 * `ctx.expecting` set, a bare reply fills that field ("80", "none", "yes"), a "don't know" sets
 * it to `null`, and a reply that answers nothing is listed in `failures`. Corrections ("actually
 * it's 5") replace earlier values. Pure; never throws.
 */
export function extractFacts(typed: string, ctx: ExtractContext): ExtractedFacts {
  const text = correctTypos(typed);
  const tokens = toTokens(text);
  const expecting = ctx.expecting;
  const headcount = headcountFromTokens(tokens, ctx);
  const update: ProfileUpdate = {};
  const failures: ExtractedFacts["failures"] = { ...headcount.failures };
  if (headcount.employees !== undefined) update.employees = headcount.employees;
  if (headcount.itStaff !== undefined) update.itStaff = headcount.itStaff;
  applyCountChanges(update, countChangesAgainst(text, tokens, ctx.profile));

  const skills = extractSkills(text, ctx) ?? areasAheadOfTheQuestion(text, ctx);
  if (skills) update.skills = skills;
  const burnout = extractBurnout(text, ctx);
  if (burnout !== undefined) update.burnoutRisk = burnout;
  // One IT person means IT rests on one person, whether or not the visitor says so in words.
  const onePerson =
    headcount.singlePersonDependency === true ||
    (headcount.itStaff === 1 && ctx.profile.itStaff !== 1);
  // A correction from one IT person to several takes the one-person reading back.
  const nowSeveral =
    headcount.itStaff !== undefined &&
    headcount.itStaff >= 2 &&
    ctx.profile.itStaff === 1 &&
    ctx.profile.signals?.singlePersonDependency === true;
  const signals: SignalUpdate = {
    ...(onePerson ? { singlePersonDependency: true } : {}),
    ...(nowSeveral ? { singlePersonDependency: false } : {}),
    ...extractSignals(text, ctx),
  };

  const saidDontKnow = isDontKnow(tokens);
  let dontKnow = false;
  if (expecting) {
    const signal = signalOf(expecting);
    const current = answered(update, signals, expecting);
    if (saidDontKnow && (current === undefined || current === null)) {
      setNull(update, signals, expecting);
      delete failures[expecting];
      dontKnow = true;
    } else if (signal && current === undefined) {
      const answer = yesNo(tokens);
      if (answer !== null) signals[signal] = answer;
    }
    if (answered(update, signals, expecting) === undefined && failures[expecting] === undefined)
      failures[expecting] = "not-mentioned";
  } else if (
    saidDontKnow &&
    Object.keys(update).length === 0 &&
    Object.keys(signals).length === 0
  ) {
    dontKnow = true;
  }
  if (Object.keys(signals).length > 0) update.signals = signals;
  return { update, dontKnow, failures };
}

/**
 * "25 not 250" replaces the field that held 250, and a figure it names is not read as the other
 * count; "we've lost our second guy" takes one off the IT team when no count was stated.
 */
function applyCountChanges(
  update: ProfileUpdate,
  { swaps, fewer }: ReturnType<typeof countChangesAgainst>,
): void {
  for (const field of ["employees", "itStaff"] as const) {
    const value = swaps[field];
    if (value === undefined) continue;
    update[field] = value;
    const other = field === "employees" ? "itStaff" : "employees";
    if (swaps[other] === undefined && update[other] === value) delete update[other];
  }
  if (fewer.itStaff !== undefined && update.itStaff === undefined) update.itStaff = fewer.itStaff;
}

/** Longest reply, in words, read as a bare list of areas given ahead of the question. */
const BARE_LIST_WORDS = 6;

/**
 * "networking and compliance" said while another question is open (often the workload one)
 * names the gaps ahead of their question: read it as the answer to that one, if it is not known.
 */
function areasAheadOfTheQuestion(
  text: string,
  ctx: ExtractContext,
): ReturnType<typeof extractSkills> {
  if (!ctx.expecting || ctx.expecting === "skillsGaps" || ctx.profile.skillsGaps !== undefined)
    return undefined;
  if (text.trim().split(/\s+/).length > BARE_LIST_WORDS) return undefined;
  const areas = extractSkills(text, { ...ctx, expecting: "skillsGaps" });
  return (areas?.replace?.length ?? 0) + (areas?.add?.length ?? 0) > 0 ? areas : undefined;
}

function answered(update: ProfileUpdate, signals: SignalUpdate, path: ProfilePath): unknown {
  const signal = signalOf(path);
  if (signal) return signals[signal];
  if (path === "skillsGaps") return update.skills?.replace === null ? null : update.skills;
  return update[path as "employees" | "itStaff" | "burnoutRisk"];
}

function setNull(update: ProfileUpdate, signals: SignalUpdate, path: ProfilePath): void {
  const signal = signalOf(path);
  if (signal) signals[signal] = null;
  else if (path === "skillsGaps") update.skills = { replace: null };
  else update[path as "employees" | "itStaff" | "burnoutRisk"] = null;
}
