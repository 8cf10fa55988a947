import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";

/** What one signal reads from a message: true, false, or undefined when the message says nothing. */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(text, { profile: {} })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const SINGLE_PERSON_DEPENDENCY: Rows = [
  // every time that one person is away, the stand-in is lost
  [
    "Every time our IT contractor goes on holiday we're stuck, his stand-in doesn't know our setup",
    true,
  ],
  ["each time Gav takes a day off we're stuffed, the cover guy is clueless", true],
  ["whenever our sysadmin is on leave the temp doesn't understand anything", true],
  ["every time the team goes on holiday we plan ahead", undefined],
  // the speaker is the one
  ["if I'm off nothing gets done beyond password resets", true],
  ["when im on holiday everything just grinds to a halt", true],
  ["whenever I'm off sick nobody can get into the firewall", true],
  ["if I'm off the others cover fine", false],
  // only one of them knows
  ["only one of them knows the CAD licence server", true],
  ["only one of us can log into the firewall", true],
  ["honestly only one of the two really understands the ERP", true],
  ["not only one of us knows it, we all do", false],
  // covering alone
  ["She's been covering on her own since her colleague left", true],
  ["our tech covers two primaries on her own", true],
  ["he's holding the fort by himself at the moment", true],
  ["Pat looks after the accounts on her own", undefined],
  ["he was covering on his own until we hired Sam", undefined],
  // one-person department, only technician
  ["its a one-person IT dept and the person is my husband", true],
  ["both systems are run by Dan, our only technician", true],
  ["we're trying to replace our only sysadmin", undefined],
  ["Our only IT guy quit two weeks ago", undefined],
  // someone already gone
  ["Raj did all the sharepoint stuff and nobody else knows it", undefined],
];

const SUPPORT_INCONSISTENT: Rows = [
  // good at one time, missing at another
  ["Support's great in the holidays and non-existent in term time", true],
  ["the help is brilliant in the summer but rubbish over christmas", true],
  ["IT support is fine on mondays and useless on fridays", true],
  ["the weather is great in the summer and awful in winter", undefined],
  // good when you get one person
  ["our supplier is fine when you get Mark, hopeless when you get anyone else", true],
  ["the helpdesk is great if you get Sue, otherwise it's rubbish", true],
  ["brilliant when we get Priya, the others are useless", true],
  ["it's fine when you get through, the line is just busy", undefined],
  // some of their people
  ["Some of their people are excellent, others clueless", true],
  ["some of their engineers are great and the rest are hopeless", true],
  ["some of the techs are really good, others not so much", true],
  ["some of their people are great and they are all friendly", undefined],
  // depends on which of them, who they send
  ["the quality depends entirely on which of their engineers picks up", true],
  ["the quality depends who he sends", true],
  ["it depends on which of our techs answers", true],
  // consistent whoever answers
  ["Support from our IT team is consistently good, whoever picks up", false],
  ["the service from the provider is always reliable", false],
  ["it's great no matter who picks up", false],
];

const SECURITY_COMPLIANCE_RISK: Rows = [
  // near misses and close calls
  ["they're weak on security and we've had 2 near misses this year", true],
  ["had a couple of close calls with phishing lately", true],
  ["there have been a few scares with ransomware", true],
  ["we had a near miss with the delivery van", undefined],
  ["we've never had any scares with security", undefined],
  // reviews, health checks and standards falling due
  ["compliance isn't her thing, and we've an ICAEW practice review coming up", true],
  ["PSN compliance and the annual IT health check are looming", true],
  ["The DfE cyber standards are coming in", true],
  ["my performance review is coming up next month", undefined],
  ["the new building regulations are coming in next year", undefined],
  // auditors in, regulators on our backs
  ["the cyber essentials plus stuff is beyond us, and the auditors are in in march", true],
  ["auditors visiting next month for ISO", true],
  ["the FCA and the auditors are breathing down our necks", true],
  ["the board are breathing down my neck about costs", undefined],
  ["the auditors are in next month for the year-end accounts", undefined],
  // a compliance headache
  ["PCI is our big headache", true],
  ["GDPR is a constant worry", true],
  ["compliance has become a real headache", true],
  ["security is our big worry, plus the network", undefined],
  // failing the standard
  ["frankly we don't meet half of the cyber standards", true],
  ["we wouldn't tick the boxes for Cyber Essentials", true],
  ["we don't meet them for coffee much", undefined],
  // a partner for the work is no demand from outside
  ["we just need a partner for the bits we can't do like security monitoring", undefined],
  ["our partners keep asking about cyber essentials", true],
];

const UNPREDICTABLE_COSTS: Rows = [
  // bills that vary loads
  ["the bills vary loads month to month", true],
  ["IT invoices differ hugely from one quarter to the next", true],
  ["our licensing costs fluctuate massively", true],
  ["the energy bills vary loads", undefined],
  // costs jumped again
  ["the board asked me why IT costs jumped again this year", true],
  ["the licensing bill shot up again", true],
  ["our spend has rocketed again", true],
  ["costs went up again with inflation", undefined],
  ["our gas bills jumped again", undefined],
  // creeping up unnoticed
  ["our SaaS bills creep up every month without anyone noticing", true],
  ["subscriptions keep creeping up month on month", true],
  ["costs creep up all the time", true],
  // steady, fine
  ["Not hugely worried about costs, they're fairly steady year on year", false],
  ["actually costs are fine, it's the support that's the problem", false],
  ["the costs are not an issue", false],
  ["we'd like costs that are steady", undefined],
];

const IT_NOT_DELIVERING_VALUE: Rows = [
  // not delivering
  ["they're not delivering, honestly", true],
  ["the IT team just isn't delivering for what it costs", true],
  ["our in-house team is no longer delivering", true],
  ["our current provider isn't delivering, they're not delivering at all", undefined],
  ["they're not delivering the laptops until May", undefined],
  // more from outside for the same money
  ["we'd get more from an outside provider for the same money", true],
  ["an MSP would give us far more for what we pay", true],
  ["feels like we'd get better support from a managed service for less", true],
  ["we'd get more from an outside provider", undefined],
  // not giving us much for the cost
  ["for what it costs us in-house its not giving us much", true],
  ["IT costs more every year and we dont get any more out of it", true],
  ["we pay three salaries and don't get much out of them", true],
  ["they're not giving us much notice", undefined],
  // somebody doubts it earns its keep
  ["the MD doesn't think in-house IT is earning its keep", true],
  ["He doesn't think the in-house team is value for money either", true],
  ["the CEO doesn't think we get value from it", true],
  ["our in-house team is worth every penny", false],
  ["honestly we get real value from the team", false],
];

const RESOURCES_CONSTRAINED: Rows = [
  // it holds us back
  ["It's starting to hold us back, onboarding takes days", true],
  ["she can't fix much, and it holds us back", true],
  ["he's out of his depth and its holding the business back", true],
  ["it used to hold us back but not now", undefined],
  ["it isn't holding us back at all", false],
  // the lack named, then the brake
  ["not having proper IT is holding us back", true],
  ["not having proper IT expertise is holding the practice back", true],
  ["not having that know-how is holding us back", true],
  ["Lack of IT know-how is genuinely slowing us down", true],
  // a constraint on the business
  ["honestly its a constraint on the business now", true],
  ["it's become a real bottleneck for us", true],
  ["that is a big drag on growth", true],
  // projects parked
  ["every project the clerk wants gets parked", true],
  ["the business projects just sit there", true],
  ["any new project just ends up on the back burner", true],
  ["projects used to get parked but we've hired since", undefined],
  // we hold the place back
  ["we're holding the place back tbh", true],
  ["we are probably holding the business back", true],
];

const EXTRA_CAPACITY_NEEDED: Rows = [
  // can't do it and the day job
  ["the data centre exit to Azure next year, we can't do it and keep the lights on", true],
  ["no way we can run the migration alongside the day job", true],
  ["we cannot take on the rollout as well as business as usual", true],
  ["we can't do it and keep the lights on, none of us knows Azure", undefined],
  // can't keep up with the projects
  ["we can't keep up with the store refits, 12 this year", true],
  ["struggling to keep up with all the new site openings", true],
  ["the team can never keep up with the office moves", true],
  ["we just about keep up with the refits", undefined],
  // a busy month when it goes mad
  ["someone to take the helpdesk calls off them in September when it goes mad", true],
  ["every january it goes crazy with new starters", true],
  ["christmas is always manic for us", true],
  ["It's mental here at the minute", undefined],
  // the server room closing
  ["the server room closure is planned for next year", true],
  ["we need help with the data centre exit", true],
  ["we finished the data centre exit last year", undefined],
];

describe.each([
  ["singlePersonDependency", SINGLE_PERSON_DEPENDENCY],
  ["supportInconsistent", SUPPORT_INCONSISTENT],
  ["securityComplianceRisk", SECURITY_COMPLIANCE_RISK],
  ["unpredictableCosts", UNPREDICTABLE_COSTS],
  ["itNotDeliveringValue", IT_NOT_DELIVERING_VALUE],
  ["resourcesConstrained", RESOURCES_CONSTRAINED],
  ["extraCapacityNeeded", EXTRA_CAPACITY_NEEDED],
] as const)("%s in more of visitors' own words", (signal, rows) => {
  it.each(rows)("%j -> %j", (text, expected) => {
    expect(heard(text, signal)).toBe(expected);
  });
});
