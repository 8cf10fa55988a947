/**
 * One IT person or a few counted from the speaker: "it's just me", "one-man IT band", "I'm the
 * only IT person" (1) and "just me and an apprentice", "3 plus me" (the others and the speaker).
 */
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { SENTENCE_END } from "./it-staff-phrases.ts";
import { PLURAL_HELPERS, helpersAt, oneOfMeAt, othersBefore } from "./it-solo-others.ts";
import { itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, longestPhraseAt, phraseList, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const SOLO = phraseList(`
  it's just me, its just me, it is just me, it's only me, it is only me, just me, only me,
  just myself, only myself, me alone, me on my own, i'm on my own, im on my own, i am on my own,
  i'm alone, i am alone, i work alone, i'm the only one, i am the only one, i'm the only person,
  i am the only person, i'm the only it, i am the only it, i'm the sole it,
  i'm the it department, i am the it department, i'm the it dept, i'm the it team,
  i am the it team, i'm the whole it department, i'm the entire it department, i'm the it guy,
  i'm the it person, i'm the it function, i'm the entire it team, i'm the whole it team,
  one - man band, one - man show, one - man it band, one - man it show, one - man it department,
  one - man it team, one - man it operation, one - man it shop, one - man operation,
  one - man army, one man band, one man show, one man it band, one man it show,
  one man it department, one man it team, one - woman band, one - woman show,
  one - woman it band, one - woman it department, one - woman it team, one - person band,
  one - person it team, one - person it department, one - person team, one - person department,
  one person it team, one person it department, one person band, team of one, department of one,
  one - person it dept, one - man it dept, one - woman it dept, one person it dept, one man it dept,
  one - person it shop, one - person it operation, one - person it function, one - person show,
  one - woman operation, one - person operation, one - man it function, one - woman it function,
  army of one, i do it all, i do everything, i do it myself, i do it all myself, i do all of it,
  i do all the it, i handle everything, i handle it all, i look after everything,
  i look after it all, i'm solo, solo it, single - handedly, single handedly, singlehandedly
`);
const JUST_ME = phraseList(`
  it's just me, its just me, it is just me, it's only me, it is only me, just me, only me,
  just myself, only myself
`);
const JUST_ME_FOLLOW = new Set(
  `
  and i i'm im in here at for really now currently looking doing doin daein handling running managing
  supporting covering unfortunately sadly honestly basically mate to who that's thats on
  myself
`
    .trim()
    .split(/\s+/),
);
const ONE_MAN = phraseList(`
  one - man band, one - man show, one man band, one man show, one - woman band, one - woman show,
  one - person band, one person band
`);
const ALONE = phraseList(`
  on my own, by myself, all by myself, alone, single - handedly, single handedly, singlehandedly,
  solo
`);
const I_WORDS = wordSet("i i'm im i've i'd");

/** "I look after IT on my own": an "I" earlier in the same sentence. */
function saidByMe(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 7; k -= 1) {
    if (SENTENCE_END.has(lowerAt(tokens, k))) return false;
    if (I_WORDS.has(lowerAt(tokens, k))) return true;
  }
  return false;
}

const ME = phraseList(`
  just me, only me, me, myself, just myself, only myself, it's me, it's just me
`);
const PLUS = wordSet("and plus + & with");
/**
 * "it's just me", "one-man IT band", "I'm the only IT person" (1, one person holds it all) and
 * "just me and an apprentice" (1 + the others). Whether it is the IT team or the whole
 * organisation is for the caller to decide from the context.
 */
export function findSoloPhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
  mentionAt: (index: number) => NumberMention | undefined,
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const me = longestPhraseAt(tokens, i, ME);
    const before =
      me > 0 && PLUS.has(lowerAt(tokens, i - 1))
        ? othersBefore(tokens, it, i - 1, mentionAt)
        : null;
    if (before) {
      // "3 plus me", "two techs and myself": the others and the speaker.
      found.push(team(before.at, i + me, before.count + 1, false));
      i += me - 1;
      continue;
    }
    // "one network engineer, one helpdesk guy and me": the speaker ends a list of IT people.
    if (me > 0 && PLUS.has(lowerAt(tokens, i - 1)) && itListBefore(tokens, it, i - 1, mentionAt)) {
      found.push({ ...team(i - 1, i + me, 1, false), additive: true });
      i += me - 1;
      continue;
    }
    // "1 of me, 2 apprentices": the speaker counted like the others.
    const oneOfMe = me > 0 ? oneOfMeAt(tokens, i, mentionAt) : -1;
    const start = oneOfMe >= 0 ? oneOfMe : i;
    const joiner = lowerAt(tokens, i + me);
    if (me > 0 && (PLUS.has(joiner) || (oneOfMe >= 0 && joiner === ","))) {
      const others = helpersAt(tokens, it, i + me + 1, mentionAt);
      if (others) {
        found.push(team(start, others.end, 1 + others.count, true));
        i = others.end - 1;
        continue;
      }
    }
    if (oneOfMe >= 0) {
      found.push({ ...team(start, i + me, 1, true), singlePerson: true });
      i += me - 1;
      continue;
    }
    // "I'm in IT with 2 others": the speaker and the others.
    if (lowerAt(tokens, i) === "with" && itSaidByMe(tokens, it, i)) {
      const others = helpersAt(tokens, it, i + 1, mentionAt);
      if (others && others.count > 1 === PLURAL_HELPERS.has(lowerAt(tokens, others.end - 1))) {
        found.push(team(i, others.end, 1 + others.count, false));
        i = others.end - 1;
        continue;
      }
    }
    const tail = longestPhraseAt(tokens, i, ALONE);
    if (tail > 0 && saidByMe(tokens, i)) {
      found.push({
        at: i,
        end: i + tail,
        value: 1,
        source: "solo",
        weak: false,
        needsItContext: true,
        namesIt: false,
        itByDefault: false,
        singlePerson: true,
      });
      i += tail - 1;
      continue;
    }
    const solo = longestPhraseAt(tokens, i, SOLO);
    if (solo === 0) continue;
    // "Pete does servers and I do everything else": the speaker's share of a team's work.
    if (lowerAt(tokens, i + solo) === "else") continue;
    const justMe = longestPhraseAt(tokens, i, JUST_ME) === solo;
    const next = tokens[i + solo];
    // "IT is just me and Priya": the others join the speaker.
    const joined = PLUS.has(next?.lower ?? "")
      ? helpersAt(tokens, it, i + solo + 1, mentionAt)
      : null;
    if (joined) {
      found.push(team(i, joined.end, 1 + joined.count, true));
      i = joined.end - 1;
      continue;
    }
    // "just me asking" or "only me who cares" is not a headcount; "just me, sadly" is.
    if (justMe && next && next.kind === "word" && !JUST_ME_FOLLOW.has(next.lower)) continue;
    let namesIt = false;
    for (let k = i + 1; k < i + solo; k += 1) if (lowerAt(tokens, k) === "it") namesIt = true;
    const itByDefault = justMe || longestPhraseAt(tokens, i, ONE_MAN) === solo;
    found.push({
      at: i,
      end: i + solo,
      value: 1,
      source: "solo",
      weak: false,
      needsItContext: !namesIt,
      namesIt,
      itByDefault,
      singlePerson: true,
    });
    i += solo - 1;
  }
  return found;
}

/** A team found by a solo phrase: the speaker and others, IT unless the caller knows better. */
function team(at: number, end: number, value: number, itByDefault: boolean): ItStaffPhrase {
  return {
    at,
    end,
    value,
    source: "solo",
    weak: false,
    needsItContext: true,
    namesIt: false,
    itByDefault,
    singlePerson: false,
  };
}

/** "I'm in IT with", "I run IT with": the speaker, then IT, earlier in the same sentence. */
function itSaidByMe(tokens: readonly Token[], it: readonly boolean[], at: number): boolean {
  let sawIt = false;
  for (let k = at - 1; k >= 0 && k >= at - 7; k -= 1) {
    if (SENTENCE_END.has(lowerAt(tokens, k))) return false;
    if (it[k]) sawIt = true;
    if (I_WORDS.has(lowerAt(tokens, k))) return sawIt;
  }
  return false;
}

const LIST_ARTICLES = wordSet("a an");

/** An IT role counted just before the joiner at `plus`: "one helpdesk guy", "an IT manager". */
function itListBefore(
  tokens: readonly Token[],
  it: readonly boolean[],
  plus: number,
  mentionAt: (index: number) => NumberMention | undefined,
): boolean {
  for (let r = Math.max(0, plus - 3); r < plus; r += 1) {
    if (r + itRoleAt(tokens, it, r) !== plus) continue;
    for (let q = r - 1; q >= 0 && q >= r - 3; q -= 1) {
      if (LIST_ARTICLES.has(lowerAt(tokens, q))) return true;
      const mention = mentionAt(q);
      if (mention) return mention.end === r && mention.value <= 20;
    }
  }
  return false;
}
