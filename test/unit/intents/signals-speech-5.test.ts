import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";

/** What one signal reads from a message: true, false, or undefined when the message says nothing. */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(text, { profile: {} })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const TEAM_CAPABLE: Rows = [
  // a named IT person praised
  ["our IT is one lady, Bernie. Bernie is brilliant but she never gets a holiday", true],
  ["IT is Mo and Jess, honestly Jess is a star", true],
  ["dont get me wrong, Callum is excellent, he just cant be on call 24/7", true],
  ["IT is Ann and Lee. Lee is not great, if I'm honest", false],
  ["our IT is two blokes, Sid and Raf. Sid's great but Raf is off half the time", undefined],
  ["our MSP, Acme, is solid enough", undefined],
  ["the price is great and the MSP is fine", undefined],
  // "he's great" with a lone IT person named nearby
  ["one fella, Gareth, he's great but he's run ragged", true],
  ["wan IT lad, Hamish, and he's braw at it", true],
  ["a network guy and a helpdesk lass, both really good at what they do", true],
  // counted team, terse praise
  ["team of six, capable lot, just no cloud skills", true],
  ["3 techs, all decent, all shattered", true],
  ["5 engineers, solid on the day to day but no security expertise", true],
  ["the team's solid, we just can't hire for Azure", true],
  ["the two techs are ripper, just nobody for security", true],
  ["we need a capable lot in IT", undefined],
  // knowing their stuff
  ["two lads who know their stuff inside out", true],
  ["techs that really know their onions", true],
  ["we need a couple of guys who know their stuff", undefined],
  ["the two of them are decent enough, though neither has done much with Azure", true],
  ["we're pretty capable in-house, it's just the out of hours cover", true],
  // taking praise back
  ["to be honest they're not that good, I was being generous", false],
  ["they're not that great, I was being polite earlier", false],
];

const SINGLE_PERSON_DEPENDENCY: Rows = [
  // doing all the IT alone
  ["Priti does all our IT on her own and she's shattered", true],
  ["I look after the IT for a small charity, 20 staff, on my own", true],
  ["he handles all the IT single-handedly", true],
  ["he used to do all our IT on his own until we hired Sam", undefined],
  ["we do all our IT in house, no outsourcing", undefined],
  // cannot do it all alone
  ["our IT fella can't do it all on his own", true],
  ["she cannot cover everything by herself", true],
  // away and it all stops
  ["When she's on leave it all falls apart.", true],
  ["if Tariq is off sick everything grinds to a halt", true],
  ["when the team is on leave everything stops", undefined],
  ["the printer is off and everything stops", undefined],
  ["support's brilliant when Oona is in, shocking when she is not", true],
  ["its the lack of cover when Jo's on holiday that worries me", true],
  ["there's no cover when he's on holiday", undefined],
  ["When our IT person is off sick, everything grinds to a halt.", undefined],
  ["if I'm off sick nobody here can even log into the firewall", true],
  ["when im on leave no one in the office knows the server password", true],
  ["if I'm off the others cover fine", false],
  // just the one of him
  ["there's just the one of him for 60 people", true],
  ["Jules is the actual IT person, I just sign the invoices", true],
  ["our IT person works part time", undefined],
  ["och its just me daein the IT", true],
  ["40 laptops n 1 guy lookin after all of em", true],
  // someone already gone is not someone IT rests on
  ["the man that did the IT left at Easter and we're lost without him", undefined],
];

const IT_STAFF_LEAVING: Rows = [
  // a named IT person who left
  ["Our IT guy Pete left in June.", true],
  ["our sysadmin, Dan, quit last month", true],
  ["our IT lad left ages ago and we replaced him straight away", undefined],
  ["Dan who did all our IT left in the summer", true],
  ["your man that looked after the computers left at Christmas", true],
  ["we never replaced her after she went", true],
  ["I don't want to replace her, I want her backed up", undefined],
  // going to a new place
  ["Kev's off to a bank in feb", true],
  ["the lad's off to Australia next year and we won't be replacing him", true],
  ["Our head of IT leaves for a competitor in 6 weeks", true],
  ["Kev's off to Spain next week on holiday", undefined],
  ["Dave's off to the dentist in an hour", undefined],
  ["if he leaves we won't be replacing him", undefined],
  // counted leavers, shrinking teams
  ["3 in IT. one leaving in march", true],
  ["we lost both our IT people within weeks", true],
  ["two network engineers left last spring", true],
  ["we had an IT team of five, now just three after redundancies", true],
  ["we had two IT staff till May, now only the one", true],
  ["we had two but Leon left in august", true],
  ["we had two offices, now we have one", undefined],
  ["we had 3 IT staff and now we have 5", undefined],
  ["their IT lead left after the merger", true],
  ["we had a second IT person but she's decided not to come back after maternity leave", true],
  // not leaving after all
  ["ah no, Raj isn't leaving after all, he's staying", false],
  ["she's staying late tonight to finish the upgrade", undefined],
];

const KNOWLEDGE_RETENTION_CRITICAL: Rows = [
  [
    "our IT folk know how the tills talk to the stock system, that knowledge has to stay in house",
    true,
  ],
  ["their know-how must stay in the building", true],
  ["the new policy must stay in the building", undefined],
  ["it's all in my head and none of it is written down", true],
  ["everything's in his head, nothing is documented", true],
  ["it's all in my head but it's all documented too", undefined],
  ["I'm the only one who knows the ERP. if I left they'd be properly stuck", true],
  ["if he left we'd be stuck", undefined],
];

const RECRUITMENT_DIFFICULTY: Rows = [
  ["Advertised for a support tech twice. Got nobody worth interviewing.", true],
  ["ads up for an IT role since March, nobody we'd hire", true],
  ["loads of no-hopers applied for the engineer job", true],
  ["it's not that we can't afford IT staff, we just can't find any", true],
  ["we can't find any documentation for the server", undefined],
  ["I can't find one of the invoices", undefined],
];

const SPECIALIST_NEED_PART_TIME: Rows = [
  ["we'd want a specialist for the odd deep-dive project, nowhere near full time", true],
  ["need a security expert now and again, not even near full time", true],
  ["a network architect for the odd big project would be ideal", true],
  ["our specialist works nowhere near the office", undefined],
];

describe.each([
  ["teamCapable", TEAM_CAPABLE],
  ["singlePersonDependency", SINGLE_PERSON_DEPENDENCY],
  ["itStaffLeaving", IT_STAFF_LEAVING],
  ["knowledgeRetentionCritical", KNOWLEDGE_RETENTION_CRITICAL],
  ["recruitmentDifficulty", RECRUITMENT_DIFFICULTY],
  ["specialistNeedPartTime", SPECIALIST_NEED_PART_TIME],
] as const)("%s in yet more of visitors' own words", (signal, rows) => {
  it.each(rows)("%j -> %j", (text, expected) => {
    expect(heard(text, signal)).toBe(expected);
  });
});

describe("short answers after the advisor asks whether the team is capable", () => {
  const answer = (text: string): boolean | undefined =>
    extractSignals(text, { profile: {}, expecting: "signals.teamCapable" }).teamCapable;
  it.each([
    ["hmm not really if I'm honest", false],
    ["honestly, not particularly", false],
    ["not sure really", undefined],
  ] as const)("%j -> %j", (text, expected) => {
    expect(answer(text)).toBe(expected);
  });
});
