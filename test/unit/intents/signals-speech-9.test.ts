import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { correctTypos } from "../../../intents/extract/typos.ts";

/** What one signal reads from a message (typos mended first, as in the pipeline). */
const heard = (text: string, signal: SignalName, expecting?: SignalName): boolean | undefined =>
  extractSignals(correctTypos(text), {
    profile: {},
    ...(expecting ? { expecting: `signals.${expecting}` as const } : {}),
  })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const EXTRA_CAPACITY_NEEDED: Rows = [
  // a plan already in hand or a project long done needs no extra hands
  ["we're moving the file shares to sharepoint over the summer, it's all planned out", undefined],
  ["upgrading the switches at both sites in august, kit's already ordered", undefined],
  ["we did an email migration to 365 three years ago, went smoothly", undefined],
  ["moving everything to azure next year and we've no spare hands for it", true],
  // a peak the team rides out, or one that lands on other staff
  ["year end is mental but the rest of the year is alright", undefined],
  ["christmas is manic in the stores, the shop staff are run ragged", undefined],
  ["the warehouse lads do double shifts in peak season, IT is just me and i'm fine", undefined],
  ["black friday week is carnage and we need extra bodies every year", true],
  // a project that wants know-how, not hands
  ["the move to intune got messy because none of us really knew how to do it", undefined],
];

const IT_NOT_DELIVERING_VALUE: Rows = [
  ["we spend 120k a year on IT and honestly couldn't tell you what we get back", true],
  ["three salaries and i couldn't tell the board what we actually get for it", true],
  ["IT costs more every year and i can't see what's actually improved", true],
  ["i can't point to a single thing they've improved since they joined the team", true],
  ["the in house model stopped making sense a while back, we pay loads for IT", true],
  ["two it salaries and still nothing gets done", true],
  ["i can't see what the problem is with the printer", undefined],
  // good value said plainly
  ["our in-house IT more than pays for itself", false],
  ["no, the internal team is great value", false],
  ["no it's worth every penny, the team is brilliant", false],
  ["the provider is great value", undefined],
];

const SUPPORT_INCONSISTENT: Rows = [
  ["the contractor covering for him is hit and miss", true],
  ["it's outsourced to a local guy who's hit or miss", true],
  ["we've had agency techs of wildly varying quality since she went off sick", true],
  ["whether you get help depends on which site they're at that day", true],
  ["support's brilliant... when you can find anyone", true],
  ["the wifi is hit and miss in the warehouse", undefined],
  // cover that holds
  ["if one of them is off the others pick it up, no bother", false],
  ["never had a bad day of support from any of them", false],
];

const SECURITY_COMPLIANCE_RISK: Rows = [
  ["we've got cyber essentials due in november", true],
  ["CE+ renewal is in march and i'm dreading it", true],
  ["our dsp toolkit submission is due next month", true],
  ["gdpr wise we're probably not where we should be", true],
  ["we're small but definitely big enough to be a target", true],
  ["we got cyber essentials in march, first time", undefined],
  ["we're iso 27001 certified and the audits are pretty routine now", undefined],
  ["our contract renewal is in march", undefined],
  ["security wise we're in decent nick", false],
  ["compliance we're ok on", undefined],
];

const TEAM_CAPABLE: Rows = [
  ["honestly none, the lads know their stuff", true],
  ["same team for ten years and they're very good at what they do", true],
  ["the network team is strong but cloud is a gap", true],
  ["skills aren't the problem, it's time", true],
  ["nothing springs to mind, we're solid on the technical side", true],
  ["i wouldn't say there's anything we can't do", true],
  ["between us we hold certs in azure and cisco", true],
  ["our team got us through iso 27001 first time with zero non-conformities", true],
  ["our IT team couldn't set up a printer without a video", false],
  ["the sales team is strong this year", undefined],
];

const IT_STAFF_LEAVING: Rows = [
  ["we had 3 in IT til Sean left in jan", true],
  ["since Mark left in october the role's been open", true],
  ["one of the two left last week so it's just Raj now", true],
  ["3 person IT team and two of them leave in the new year", true],
  ["we lost our second IT person in the restructure", true],
  ["the guy who built our vmware cluster left last year", true],
  ["the last two left inside a year", true],
  ["we're one down since Jess left", true],
  ["we're 2 people down since the restructure", true],
  ["the last two left in the box are broken", undefined],
  ["we're two goals down", undefined],
];

const KNOWLEDGE_RETENTION_CRITICAL: Rows = [
  ["if Ian walked out tomorrow we'd be stuffed, nobody else understands the line systems", true],
  ["it's so bespoke that if that know-how went the whole school would grind to a halt", true],
  ["all of how we work lives in their heads. lose them and we basically lose the business", true],
  ["anyone could pick up our setup in an afternoon", false],
  ["knowledge isn't really a concern, it's all standard saas", false],
  ["the team's knowledge matters but if someone left tomorrow we'd be fine", false],
  ["if the internet went we'd be stuffed", undefined],
];

const RESOURCES_CONSTRAINED: Rows = [
  ["loads we'd like to do but we just don't have the IT muscle", true],
  ["it's the lack of people that really hurts", true],
  ["we've outgrown our 2 IT staff", true],
  ["the business has outgrown the little it team", true],
  ["told to do more with less again this year", true],
  ["there's never anyone free, it just keeps sliding", true],
  ["can't start the new system until we've got someone who understands networking", true],
  ["not enough budget for IT and we're falling behind competitors", true],
  ["we can't grow the online side cos we don't have the know-how", true],
  ["we've outgrown our office", undefined],
];

const WANTS_CONTROL: Rows = [
  ["we want to keep driving it ourselves", true],
  ["the strategy calls stay with us", true],
  ["they run the show, you'd just plug the gaps", true],
  ["we don't want to outsource our brains, just the grunt work", true],
  ["the board wants us owning the roadmap", true],
  ["the partners want IT run by someone else", false],
];

const IT_IS_STRATEGIC: Rows = [
  ["IT here is a differentiator, no question", true],
  ["it's a massive differentiator for us", true],
  ["the tech is our entire edge", true],
  ["IT is part of our pitch to clients", true],
];

const SPECIALIST_NEED_PART_TIME: Rows = [
  ["nobody gets azure tbh, but we'd never keep a full time cloud architect busy", true],
  ["we need someone with SQL skills for a day or two a month", true],
  ["we need 365 governance help, maybe a day a fortnight", true],
  ["we're not big enough to justify a full time cyber person", true],
  ["we'd want a full time security person embedded with us", false],
  ["we don't really need specialists, our stuff is pretty vanilla", false],
  ["we don't need specialists, we need general support", undefined],
];

const RECRUITMENT_DIFFICULTY: Rows = [
  ["had two decent candidates, both took other offers", true],
  ["the role's been open 5 months", true],
  ["tried twice to get a second person in, no luck either time", true],
  ["oh sure, hiring IT people is a breeze", true],
  ["hiring's actually fine for us", false],
  ["the role has been open since monday", undefined],
];

const UNPREDICTABLE_COSTS: Rows = [
  ["we get stung by random hardware failures, never in the budget", true],
  ["costs a fortune some months and nothing the next", true],
  ["costs are boringly predictable", false],
  ["our IT spend is very controllable", false],
];

/** Rows of [reply, the signal just asked about, expected value]. */
const ANSWERS: readonly (readonly [string, SignalName, boolean | undefined])[] = [
  ["no, they've all been here years", "itStaffLeaving", false],
  ["nobody's going anywhere", "itStaffLeaving", false],
  ["yes, the odd day here and there would cover it", "specialistNeedPartTime", true],
];

describe("signals heard in everyday speech (9)", () => {
  const tables: readonly (readonly [SignalName, Rows])[] = [
    ["extraCapacityNeeded", EXTRA_CAPACITY_NEEDED],
    ["itNotDeliveringValue", IT_NOT_DELIVERING_VALUE],
    ["supportInconsistent", SUPPORT_INCONSISTENT],
    ["securityComplianceRisk", SECURITY_COMPLIANCE_RISK],
    ["teamCapable", TEAM_CAPABLE],
    ["itStaffLeaving", IT_STAFF_LEAVING],
    ["knowledgeRetentionCritical", KNOWLEDGE_RETENTION_CRITICAL],
    ["resourcesConstrained", RESOURCES_CONSTRAINED],
    ["wantsControl", WANTS_CONTROL],
    ["itIsStrategic", IT_IS_STRATEGIC],
    ["specialistNeedPartTime", SPECIALIST_NEED_PART_TIME],
    ["recruitmentDifficulty", RECRUITMENT_DIFFICULTY],
    ["unpredictableCosts", UNPREDICTABLE_COSTS],
  ];
  for (const [signal, rows] of tables) {
    it.each(rows)(`${signal}: %s`, (text, expected) => {
      expect(heard(text, signal)).toBe(expected);
    });
  }
  it.each(ANSWERS)("%s (asked about %s) -> %s", (text, signal, expected) => {
    expect(heard(text, signal, signal)).toBe(expected);
  });
});
