/**
 * IT headcounts said without a number: "no IT people" (0), "the office manager handles the
 * computers" (0, IT done on the side of another job), "it's just me" (1, one person), "me and an
 * apprentice" (2). Each finder walks the tokens once with a bounded look-ahead.
 */
import { IT_ROLE_HEADS, NOUN_FILLERS } from "./count-lexicon.ts";
import { itRoleAt } from "./it-cues.ts";
import type { NumberMention } from "./numbers.ts";
import { lowerAt, longestPhraseAt, phraseList, phrases, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** An IT headcount heard in the text, at token `at`; later facts override earlier ones. */
export interface ItStaffPhrase {
  at: number;
  end: number;
  value: number;
  source: "zero" | "side" | "solo";
  /** "no IT department" is weaker than "no IT people": a count elsewhere in the message wins. */
  weak: boolean;
  /** Needs the message to be about IT ("nobody in-house", "on the side", "just me"). */
  needsItContext: boolean;
  /** The phrase itself names IT ("one-man IT band", "I'm the only IT person"). */
  namesIt: boolean;
  /** "it's just me", "one-man band": read as the IT team when nothing says otherwise. */
  itByDefault: boolean;
  singlePerson: boolean;
}

const ZERO_ADJECTIVES = wordSet(`
  a an any in - house internal dedicated proper actual real own specific separate formal
  permanent resident onsite on site of our such as
`);
const STRONG_HEADS = wordSet(`
  people staff person persons guy guys girl bod bods folk folks employees personnel resource
  resources headcount techs technicians engineers bloke blokes chap chaps lad lads man men woman
  women admin admins administrator administrators specialist specialists expert experts
  professional professionals
`);
const WEAK_HEADS = wordSet(
  "team teams department departments dept function support desk side crew",
);
const AFTER_BARE_IT = wordSet(`
  at whatsoever in internally ourselves here really either and but so as to of or - inhouse
  in-house anymore now currently
`);

interface ItObject {
  end: number;
  weak: boolean;
}

/** "IT people", "in-house IT", "a sysadmin", "IT department" at `j`, as the object of a "no". */
function itObjectAt(tokens: readonly Token[], it: readonly boolean[], j: number): ItObject | null {
  if (it[j]) {
    const next = tokens[j + 1];
    const word = next?.kind === "word" ? next.lower : "";
    if (STRONG_HEADS.has(word)) return { end: j + 2, weak: false };
    if (WEAK_HEADS.has(word)) return { end: j + 2, weak: true };
    if (!next || next.kind === "sym" || AFTER_BARE_IT.has(word)) return { end: j + 1, weak: false };
    return null;
  }
  const length = itRoleAt(tokens, it, j);
  if (length === 0) return null;
  const head = lowerAt(tokens, j + length - 1);
  return { end: j + length, weak: WEAK_HEADS.has(head) };
}

function skip(
  tokens: readonly Token[],
  from: number,
  words: ReadonlySet<string>,
  max: number,
): number {
  let j = from;
  while (j < tokens.length && j < from + max && words.has(lowerAt(tokens, j))) j += 1;
  return j;
}

const NO_WORDS = wordSet("no zero nil without");
const NEGATIONS = wordSet(`
  don't dont doesn't doesnt haven't havent hasn't hasnt didn't didnt never aren't arent isn't
  isnt ain't not
`);
const NEGATION_SKIP = wordSet(`
  have has got employ employing really actually currently yet even ever had as such any an a one
  single anyone anybody someone somebody people person in - house internal dedicated proper actual
  real own specific separate formal permanent resident onsite on site of our
`);
const NOT_AFTER = wordSet("do does did have has currently really there's there is are we i");
const ANYONE = wordSet("anyone anybody someone somebody one people person");
const ANYONE_LINKS = wordSet(`
  in for doing dedicated to who that does do looking after on handling specifically the full time
  - who's that's whose responsible with
`);
const NOBODY = phraseList(`
  none, zero, nobody, noone, no one, no - one, no body, none of us, not one of us, not anyone,
  no person
`);
const NOBODY_BEFORE_IT = wordSet(`
  does do in handles after to for on with of manages runs covers knows doing handling managing
  running covering is 's specifically the our understands deals
`);
const IN_HOUSE = phraseList(`
  in - house, in house, inhouse, internally, internal, on site, onsite
`);

const IT_ANSWER_LINKS = wordSet(`
  staff team people person headcount department dept function : = - is are numbers count ? total
  size currently
`);
const ZERO_REPLIES = phraseList(`
  none, zero, nil, nobody, no one, no - one, nought, nada, no - body
`);

/** "no IT people", "we don't have an IT department", "nobody does IT", "no in-house IT". */
export function findZeroPhrases(tokens: readonly Token[], it: readonly boolean[]): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  const zero = (at: number, end: number, weak: boolean, needsItContext = false): void => {
    found.push({
      at,
      end,
      value: 0,
      source: "zero",
      weak,
      needsItContext,
      namesIt: !needsItContext,
      itByDefault: false,
      singlePerson: false,
    });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    // "IT staff: none", "IT? nobody"
    if (it[i]) {
      const j = skip(tokens, i + 1, IT_ANSWER_LINKS, 3);
      const length = j > i + 1 ? longestPhraseAt(tokens, j, ZERO_REPLIES) : 0;
      if (length > 0) {
        zero(i, j + length, false);
        i = j + length - 1;
        continue;
      }
    }
    if (NO_WORDS.has(word)) {
      const object = itObjectAt(tokens, it, skip(tokens, i + 1, ZERO_ADJECTIVES, 5));
      if (object && !(word === "without" && object.weak)) {
        zero(i, object.end, object.weak);
        continue;
      }
    }
    if (NEGATIONS.has(word)) {
      if (
        word === "not" &&
        !NOT_AFTER.has(lowerAt(tokens, i - 1)) &&
        !["a", "any", "one", "got", "have"].includes(lowerAt(tokens, i + 1))
      )
        continue;
      // "we don't do IT in-house"
      if (lowerAt(tokens, i + 1) === "do" && (it[i + 2] || lowerAt(tokens, i + 2) === "it")) {
        if (longestPhraseAt(tokens, i + 3, IN_HOUSE) > 0) {
          zero(i, i + 4, false);
          continue;
        }
      }
      const j = skip(tokens, i + 1, NEGATION_SKIP, 6);
      const object = itObjectAt(tokens, it, j);
      if (object) {
        zero(i, object.end, object.weak);
        continue;
      }
      const skipped = tokens.slice(i + 1, j).some((token) => ANYONE.has(token.lower));
      if (skipped) {
        const k = skip(tokens, j, ANYONE_LINKS, 4);
        if (k > j && (it[k] || lowerAt(tokens, k) === "it")) zero(i, k + 1, false);
      }
      continue;
    }
    const nobody = longestPhraseAt(tokens, i, NOBODY);
    if (nobody > 0) {
      const start = i + nobody;
      if (longestPhraseAt(tokens, start, IN_HOUSE) > 0) {
        zero(i, start + 1, false, true);
        continue;
      }
      for (let k = start; k < start + 6 && k < tokens.length; k += 1) {
        const token = tokens[k] as Token;
        if (token.kind === "sym" && token.text !== "-" && token.text !== "'") break;
        if ((it[k] || token.lower === "it") && NOBODY_BEFORE_IT.has(lowerAt(tokens, k - 1))) {
          zero(i, k + 1, false);
          break;
        }
      }
    }
  }
  return found;
}

const SIDE_ROLES = phraseList(`
  office manager, practice manager, operations manager, ops manager, business manager,
  general manager, finance director, finance manager, financial controller, financial director,
  finance officer, fd, md, managing director, ceo, coo, cfo, owner, owners, founder,
  co - founder, cofounder, boss, director, directors, partner, partners, receptionist, secretary,
  pa, bookkeeper, accountant, accounts, finance, hr, hr manager, office administrator,
  office admin, admin, administrator, facilities manager, caretaker, bursar, head teacher,
  headteacher, deputy head, principal, marketing manager, sales manager, operations director,
  husband, wife, son, daughter, nephew, niece, brother, sister, dad, father, mum, mother, friend,
  volunteer, volunteers, trustee, chairman, chair, vicar, clerk, office team, admin team,
  admin staff, business partner, business partners, business owner, company secretary,
  practice owner, office staff
`);
const NOT_SIDE_BEFORE = wordSet(
  "it system systems network database server infrastructure support helpdesk tech technical service desk",
);
const SIDE_VERBS = phraseList(`
  handles, handle, handling, does, do, doing, looks after, look after, looking after, deals with,
  deal with, dealing with, sorts, sorts out, sort out, sorting out, sorting, manages, manage,
  managing, takes care of, take care of, taking care of, covers, cover, covering, runs, run,
  running, fixes, fix, fixing, is in charge of, in charge of, is responsible for,
  responsible for, doubles as, doubling as, picks up, wears, is, 's, acts as, ends up doing,
  gets lumped with, is lumped with, gets stuck with, oversees, supports, juggles
`);
const SIDE_OBJECTS = wordSet(`
  it computers computer pcs pc laptops laptop tech technology techy techie network networks systems
  printers email servers server i.t everything wifi
`);
const SIDE_OBJECT_SKIP = wordSet(
  "the our all of any also it's its kind sort bits bit basic stuff our as well",
);

const POSSESSIVES = ["his", "her", "their", "my", "the", "our", "your"];
const JOBS = [
  "job",
  "role",
  "day job",
  "main job",
  "main role",
  "normal job",
  "real job",
  "proper job",
  "actual job",
  "other job",
  "other role",
  "usual job",
  "day - job",
  "duties",
  "other duties",
  "normal duties",
  "usual duties",
  "day to day job",
  "work",
];
const ON_THE_SIDE = phrases(
  "on the side",
  "as a side",
  "in spare time",
  "side of the desk",
  ...["alongside", "as well as", "in addition to", "on top of", "part of", "besides"].flatMap(
    (lead) => POSSESSIVES.flatMap((owner) => JOBS.map((job) => `${lead} ${owner} ${job}`)),
  ),
  ...POSSESSIVES.map((owner) => `in ${owner} spare time`),
);

const PASSIVE_VERBS = wordSet(`
  handled done looked managed covered sorted run dealt left falls fall falling down sits sit rests
  lands shared picked split taken overseen looked covered
`);
const PASSIVE_LINKS = wordSet("by to with on onto");
const ROLE_DETERMINERS = wordSet("our the my one of a an your their his her two");

/** "IT is handled by one of the partners", "our IT person is the office manager". */
function itGivenToRole(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  let j = i + 1;
  const personHead =
    IT_ROLE_HEADS.has(lowerAt(tokens, j)) &&
    !["team", "department", "desk", "support"].includes(lowerAt(tokens, j));
  if (IT_ROLE_HEADS.has(lowerAt(tokens, j))) j += 1;
  let passive = false;
  for (let k = j; k < j + 6 && k < tokens.length; k += 1) {
    const word = lowerAt(tokens, k);
    if (SENTENCE_END.has(word) || (tokens[k]?.kind === "sym" && word !== "-")) return 0;
    if (PASSIVE_VERBS.has(word)) passive = true;
    const linked =
      (passive && PASSIVE_LINKS.has(word)) ||
      (personHead && (word === "is" || word === "'s") && k === j);
    if (!linked) continue;
    const r = skip(tokens, k + 1, ROLE_DETERMINERS, 4);
    const role = longestPhraseAt(tokens, r, SIDE_ROLES);
    if (role > 0 && !it[r]) return r + role;
  }
  return 0;
}

const SENTENCE_END = wordSet(". ! ? ;");

/**
 * "the office manager handles the computers", "our finance director does it", "I do it on the
 * side": IT done alongside another job, which counts as no internal IT (itStaff 0).
 */
export function findSideJobPhrases(
  tokens: readonly Token[],
  it: readonly boolean[],
): ItStaffPhrase[] {
  const found: ItStaffPhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (it[i]) {
      const end = itGivenToRole(tokens, it, i);
      if (end > 0) {
        found.push(sidePhrase(i, end, { namesIt: true }));
        i = end - 1;
        continue;
      }
    }
    const side = longestPhraseAt(tokens, i, ON_THE_SIDE);
    if (side > 0) {
      found.push(sidePhrase(i, i + side, { namesIt: false }));
      i += side - 1;
      continue;
    }
    const role = longestPhraseAt(tokens, i, SIDE_ROLES);
    if (role === 0 || it[i - 1] || NOT_SIDE_BEFORE.has(lowerAt(tokens, i - 1))) continue;
    const end = sideVerbObject(tokens, it, i + role);
    if (end > 0) {
      found.push(sidePhrase(i, end, { namesIt: true }));
      i = end - 1;
    }
  }
  return found;
}

/** After a non-IT role: a verb ("handles", "does") then an IT object within a few tokens. */
function sideVerbObject(tokens: readonly Token[], it: readonly boolean[], from: number): number {
  for (let j = from; j < from + 6 && j < tokens.length; j += 1) {
    const token = tokens[j] as Token;
    if (token.kind === "sym" && [".", "!", "?", ";"].includes(token.text)) return 0;
    const verb = longestPhraseAt(tokens, j, SIDE_VERBS);
    if (verb === 0) continue;
    const k = skip(tokens, j + verb, SIDE_OBJECT_SKIP, 4);
    const object = lowerAt(tokens, k);
    if (it[k] || SIDE_OBJECTS.has(object)) {
      // "is our IT person": the role is the IT person on the side; "is IT literate" is not.
      if (lowerAt(tokens, j) === "is" || lowerAt(tokens, j) === "'s") {
        if (!(it[k] && IT_ROLE_HEADS.has(lowerAt(tokens, k + 1)))) return 0;
        return k + 2;
      }
      return k + 1;
    }
    return 0;
  }
  return 0;
}

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
  and i i'm im in here at for really now currently looking doing handling running managing
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
const HELPERS = wordSet(`
  other others more junior juniors apprentice apprentices colleague colleagues helper helpers
  assistant assistants tech techs techie techies engineer engineers part-timer part-timers
  guy guys lad lads person people sysadmin sysadmins technician technicians admin analyst support
  contractor graduate trainee trainees
`);

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
      found.push({
        at: before.at,
        end: i + me,
        value: before.count + 1,
        source: "solo",
        weak: false,
        needsItContext: true,
        namesIt: false,
        itByDefault: false,
        singlePerson: false,
      });
      i += me - 1;
      continue;
    }
    if (me > 0 && PLUS.has(lowerAt(tokens, i + me))) {
      const others = helpersAt(tokens, it, i + me + 1, mentionAt);
      if (others) {
        found.push({
          at: i,
          end: others.end,
          value: 1 + others.count,
          source: "solo",
          weak: false,
          needsItContext: true,
          namesIt: false,
          itByDefault: true,
          singlePerson: false,
        });
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
    const justMe = longestPhraseAt(tokens, i, JUST_ME) === solo;
    const next = tokens[i + solo];
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

function helpersAt(
  tokens: readonly Token[],
  it: readonly boolean[],
  from: number,
  mentionAt: (index: number) => NumberMention | undefined,
): { count: number; end: number } | null {
  let j = from;
  let count = 1;
  const mention = mentionAt(j);
  if (
    mention &&
    mention.excluded === null &&
    mention.whole &&
    mention.value >= 1 &&
    mention.value <= 20
  ) {
    count = mention.value;
    j = mention.end;
  } else if (["a", "an", "another", "one"].includes(lowerAt(tokens, j))) j += 1;
  if (!HELPERS.has(lowerAt(tokens, j))) j = skip(tokens, j, NOUN_FILLERS, 4);
  if (it[j]) j += 1;
  return HELPERS.has(lowerAt(tokens, j)) ? { count, end: j + 1 } : null;
}

/**
 * "3" or "two techs" just before the "plus me" at `plus`: a small whole count, then at most a
 * helper noun or an IT word ("2 IT guys and me").
 */
function othersBefore(
  tokens: readonly Token[],
  it: readonly boolean[],
  plus: number,
  mentionAt: (index: number) => NumberMention | undefined,
): { count: number; at: number } | null {
  let end = plus;
  if (HELPERS.has(lowerAt(tokens, end - 1))) end -= 1;
  if (it[end - 1]) end -= 1;
  for (let first = end - 1; first >= 0 && first >= end - 4; first -= 1) {
    const mention = mentionAt(first);
    if (!mention || mention.end !== end) continue;
    const small = mention.whole && mention.value >= 1 && mention.value <= 20;
    return mention.excluded === null && small ? { count: mention.value, at: first } : null;
  }
  return null;
}

/**
 * IT done on the side of another job ("the office manager handles the computers"): no IT staff.
 * A phrase that names IT itself stands alone; one that does not needs IT talk around it.
 */
function sidePhrase(at: number, end: number, { namesIt }: { namesIt: boolean }): ItStaffPhrase {
  return {
    at,
    end,
    value: 0,
    source: "side",
    weak: false,
    needsItContext: !namesIt,
    namesIt,
    itByDefault: false,
    singlePerson: false,
  };
}
