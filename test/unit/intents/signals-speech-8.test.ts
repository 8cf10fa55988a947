import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { correctTypos } from "../../../intents/extract/typos.ts";

/** What one signal reads from a message (typos mended first, as in the pipeline). */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(correctTypos(text), { profile: {} })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const IT_STAFF_LEAVING: Rows = [
  // a vacancy counts as a seat someone left
  ["we've had a 2nd line role open since feb, no decent applicants", true],
  ["our vacant 1st line post has been readvertised twice", true],
  ["the network lead seat (infra) has been vacant since sept", true],
  ["the sales role has been open since feb", undefined],
  // counted departures
  ["IT was 4 at christmas, 2 have gone since", true],
  ["our it team was 5 but two left over the summer and the posts are frozen", true],
  ["there's 30 of us, two left last week", undefined],
  ["we're 40 staff, both left in the spring. neither was IT", undefined],
  // named departures
  ["we had a lad in IT, Sean, he went in March and nobody's touched the server since", true],
  ["two lads in IT, well one now since Ciaran went back to Galway in the summer", true],
  ["correction, Tom left on friday so it's just me in IT now", true],
  ["patching has been a shambles since Priya left in the spring", true],
  ["our head of infra leaves end of month", true],
  ["lost 3 engineers to the private sector this year", true],
  ["I retire next year and nobody's lined up to replace me", true],
  ["the backfill for the network role still hasn't happened", true],
  ["nah he's going nowhere", false],
];

const TEAM_CAPABLE: Rows = [
  ["7 of us in IT and the lads are shit hot, honestly", true],
  ["IT is a team of four and they're the best we've ever had", true],
  ["Team is very hardworking and competent", true],
  ["180 staff, 2 technicians who are fab but cyber is beyond them", true],
  ["care home, 1 IT lass who's brilliant but knackered", true],
  ["one technician, Mr Jones, who's great but can't do it all", true],
  ["IT team of 3 who I rate highly", true],
  ["2 IT persons, both are good only", true],
  ["the ones we have are good tho, our IT is half agency", true],
  ["the 6 of us between us know azure, intune, networking, the lot", true],
  ["we need engineers who are good", undefined],
  ["we need 2 technicians who are reliable", undefined],
  ["between them they've got everything covered", undefined],
];

const WANTS_CONTROL: Rows = [
  ["no intention of outsourcing the strategy, that stays with me", true],
  ["we'd never hand our IT strategy to a third party", true],
  ["the roadmap stays with us, full stop", true],
  ["I'm keeping the reins on IT direction", true],
  ["our own IT team of 4 and we want it to stay that way, they call the shots", true],
  ["the ecommerce platform is ours and staying ours", undefined],
  ["happy to give the lot away to someone", false],
  ["we'd be glad to let someone else deal with it", false],
  ["we'd rather someone else had the headache", false],
  ["I don't want to be in charge of IT, I want someone who'll just take it on", false],
  ["the data stays with us", undefined],
  ["the client calls the shots on deadlines", undefined],
];

const IT_IS_STRATEGIC: Rows = [
  ["our tracking tech is what wins us contracts", true],
  ["our matching platform is how we beat the other agencies", true],
  ["fintech, the product IS the tech", true],
  ["for us IT kind of is the product", true],
  ["customer service is what wins us contracts", undefined],
];

const RECRUITMENT_DIFFICULTY: Rows = [
  ["aye we've three IT folk, cannae get a fourth for love nor money", true],
  ["can't find a decent sysadmin for toffee round here", true],
  ["we couldn't replace either of them", true],
  ["replacing them on council salaries is close to impossible", true],
  ["the market's mental for anyone who knows vmware", true],
  ["can't get parts for love nor money", undefined],
];

const IT_NOT_DELIVERING_VALUE: Rows = [
  ["we pay for our own IT team and I'm not sure we get our money's worth anymore", true],
  ["we don't get our money's worth out of the IT department", true],
  ["in-house just doesn't stack up anymore", true],
  ["keeping it in house no longer makes sense", true],
  ["we get our money's worth from our team, no complaints", false],
  ["not sure we get our money's worth from the msp", undefined],
];

const SUPPORT_INCONSISTENT: Rows = [
  ["if Kev's in you get sorted in 5 mins, if he's off you're stuffed", true],
  ["if Sam is around it's fine, if she's on holiday good luck", true],
  ["whether you get a fix depends who picks it up", true],
  ["it's all over the place depending on whether he picks up", true],
  ["never the same engineer twice", true],
  ["it's pot luck whether they know what they're doing", true],
  ["the IT is wonderful. when the one lad who understands it is actually in", true],
  ["if it is in stock we buy it, if it is off the shelf we wait", undefined],
];

const SECURITY_COMPLIANCE_RISK: Rows = [
  ["the DfE cyber standards are a thing and we're miles off", true],
  ["no security depth and the insurers are circling", true],
  ["the SRA keeps banging on about cyber", true],
  ["the data protection stuff, none of us get it and it terrifies me", true],
  ["we're miles off our sales target", undefined],
];

const OTHERS: readonly (readonly [string, SignalName, boolean | undefined])[] = [
  ["it's clearly holding us back, there just isn't enough of him", "resourcesConstrained", true],
  ["the IT costs are a nightmare to budget", "unpredictableCosts", true],
  [
    "break fix, it's all over the place depending on whether he picks up",
    "unpredictableCosts",
    undefined,
  ],
  [
    "all the knowledge of how our systems hang together would walk out the door with them",
    "knowledgeRetentionCritical",
    true,
  ],
  ["a big records migration in may and no spare hands to do it", "extraCapacityNeeded", true],
  ["a datacentre exit next year and we're already flat out with BAU", "extraCapacityNeeded", true],
  ["for the cloud move we had to get temps in", "extraCapacityNeeded", true],
  ["the move went fine, we had no spare hands but coped", "extraCapacityNeeded", undefined],
  [
    "nobody here knows how to tune the SIEM, it's a couple of days a month at most",
    "specialistNeedPartTime",
    true,
  ],
  [
    "nobody here knows, it's a couple of days a week we're open",
    "specialistNeedPartTime",
    undefined,
  ],
  [
    "way too much rides on Kev, he's the only one with the firewall admin creds",
    "singlePersonDependency",
    true,
  ],
  ["the one lad who understands it is never in", "singlePersonDependency", true],
  ["too much rides on this contract", "singlePersonDependency", undefined],
  ["it all hinges on timing", "singlePersonDependency", undefined],
];

describe("signals heard in everyday speech (8)", () => {
  const tables: readonly (readonly [SignalName, Rows])[] = [
    ["itStaffLeaving", IT_STAFF_LEAVING],
    ["teamCapable", TEAM_CAPABLE],
    ["wantsControl", WANTS_CONTROL],
    ["itIsStrategic", IT_IS_STRATEGIC],
    ["recruitmentDifficulty", RECRUITMENT_DIFFICULTY],
    ["itNotDeliveringValue", IT_NOT_DELIVERING_VALUE],
    ["supportInconsistent", SUPPORT_INCONSISTENT],
    ["securityComplianceRisk", SECURITY_COMPLIANCE_RISK],
  ];
  for (const [signal, rows] of tables) {
    it.each(rows)(`${signal}: %s`, (text, expected) => {
      expect(heard(text, signal)).toBe(expected);
    });
  }
  it.each(OTHERS)("%s -> %s", (text, signal, expected) => {
    expect(heard(text, signal)).toBe(expected);
  });
});
