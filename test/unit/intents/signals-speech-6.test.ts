import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { correctTypos } from "../../../intents/extract/typos.ts";

/** What one signal reads from a message (typos mended first, as in the pipeline). */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(correctTypos(text), { profile: {} })[signal];

/** What one signal reads from a short reply to the advisor's question about it. */
const answered = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(correctTypos(text), { profile: {}, expecting: `signals.${signal}` })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const WANTS_CONTROL: Rows = [
  // taking back what was said about control
  [
    "actually, scratch what I said about keeping control. If the budget allowed we'd hand the whole lot to a provider",
    false,
  ],
  ["forget keeping control, we'd rather you just took the whole thing off our hands", false],
  ["ignore the bit about control tbh", false],
  ["disregard what i told you about having control", false],
  ["ignore what I said earlier about wanting control, the MD wants it all gone", false],
  ["scratch that bit about control", false],
  // shrugging control off
  ["don't care about control", false],
  ["honestly we dont care much about control", false],
  ["control isn't that important to us", false],
  ["not bothered about control tbh", false],
  ["we care a lot about control", undefined],
  // the board wants out
  ["The board wants us out of running IT within 2 years, but I need help now", false],
  ["our MD wants the business out of managing IT by 2027", false],
  // naming the model
  ["We want fully managed IT", false],
  ["we r 12 ppl no it want fully managed tbh", false],
  ["after fully managed really, no one here wants the job", false],
  ["we don't want fully managed", true],
  ["do we want fully managed or co-managed?", undefined],
  ["not sure we want fully managed", undefined],
  // handing the whole function over
  [
    "tbh I'd love to just hand the whole IT thing to someone else and never think about it again",
    false,
  ],
  ["we would prefer to hand the whole function to a provider", false],
  ["I'd much rather someone took the whole headache off me", false],
  ["We'd probably be happiest if someone just ran it all for us", false],
  ["Honestly we'd rather not ever have to think about it", false],
  // refusing to give up the steering
  ["not a chance we're giving up control", true],
  ["no way are we handing over the reins", true],
  ["I'm not giving up the strategy side to anyone", true],
  ["we would never outsource that part", true],
  // decisions kept in house
  ["the partners want IT decisions kept in-house but we need out of hours cover", true],
  ["the partners would want to keep decisions about IT in house, whoever does the work", true],
  ["we'd want to keep a firm hand on how it's done", true],
  ["we need to keep a tight grip on costs", undefined],
  ["keep an eye on the budget please", undefined],
];

const SECURITY_COMPLIANCE_RISK: Rows = [
  // an audit ahead
  ["We've an audit from the regulator in the autumn. Honestly dreading it.", true],
  ["make that three - add compliance, audit's in april", true],
  ["we've also got an audit in the new year which is a worry", true],
  ["our CISO reckons the ISO 27001 audit is going to be ugly", true],
  ["just need support for the ISO audit which is upcoming", true],
  ["the auditors are in next week for the year end accounts", undefined],
  ["we passed our ISO audit last year with no issues", undefined],
  ["we had an inspection last spring and it went fine", undefined],
  // going for a standard
  ["we're about to go through ISO 27001 certification and no one has done one before", true],
  ["we're going for ISO 27001 this year", true],
  // worried by standards, risk growing
  ["The filtering and monitoring standards from the DfE have us properly worried", true],
  ["compliance has suddenly become a real risk for us", true],
  ["the regulator's focus on it keeps growing", true],
  ["feels like the risk is creeping up on us", true],
  ["the cost risk is creeping up", undefined],
  // found wanting
  ["The internal auditor told us our data protection isn't up to scratch", true],
  ["Last year's audit said our patching was poor", true],
  ["insurance renewal came with loads of questions we couldn't answer", true],
  // the opposite
  ["we're not regulated, compliance isn't an issue for us at all", false],
  ["security isn't getting any worse as far as I know", false],
];

const UNPREDICTABLE_COSTS: Rows = [
  ["every time we need something it's another invoice we didn't budget for", true],
  ["we keep getting surprise invoices from our IT company", true],
  ["Costs have gone up every year and I can't see them coming", true],
  ["Our IT costs doubled last year with no warning", true],
  ["the licence bill doubled out of nowhere", true],
  ["the IT budget went over by 40% last year and nobody could explain why", true],
  ["the it budget always goes over and no one can tell us why", true],
  ["costs went up last year, we expected that with inflation", undefined],
  ["we budget for the invoice every month and it's always the same", undefined],
  ["the project went over by two weeks", undefined],
];

const SUPPORT_INCONSISTENT: Rows = [
  ["whether anything gets fixed depends on which of our two IT lads is in that day", true],
  ["the quality of help depends entirely on which technician picks up the phone", true],
  ["honestly it depends who u get on the phone at the IT company", true],
  ["The contractor is great when we can get him, but some months he's unavailable", true],
  ["the price depends on which package you pick", undefined],
  ["he's great when we get him and always has been", undefined],
];

const EXTRA_CAPACITY_NEEDED: Rows = [
  // peaks
  ["We also get slammed before each big exhibition opening", true],
  ["depends on the week, matchdays are mental", true],
  ["xmas is always manic in the shop", true],
  ["we get swamped around year end", true],
  ["the new manager is mental", undefined],
  ["things are hectic at the moment", undefined],
  // people for a project
  ["We need people for the rollout, not forever, just the next 6 months", true],
  ["we'd need you to lend us extra bodies for the office move", true],
  ["the migration keeps slipping because there's simply no spare capacity to do it", true],
  ["the 365 rollout keeps getting pushed back, nobody to do it", true],
  ["our it capacity is limited and projects keep slipping", undefined],
  // the opposite
  ["we're not planning any big projects, so extra capacity isn't really needed", false],
];

const IT_IS_STRATEGIC: Rows = [
  ["our booking platform is the reason clients pick us over other travel firms", true],
  ["our website is the reason customers choose us", true],
  ["Tech is the core of what we sell", true],
  ["our online booking is the business", true],
  ["the app basically is the business", true],
  ["tech is a big deal for us", true],
  ["I wouldn't call IT a utility for us", true],
  ["IT is a utility for us", false],
  ["it's a big deal for us to get this right", undefined],
  ["our shop is the business", undefined],
];

const IT_NOT_DELIVERING_VALUE: Rows = [
  ["we run it ourselves still but honestly it stopped being worth the money a while back", true],
  ["our in-house team has not been worth the money for years", true],
  ["The IT department costs too much and isn't delivering", true],
  ["the team costs a fortune and isn't really pulling its weight", true],
  ["the software licence stopped being worth it", undefined],
];

const RESOURCES_CONSTRAINED: Rows = [
  ["we keep shelving projects because we havent got the IT know how or the bodies", true],
  ["projects keep getting parked cos nobody has the skills", true],
  ["we keep parking ideas, no it people to do them", true],
  ["we shelved the project because the client pulled out", undefined],
];

describe.each([
  ["wantsControl", WANTS_CONTROL],
  ["securityComplianceRisk", SECURITY_COMPLIANCE_RISK],
  ["unpredictableCosts", UNPREDICTABLE_COSTS],
  ["supportInconsistent", SUPPORT_INCONSISTENT],
  ["extraCapacityNeeded", EXTRA_CAPACITY_NEEDED],
  ["itIsStrategic", IT_IS_STRATEGIC],
  ["itNotDeliveringValue", IT_NOT_DELIVERING_VALUE],
  ["resourcesConstrained", RESOURCES_CONSTRAINED],
] as const)("%s in still more of visitors' own words", (signal, rows) => {
  it.each(rows)("%j -> %j", (text, expected) => {
    expect(heard(text, signal)).toBe(expected);
  });
});

describe("securityComplianceRisk as a short reply", () => {
  it.each([
    ["nah we're fine on that front", false],
    ["all good there", false],
    ["no worries on that score", false],
  ] as const)("%j -> %j", (text, expected) => {
    expect(answered(text, "securityComplianceRisk")).toBe(expected);
  });
});
