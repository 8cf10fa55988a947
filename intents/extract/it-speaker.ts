/**
 * Who is talking and what about: "I'm head of IT", "IT manager here", "Head of IT, 10 in team" say
 * the visitor works in IT, so "4 of us" counts the IT team; talk of servers, patching or tickets
 * makes IT the topic, so "team of 3" is the IT team.
 */
import { SINGULAR_IT_NOUNS } from "./count-lexicon.ts";
import { HEAD_OF, itRoleAt } from "./it-cues.ts";
import { lowerAt, wordSet } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const I_AM = wordSet("i'm im");
const ROLE_FILLERS = wordSet(`
  the a an one of part our their in on senior junior lead sole only main
`);
const I_VERBS = wordSet("run head lead manage work");
const I_VERB_FILLERS = wordSet("up the our in within");
const GREETINGS = wordSet("hi hello hey hiya morning afternoon evening , . - ! : so well");
const AFTER_TITLE = wordSet(", . - : ; ( at for with");
const SENTENCE_END = wordSet(". ! ? ;");

/** Length of a person's IT job title at `i` ("IT manager", "head of IT", "sysadmin"), or 0. */
function itTitleAt(tokens: readonly Token[], it: readonly boolean[], i: number): number {
  const length = itRoleAt(tokens, it, i);
  if (length === 0) return 0;
  const last = lowerAt(tokens, i + length - 1);
  if (SINGULAR_IT_NOUNS.has(last)) return length;
  if (length === 3 && HEAD_OF.has(lowerAt(tokens, i))) return length;
  return 0;
}

/**
 * True when the visitor says they work in IT: "I'm the IT manager", "I'm in IT", "I run IT",
 * "sysadmin here", "as head of IT", or a message that opens with an IT title ("Head of IT, ...").
 */
export function speakerInIt(tokens: readonly Token[], it: readonly boolean[]): boolean {
  let start = 0;
  while (start < tokens.length && start < 3 && GREETINGS.has(lowerAt(tokens, start))) start += 1;
  const opening = itTitleAt(tokens, it, start);
  if (opening > 0) {
    const next = lowerAt(tokens, start + opening);
    if (next === "here" || AFTER_TITLE.has(next)) return true;
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    let j = -1;
    if (I_AM.has(word)) j = i + 1;
    else if (word === "i" && lowerAt(tokens, i + 1) === "am") j = i + 2;
    else if (word === "as") j = i + 1;
    else if (word === "i" && I_VERBS.has(lowerAt(tokens, i + 1))) {
      let k = i + 2;
      while (k < i + 5 && I_VERB_FILLERS.has(lowerAt(tokens, k))) k += 1;
      if (it[k]) return true;
      continue;
    } else {
      const title = itTitleAt(tokens, it, i);
      if (title > 0 && lowerAt(tokens, i + title) === "here" && startsSentence(tokens, i))
        return true;
      continue;
    }
    if (lowerAt(tokens, j) === "not") continue;
    let k = j;
    while (k < j + 4 && ROLE_FILLERS.has(lowerAt(tokens, k))) k += 1;
    if (itTitleAt(tokens, it, k) > 0) return true;
    // "I'm one of the IT guys", "I'm part of the IT team"
    const oneOf = lowerAt(tokens, j + 1) === "of" && ["one", "part"].includes(lowerAt(tokens, j));
    if (oneOf && itRoleAt(tokens, it, k) > 0) return true;
    // "I'm in IT", "I'm on the IT team"; not "as IT is..." nor "I'm in IT recruitment".
    if (it[k] && word !== "as" && itAlone(tokens, k + 1)) return true;
  }
  return false;
}

const AFTER_IT = wordSet("and with at for here so but team department dept function too myself");

/** Nothing after "IT" makes it another trade: "I'm in IT, 3 of us" but not "in IT sales". */
function itAlone(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  return !next || next.kind === "sym" || AFTER_IT.has(next.lower);
}

function startsSentence(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && GREETINGS.has(lowerAt(tokens, k)) && !SENTENCE_END.has(lowerAt(tokens, k)))
    k -= 1;
  return k < 0 || SENTENCE_END.has(lowerAt(tokens, k));
}

/** Words that make IT work the topic even when "IT" itself is not said. */
const IT_TOPIC_WORDS = wordSet(`
  server servers network networks networking patching monitoring backups azure aws intune
  autopilot m365 o365 sharepoint firewall firewalls vpn vpns helpdesk ticket tickets security
  cyber infrastructure vmware entra defender sysadmin switches vlans techs endpoints
`);

/** The day-to-day work of an IT team, which nobody outside it counts itself against. */
const IT_WORK_WORDS = wordSet(`
  patching monitoring intune autopilot helpdesk ticket tickets endpoints vmware vlans on-call
  oncall rota rota's infra servicedesk migration rollout firewalls bau datacentre datacenter
  datacentres datacenters sdwan techs
`);

/** "2nd line", "3rd-line": the support tiers of an IT team. */
const LINE_TIERS = wordSet("1st 2nd 3rd second-line third-line");

/** "line" or "-line" at `j`, after a support tier. */
const lineAfter = (tokens: readonly Token[], j: number): boolean =>
  lowerAt(tokens, j) === "line" ||
  (lowerAt(tokens, j) === "-" && lowerAt(tokens, j + 1) === "line");

/**
 * True when the message talks about the daily work of an IT team: patching, tickets, Intune,
 * the on-call rota ("on-call" is three tokens).
 */
export function itWorkPresent(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = lowerAt(tokens, i);
    if (IT_WORK_WORDS.has(word)) return true;
    if (word === "call" && lowerAt(tokens, i - 1) === "-" && lowerAt(tokens, i - 2) === "on")
      return true;
    if (word === "desk" && lowerAt(tokens, i - 1) === "service") return true;
    if (LINE_TIERS.has(word) && (word.includes("-") || lineAfter(tokens, i + 1))) return true;
    if (word === "sd" && lowerAt(tokens, i + 1) === "-" && lowerAt(tokens, i + 2) === "wan")
      return true;
  }
  return false;
}

/** True when the message talks about IT work: an IT cue, an IT role or an IT topic word. */
export function itTopicPresent(tokens: readonly Token[], it: readonly boolean[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (it[i] || IT_TOPIC_WORDS.has(lowerAt(tokens, i))) return true;
    if (itRoleAt(tokens, it, i) > 0) return true;
  }
  return false;
}
