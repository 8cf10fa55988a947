/**
 * Replies that answer a question without a fact: "don't know" / "skip", and "yes" / "no".
 * Both look at the whole reply, so "not sure we have the skills for cloud" is not a "don't know"
 * and "there is no way we can hire" is not a "no".
 */
import { isStopword } from "../../src/core/text/index.ts";
import { IT_COMPOUNDS } from "./count-lexicon.ts";
import { longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const DONT_KNOW = phraseList(`
  don't know, dont know, do not know, don't really know, dont really know, don't actually know,
  don't know exactly, dunno, donno, idk, no idea, not sure, not really sure, not too sure,
  not entirely sure, not 100 % sure, unsure, no clue, not a clue, haven't a clue, havent a clue,
  haven't got a clue, haven't the foggiest, no notion, skip, skip it, pass, rather not say,
  rather not, prefer not to say, prefer not to, prefer not, don't want to say, not telling,
  can't say, cant say, cannot say, couldn't say, couldnt say, can't tell you, couldn't tell you,
  not certain, uncertain, next question, no comment, beats me, search me, can't remember,
  don't remember, not known, unknown, no way of knowing, hard to say, difficult to say,
  i'd have to check, need to check, have to check, not got a scooby, haven't a scooby,
  havent a scooby, haven't got a scooby, no scooby, not a scooby, not got a clue, not the foggiest,
  haven't the foggiest idea, not a notion, haven't a notion, god knows, who knows, goodness knows,
  your guess is as good as mine, couldn't tell ya, couldnt tell ya, couldn't tell ye, can't tell ya,
  cant tell ya, couldn't say tbh, i'd be guessing, i would be guessing, would only be guessing,
  no way to tell, not my department, not my area, above my pay grade, not for me to say,
  i'd have to ask, id have to ask, you'd have to ask, youd have to ask, would have to ask,
  need to ask, have to ask, i haven't asked, haven't asked, never asked,
  idk tbh, dunno mate, no idea tbh
`);

/** "don't know" phrases that name who would know: "you'd have to ask Sarah in HR". */
const ASK_SOMEONE = wordSet("ask asked");
/** After "ask", these start a question rather than name a person: "ask ourselves whether". */
const NOT_SOMEONE = wordSet("ourselves myself yourself themselves whether if why what how");
/** Words of that someone a reply may name after "ask" ("our IT manager", "Sarah in HR"). */
const ASKED_WORDS = 4;

/** Words that may surround a "don't know" without making the reply about something else. */
const DONT_KNOW_FILLERS = wordSet(`
  sorry honestly tbh um umm er erm uh hmm well really exactly sure right now moment question
  please let's lets offhand off top head many number figure answer people staff employees
  headcount team it skills gaps burnout risk afraid i'm im mate thanks ok okay yeah actually
  precisely anymore yet later check ask back one bit sorry entirely totally completely quite 100
  % tbh ngl lol ya mate honest tho though him her them
`);

/**
 * True when the reply as a whole says "don't know" or declines ("not sure", "skip", "rather not
 * say"). At most one other content word may remain ("no idea, sorry", "not sure how many"),
 * unless the reply opens with it and gives a reason after a comma or full stop.
 */
export function isDontKnow(tokens: readonly Token[]): boolean {
  let found = false;
  let others = 0;
  for (let i = 0; i < tokens.length;) {
    const length = longestPhraseAt(tokens, i, DONT_KNOW);
    if (length > 0) {
      // "no idea, she just keeps things running": a leading "don't know", then the reason.
      if (others === 0 && !found && symbolAfterFillers(tokens, i + length)) return true;
      found = true;
      i += length;
      // "you'd have to ask Sarah in HR": who to ask is part of the "don't know".
      if (ASK_SOMEONE.has(tokens[i - 1]?.lower ?? "") && !NOT_SOMEONE.has(tokens[i]?.lower ?? ""))
        i = skipWords(tokens, i, ASKED_WORDS);
      continue;
    }
    const token = tokens[i] as Token;
    i += 1;
    if (token.kind === "sym" || DONT_KNOW_FILLERS.has(token.lower) || isStopword(token.lower))
      continue;
    others += 1;
    if (others > 1) return false;
  }
  return found;
}

/** True when only fillers stand between `from` and a comma, full stop or dash. */
function symbolAfterFillers(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && DONT_KNOW_FILLERS.has(tokens[i]?.lower ?? "")) i += 1;
  return tokens[i]?.kind === "sym";
}

/** Index after at most `limit` words from `from`, stopping at the first symbol. */
function skipWords(tokens: readonly Token[], from: number, limit: number): number {
  let i = from;
  while (i < tokens.length && i - from < limit && tokens[i]?.kind !== "sym") i += 1;
  return i;
}

const YES = phraseList(`
  yes, yeah, yea, yep, yup, ya, yah, aye, y, sure, definitely, absolutely, certainly, correct,
  true, indeed, totally, affirmative, of course, very much, very much so, i think so,
  i believe so, i'd say so, i would say so, we do, i do, it is, they are, we are, it does,
  that's right, thats right, that's true, that's correct, 100 %, for sure, probably, mostly,
  kind of, sort of, somewhat, a bit, a little, pretty much
`);

const NO = phraseList(`
  no, nope, nah, naw, n, not really, not at all, not particularly, not especially, not very,
  not much, not so much, no way, never, negative, false, hardly, i don't think so,
  i dont think so, don't think so, dont think so, we don't, we dont, i don't, it isn't, it's not,
  it is not, they aren't, they're not, we aren't, we're not, it doesn't, not, no not really,
  probably not, i think not, definitely not, absolutely not, certainly not, not yet, not now
`);

const LEADING_FILLERS = wordSet("um umm er erm uh hmm well oh ah honestly so");

/**
 * "yes" / "no" at the start of a reply ("yes, definitely", "no, not really"), or `null` when the
 * reply does not open with one, opens with both ("yes and no"), or is a "no idea".
 */
export function yesNo(tokens: readonly Token[]): boolean | null {
  let i = 0;
  while (i < tokens.length && LEADING_FILLERS.has(tokens[i]?.lower ?? "")) i += 1;
  if (isDontKnow(tokens)) return null;
  const yes = longestPhraseAt(tokens, i, YES);
  const no = longestPhraseAt(tokens, i, NO);
  if (yes === 0 && no === 0) return null;
  const answer = yes > no;
  const end = i + Math.max(yes, no);
  const next = tokens[end];
  // "no one", "no IT staff", "sure thing" are not a bare yes or no; "yes, we do" and "no." are.
  if (next && next.kind === "word") {
    const follow = next.lower;
    // "no IT people" answers a headcount, not a yes/no question.
    if (follow === "it" && IT_COMPOUNDS.has(tokens[end + 1]?.lower ?? "")) return null;
    const opposite = answer ? longestPhraseAt(tokens, end, NO) : longestPhraseAt(tokens, end, YES);
    if (
      follow === "and" &&
      opposite === 0 &&
      longestPhraseAt(tokens, end + 1, answer ? NO : YES) > 0
    )
      return null;
    if (
      !CONTINUATIONS.has(follow) &&
      opposite === 0 &&
      !(answer ? YES_FOLLOW : NO_FOLLOW).has(follow)
    )
      return null;
    if (opposite > 0) return null;
  }
  return answer;
}

const CONTINUATIONS = wordSet(`
  but because as since though although i we it they that's thats definitely absolutely really
  very he she you there there's theres he's hes she's shes they're we're we've they've it's its
  our my
`);
const YES_FOLLOW = wordSet("please indeed totally certainly of sure so yes yeah def 100");
const NO_FOLLOW = wordSet(
  "thanks thank way never not nope sorry actually at currently yet now really no",
);
