/**
 * Whose workload a cue describes. Burnout risk is about the IT staff, so "we're slammed" from a
 * firm with no IT people, "when he's not swamped with payroll" or "sales are flat out" says
 * nothing about it. Written against prepared text (see cues/prepare.ts).
 */
import type { Span } from "./cues/spans.ts";

const IT_ROLE = String.raw`(?:person|persons|people|staff|guy|guys|department|dept|function|folks?|bod|of our own)`;
const IT_PERSON = String.raw`(?:guy|person|man|bloke|lad|woman|manager|admin|technician|tech|engineer|fella)`;

/** Ways of saying the organisation employs nobody to do IT. */
const NO_IT_STAFF = new RegExp(
  [
    String.raw`\bno (?:dedicated |internal |in house |proper |real )?it ${IT_ROLE}\b`,
    String.raw`\bno (?:dedicated |internal |in house |proper |real )?it(?= ?(?:$|[,.;!?)]|at all\b|as such\b|here\b|in house\b))`,
    String.raw`\b(?:do not|dont|never) (?:have|had|employ|employed) (?:any |an |a )?(?:dedicated |internal |in house )?it ${IT_ROLE}\b`,
    String.raw`\bnobody (?:here |in house )?(?:does|is doing) it(?: (?:full time|properly|really|here|as such|as a job))?(?= ?(?:$|[,.;!?]))`,
    String.raw`\b(?:nobody|no one|noone)(?: (?:here|in house|employed))? (?:for|in|is) it\b(?! is\b)`,
    String.raw`\b(?:zero|0) it\b(?= ?(?:$|[,.;!?]))`,
    String.raw`\b(?:only|sole|one|single) it ${IT_PERSON}(?: [a-z]+)? (?:has |had |just )?(?:quit|left|resigned|walked out|gone|retired)\b`,
    String.raw`\bhad an it ${IT_PERSON} but (?:he|she|they) (?:left|quit|went|retired)\b`,
    String.raw`\bit is whoever\b`,
  ].join("|"),
);

/** "No IT department, it's just me": one person does IT after all. */
const SOLO_IT =
  /\b(?:just|only) me\b|\bi am the (?:only |sole |one )?it\b|\bit is (?:just )?me\b|\bsysadmin\b/;

/**
 * True when the message says there are no IT staff ("no IT person as such", "nobody does IT
 * full time", "our only IT guy quit"): busy words in it are about the business, not IT people.
 */
export function saysNoItStaff(prepared: string): boolean {
  return NO_IT_STAFF.test(prepared) && !SOLO_IT.test(prepared);
}

/** Just before a cue: "when he's not ..." makes it a sometimes, not a state. */
const WHEN_CLAUSE =
  /\b(?:when|whenever) (?:he|she|they|we|i|it)(?: is| are| am| gets?| has| have)?(?: not)?(?: (?:too|that|so|really|very))? $/;

/**
 * Just after a cue: the load is the other job ("swamped with payroll"), the juggling is of
 * suppliers, the falling behind is against competitors, or "fine" is about headcount.
 */
const OTHER_WORK =
  /^ (?:(?:with|by) (?:the |his |her |their |my |our )?(?:payroll|accounts|day job|real job|actual job|proper job|other job|main job|orders|sales|customers|clients|patients|pupils|invoices|books|admin|finance|bookings|deliveries|ratios)|(?:suppliers|vendors|providers|contracts|competitors|rivals|the competition|the market)|(?:for|on) (?:people|staff|headcount|numbers|bodies|heads))\b/;

/**
 * Just before a cue: a subject that is not the IT staff ("sales are flat out", "the store staff
 * are run ragged", "our MD is stressed", "it's finance who are on their knees").
 */
const OTHER_SUBJECT =
  /\b(?:the business|the company|the firm|the office|the shop|the shops|the store|the warehouse|the factory|the practice|the school|sales|finance|accounts|customers|clients|the partners|fee earners|teachers|nurses|doctors|drivers|the rest of the business|the rest of us|operations|production|(?:the |our )?(?:store|shop|shop floor|warehouse|factory|floor|site|kitchen|ward|sales|finance|accounts|admin|office|care|clinical|teaching|front of house) (?:staff|team|lads|workers|people|girls|guys|crew)|(?:our|the|my) (?:md|managing director|ceo|boss|owner|owners|directors?|partners|nurses|teachers|clinicians|drivers|engineers on site))(?: team| department| side)?(?: who)? (?:is|are|was|were|gets?|has been|have been|seems?)(?: [a-z]+)? $/;

/** Just before a cue: a machine doing it ("the backups run every weekend"), not a person. */
const MACHINE_SUBJECT =
  /\b(?:backups?|back ups?|jobs?|updates?|patch(?:es|ing)?|scripts?|scans?|tasks?|syncs?|the system|the server|the servers)(?: all)? (?:runs?|happens?|goes|go|kicks? off|fires? off|(?:is|are) (?:scheduled|set|set up) (?:for|to run))(?: [a-z]+)? $/;

/**
 * True when the cue at `span` describes someone else's load or only a sometimes: "when he's not
 * swamped", "swamped with payroll", "the warehouse is flat out", "the backups run every weekend".
 */
export function aboutOtherWork(statement: string, span: Span): boolean {
  const head = statement.slice(Math.max(0, span.start - 60), span.start);
  const tail = statement.slice(span.end, span.end + 40);
  return (
    WHEN_CLAUSE.test(head) ||
    OTHER_SUBJECT.test(head) ||
    MACHINE_SUBJECT.test(head) ||
    OTHER_WORK.test(tail)
  );
}
