/**
 * IT done on the side of another job: "the office manager handles the computers", "our finance
 * director does it", "I do it on the side", "my nephew sets the laptops up". Each counts as no
 * IT staff (0).
 */
import { IT_ROLE_HEADS } from "./count-lexicon.ts";
import type { ItStaffPhrase } from "./it-staff-phrases.ts";
import { SENTENCE_END, skip } from "./it-staff-phrases.ts";
import { asSideRole, cannotBefore, itIsRole, notAnItPerson } from "./it-side-roles.ts";
import { lowerAt, longestPhraseAt, phraseList, phrases, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export const SIDE_ROLES = phraseList(`
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
  practice owner, office staff, kid, our kid, brother - in - law, son - in - law, cousin, uncle,
  mate, neighbour, neighbor, practice manager, school business manager, sbm, cto, duty manager,
  duty managers, head nurse, nurse, nurses, practice nurse, ops head, head of ops,
  head of operations, receptionists, site manager, store manager, shop manager, hotel manager,
  deputy manager, team leader, supervisor, shift manager, shift managers, duty manager on shift,
  estates manager, office managers, managers, cad technician, lab manager, project manager
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
  gets lumped with, is lumped with, gets stuck with, oversees, supports, juggles, sets up,
  set up, sets, setting up, helps with, helps out with, helps out, help with, helping with,
  fixes up, keeps an eye on, keeps on top of, share, shares, sharing, split, owns, owning,
  ended up owning, ended up with, ends up with, ended up doing, end up doing, dabbles in,
  dabbles with, mucks in with, muddles through
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
  "jobs",
  "roles",
  "day jobs",
  "main jobs",
  "normal jobs",
  "real jobs",
  "proper jobs",
  "actual jobs",
  "other jobs",
  "usual jobs",
];
/** "alongside the accounts", "on top of sales": another department's work. */
const OTHER_WORK = [
  "accounts",
  "the accounts",
  "sales",
  "finance",
  "the finance",
  "admin",
  "the admin",
  "hr",
  "payroll",
  "the payroll",
  "marketing",
  "operations",
  "ops",
  "reception",
  "bookkeeping",
  "the books",
  "teaching",
  "everything else",
];
const ON_THE_SIDE = phrases(
  "on the side",
  "as a side",
  "in spare time",
  "side of the desk",
  "side job",
  "side gig",
  "side hustle",
  "sideline",
  ...["alongside", "as well as", "in addition to", "on top of", "part of", "besides"].flatMap(
    (lead) => POSSESSIVES.flatMap((owner) => JOBS.map((job) => `${lead} ${owner} ${job}`)),
  ),
  ...["alongside", "as well as", "on top of"].flatMap((lead) =>
    OTHER_WORK.map((work) => `${lead} ${work}`),
  ),
  ...POSSESSIVES.map((owner) => `in ${owner} spare time`),
  ...["on top of being", "as well as being", "alongside being", "besides being"].flatMap((lead) =>
    ["", "the ", "our ", "a ", "an "].map((article) => `${lead} ${article}`.trim()),
  ),
);

const PASSIVE_VERBS = wordSet(`
  handled done looked managed covered sorted run dealt left falls fall falling down sits sit rests
  lands shared picked split taken overseen looked covered
`);
const PASSIVE_LINKS = wordSet("by to with on onto between");
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
    const also = asSideRole(tokens, it, i, SIDE_ROLES) || notAnItPerson(tokens, i);
    if (also > 0) {
      found.push(sidePhrase(i, also, { namesIt: false }));
      i = also - 1;
      continue;
    }
    if (it[i]) {
      const end = itGivenToRole(tokens, it, i) || itIsRole(tokens, it, i, SIDE_ROLES);
      if (end > 0) {
        found.push(sidePhrase(i, end, { namesIt: true }));
        i = end - 1;
        continue;
      }
    }
    const side = longestPhraseAt(tokens, i, ON_THE_SIDE);
    if (side > 0 && !cannotBefore(tokens, i)) {
      // "2 people who do IT alongside their jobs": the people just counted do it on the side.
      const ofThoseCounted = doItBefore(tokens, it, i) && !EXTRA_WORK.has(lowerAt(tokens, i));
      // "they couldn't manage it on top of the day job": extra work, so an IT count said wins.
      const weak = EXTRA_WORK.has(lowerAt(tokens, i));
      found.push({ ...sidePhrase(i, i + side, { namesIt: false }), ofThoseCounted, weak });
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

const DO_VERBS = wordSet("do does doing did handle handles cover covers run runs manage manages");
/** "on top of the day job", "in addition to": extra work for IT staff, not a sign of a side job. */
const EXTRA_WORK = wordSet("on in");

/** "who do IT" just before `i`: the side phrase says what the people counted do. */
function doItBefore(tokens: readonly Token[], it: readonly boolean[], i: number): boolean {
  return it[i - 1] === true && DO_VERBS.has(lowerAt(tokens, i - 2));
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
    const copula = lowerAt(tokens, j) === "is" || lowerAt(tokens, j) === "'s";
    if (it[k] || SIDE_OBJECTS.has(object)) {
      // "is our IT person": the role is the IT person on the side; "is IT literate" is not.
      if (copula) {
        if (!(it[k] && IT_ROLE_HEADS.has(lowerAt(tokens, k + 1)))) return 0;
        return k + 2;
      }
      return k + 1;
    }
    // "the owner's son is covering it": the verb comes after "is".
    if (copula && k === j + verb) continue;
    return 0;
  }
  return 0;
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
