import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { correctTypos } from "../../../intents/extract/typos.ts";

/** What one signal reads from a message (typos mended first, as in the pipeline). */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(correctTypos(text), { profile: {} })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const SECURITY_COMPLIANCE_RISK: Rows = [
  // an audit coming that nobody has been through
  ["we're being audited for ISO 27001 next quarter and none of us have done one", true],
  ["getting audited in march, first time for us", true],
  ["we will be audited next year against cyber essentials", true],
  ["we get audited every year for the accounts", undefined],
  // customers or insurers insisting on a standard
  ["can you help us get cyber essentials? our insurer is insisting on it this year", true],
  ["our biggest clients now demand ISO 27001 from suppliers", true],
  ["the council is requiring cyber essentials plus for the next tender", true],
  ["our clients are asking for a discount", undefined],
  // the bar keeps rising
  ["DSPT and cyber essentials are non negotiable and the bar keeps going up", true],
  ["the regulator keeps raising the bar on security every year", true],
  ["the bar keeps going up on sales targets", undefined],
  // losing sleep over it
  ["ransomware hit a firm down the road and I'm losing sleep over it", true],
  ["security alerts come in overnight and nobody reads them, that scares me", true],
  ["phishing emails keep me up at night tbh", true],
  ["the office move keeps me up at night", undefined],
  ["losing sleep over ransomware tbh", true],
  ["security is fine but the monthly cost scares me", undefined],
  ["our clients demand next day delivery, we also handle patching ourselves", undefined],
  // calm about an audit
  ["nah not worried about security, we passed our audit with no findings", false],
  ["not too nervous about the ISO audit, we're well prepared", false],
  // a missing DR plan is a backup gap, not a security worry
  ["strong team, but no DR plan at all", undefined],
];

const SUPPORT_INCONSISTENT: Rows = [
  ["support is great when Mark's in, dreadful when he's on leave", true],
  ["helpdesk is brilliant when Sarah is on, rubbish otherwise", true],
  ["the support we get is great... when the right person happens to be on shift lol", true],
  ["the helpdesk is fine if you get the good engineer", true],
  ["we need the right person in the role", undefined],
  ["it is great when we find the right person for the job", undefined],
];

const IT_STAFF_LEAVING: Rows = [
  ["IT person leaving in 6 weeks and no replacement yet", true],
  ["one IT person, gone next friday", true],
  ["our it manager is finishing at the end of the month", true],
  ["we've lost two IT managers in 18 months", true],
  ["we have lost our last three techs to better pay", true],
  ["sorry 2 - kev moved over to sales last week", true],
  ["she's gone across to finance since", true],
  ["losing our IT manager would cripple us", undefined],
  ["we are losing our it manager to a competitor", true],
  ["if our it guy is leaving next year we'd be stuck", undefined],
  ["we moved over to salesforce last year", undefined],
  ["we moved to a new office in june", undefined],
];

const RECRUITMENT_DIFFICULTY: Rows = [
  ["tried recruiting an IT manager twice and both times the candidates were useless", true],
  ["we've tried to hire a 2nd line engineer three times this year, market is brutal", true],
  ["been trying to fill the sysadmin role for months", true],
  ["zero applicants for the role", true],
  ["hardly any decent candidates for the job we advertised", true],
  ["no applicants yet, we only posted the advert today", true],
  ["the housing market is brutal round here", undefined],
  ["we tried the new ticketing system twice", undefined],
];

const TEAM_CAPABLE: Rows = [
  ["no real skills gaps, our 3 guys know their stuff", true],
  ["the two engineers know their stuff", true],
  ["im the IT manager. theres 3 plus me. we're good at what we do but short on cloud skills", true],
  ["we're good at what we do, there just isn't enough of us", true],
  ["we have the skills for most things but we're 3 people for 500 staff", true],
  ["our IT people are a bit hit and miss honestly, not the most capable", false],
  ["the it lads are not the sharpest tools in the box", false],
  ["we're a bakery, we're good at what we do", undefined],
  [
    "IT is one guy, Marek, who's been here since 2015 and knows the booking system better than the suppliers do",
    true,
  ],
];

const WANTS_CONTROL: Rows = [
  ["we'd want the decisions to stay with the school", true],
  ["strategy stays in house, full stop", true],
  ["the partners want control to remain with us", true],
  ["we don't want decisions to stay in house", false],
  ["the decision stays with the client", undefined],
  ["we'd like to keep running the show ourselves, just want backup for the boring bits", true],
  ["we want to keep calling the shots on IT", true],
  ["the in house model just isnt worth what it costs us any more, I want it gone", false],
  ["the board want in house IT gone by next year", false],
  ["I want it gone, the old printer", undefined],
];

const SINGLE_PERSON_DEPENDENCY: Rows = [
  ["the whole IT setup lives in Gareth's head, nothing is written down", true],
  ["it's all in his head tbh", true],
  ["the passwords are kept in her head and nowhere else", true],
  ["tickets and password resets eat most of my day and I'm the only one, 85 staff", true],
  ["i cover desktop, network, phones AND the door access on my own, 110 staff", true],
  ["I'm the only one who cares about the garden", undefined],
  ["IT is split between our practice manager and an outside company", undefined],
  ["the work is split between the two of us", false],
];

const KNOWLEDGE_RETENTION_CRITICAL: Rows = [
  ["knowledge of our systems is too important to lose", true],
  ["that know how cannot walk out the door", true],
  ["we can't afford to let it walk out the door", true],
  ["he walked out the door on friday", undefined],
];

const IT_NOT_DELIVERING_VALUE: Rows = [
  ["the MD feels we get nothing back from the IT budget anymore", true],
  ["we see very little for what we spend on the it team", true],
  ["in house IT used to make sense but it's not giving us value any more", true],
  ["the in house team is no longer delivering value for money", true],
  ["we get nothing back from the council tax", undefined],
];

const UNPREDICTABLE_COSTS: Rows = [
  ["we spend about £35k on IT and nobody can predict what the bill will be month to month", true],
  ["no one can tell what the IT invoice will come to", true],
  ["none of us can predict how much the support contract will cost", true],
];

const SPECIALIST_NEED_PART_TIME: Rows = [
  ["we need a pen tester a couple of times a year, definitely not a full time hire", true],
  ["planning a 365 migration, we'll need more people for a few months", undefined],
  ["we'll need extra hands for a few weeks during the server migration", undefined],
];

const EXTRA_CAPACITY_NEEDED: Rows = [
  [
    "the team is solid, its the business that keeps bolting on projects without giving us more headcount",
    true,
  ],
  ["they keep piling on new projects and there's no extra headcount", true],
  ["the board keeps adding work without any more staff", true],
  ["we keep adding projects to the roadmap", undefined],
  ["we're opening two new offices next year and need more bodies for that", true],
  ["opening a new clinic and there's no way he can do the fit out on his own", true],
];

const RESOURCES_CONSTRAINED: Rows = [
  ["budget is tiny and we just can't do what we need to with our IT", true],
  ["tight IT budget so we make do with old kit", true],
];

const TABLES: readonly (readonly [SignalName, Rows])[] = [
  ["securityComplianceRisk", SECURITY_COMPLIANCE_RISK],
  ["supportInconsistent", SUPPORT_INCONSISTENT],
  ["itStaffLeaving", IT_STAFF_LEAVING],
  ["recruitmentDifficulty", RECRUITMENT_DIFFICULTY],
  ["teamCapable", TEAM_CAPABLE],
  ["wantsControl", WANTS_CONTROL],
  ["singlePersonDependency", SINGLE_PERSON_DEPENDENCY],
  ["knowledgeRetentionCritical", KNOWLEDGE_RETENTION_CRITICAL],
  ["itNotDeliveringValue", IT_NOT_DELIVERING_VALUE],
  ["unpredictableCosts", UNPREDICTABLE_COSTS],
  ["specialistNeedPartTime", SPECIALIST_NEED_PART_TIME],
  ["extraCapacityNeeded", EXTRA_CAPACITY_NEEDED],
  ["resourcesConstrained", RESOURCES_CONSTRAINED],
];

describe.each(TABLES)("%s, round two of everyday phrasing", (signal, rows) => {
  it.each(rows)("%s -> %s", (text, expected) => {
    expect(heard(text, signal)).toBe(expected);
  });
});
