import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";

/** What one signal reads from a message: true, false, or undefined when the message says nothing. */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(text, { profile: {} })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const TEAM_CAPABLE: Rows = [
  // "they", "she", "we" with the team named a sentence before
  ["IT team of 5 under our head of IT. They're really solid, just stretched.", true],
  [
    "our one tech, Priya, looks after both sites. she's brilliant but she can't be everywhere",
    true,
  ],
  ["1x IT guy for 60 staff. he's great at what he does tbh", true],
  ["we've got 3 in IT. honestly they're great but recruiting is a pain", true],
  ["there are 2 IT staff. they're nice but not very capable if i'm honest", false],
  ["we had an msp before. they were good but expensive", undefined],
  ["IT team of 4. they're good for now, thanks", undefined],
  ["we have 2 IT staff, they're ok but not brilliant", undefined],
  // "we" said by the IT people
  ["I head up IT, team of 6. we're capable but can't keep up with projects", true],
  ["there's 2 of us in IT for 80 staff, we're sound on the day to day but cloud is new", true],
  ["IT team is 9 incl me. we're a solid bunch", true],
  ["IT team is 9 incl me. we're not a capable bunch if I'm honest", false],
  ["we're good for now thanks", undefined],
  // a possessive team, "lads who are good", praise put first
  ["IT is a team of three led by Karen. Karen's team are good but worn out", true],
  ["IT is two lads who are really good but stretched thin", true],
  ["IT's 3 lads, good workers they are", true],
  // "we've got a great team", "the team handled it brilliantly"
  ["we've got a great team, but we can't find a network engineer anywhere", true],
  ["the team I inherited runs the ERP, Intune and the phones really well", true],
  ["our team handled the Intune rollout brilliantly last year", true],
  ["if we had a great team we'd not be talking to you", undefined],
  ["honestly no gaps, the team covers everything we need", true],
  // out of their depth
  ["nice people in IT but out of their depth with anything beyond password resets", false],
  ["he tries hard but he's out of his depth with the servers", false],
  ["worried he'd be out of his depth if we moved to Azure", undefined],
  // not praise of the team
  ["any half-decent tech could pick our setup up in a week", undefined],
  ["recruitment is easy here, plenty of good techs around", undefined],
  ["I'd rather hand it to someone who knows what they're doing", undefined],
  ["support from our IT team is consistently good, whoever picks up", undefined],
  ["team of four. two are excellent, the other two I'm less sure about", undefined],
  ["their backups are a mess, they don't know what they're doing there", undefined],
  ["our team's good at the day job, it's projects we need help with", true],
];

const RECRUITMENT_DIFFICULTY: Rows = [
  ["replacing the network engineer who left has taken 9 months and counting", true],
  ["finding the next one takes months every time", true],
  ["it takes us 6 months to fill the post whenever someone leaves", true],
  ["hiring our last tech took 3 weeks", undefined],
  ["it would take months to replace him", undefined],
  [
    "we still haven't replaced him, the salary we can offer is a joke next to the private sector",
    true,
  ],
  ["the pay we can offer is laughable compared with the going rate for engineers", true],
  ["the salary is a joke", undefined],
  ["good luck recruiting anyone on council pay", true],
  ["good luck hiring a sysadmin round here", true],
  ["40 applicants and not one could do the job", true],
  ["we interviewed six candidates and none of them could do it", true],
  ["everyone says it's impossible to find one round here, an IT person I mean", true],
  ["impossible to find one that fits in the cupboard", undefined],
];

const KNOWLEDGE_RETENTION_CRITICAL: Rows = [
  ["what the team knows about our systems is vital to us", true],
  ["honestly what our guys know about the ERP is priceless", true],
  ["what she knows about the finance system would be irreplaceable", true],
  ["what we know about Azure is critical", undefined],
  ["all the quirks of the ERP live in her head. we absolutely can't lose that", true],
  ["he's the one who understands the MES. we can't afford to lose him", true],
  ["we can't lose that contract", undefined],
  ["the team's knowledge of our on-prem kit is what keeps us running", true],
  [
    "nobody else understands how it all fits together and that knowledge is the business really",
    true,
  ],
  ["if they go, the knowledge goes with them", true],
  ["the know-how walks out the door with him when he retires", true],
  ["m365 I know inside out, networking is where I fall down", undefined],
  ["they know the servers and backups back to front, fine there", undefined],
  ["our lads know our kit inside out, no real gaps", undefined],
  ["she knows the ERP inside out and we can't lose that", true],
];

const WANTS_CONTROL: Rows = [
  ["we want to keep our own techs and the strategy in-house", true],
  ["keep the helpdesk and the strategy in house, bring in specialists for projects", true],
  ["we'd want to keep our own direction whatever happens", true],
  ["we need to keep the strategy simple", undefined],
  ["the strategic stuff we want to keep ourselves", true],
  ["the roadmap we'd like to keep in house", true],
  ["he's very good and we want to keep him in charge", true],
  ["keep the IT team in the driving seat, just add cover out of hours", true],
  ["the MES is our edge so we want to keep that in-house", true],
  ["keeping that in-house knowledge matters to us", undefined],
  ["I don't want to think about IT, someone else can own it", false],
  ["someone else can run it, we just want it to work", false],
  ["someone else can own the strategy", undefined],
];

const IT_IS_STRATEGIC: Rows = [
  ["the owner sees IT as a cost and won't fund anything", false],
  ["the board views tech as an overhead", false],
  ["the board sees IT as a differentiator", true],
  ["our MD treats technology as strategic", true],
  ["he doesn't see IT as a cost", undefined],
  ["our in-store tech is a big part of why customers come back", true],
  ["IT is what makes us competitive", true],
  ["IT isn't really what we compete on, more of a utility", false],
  ["honestly it isn't a strategic thing for us, its plumbing", false],
  ["its just a utility for us tbh, like the electric", false],
  ["our MD says IT is 'just the plumbing' and he's right", false],
  ["its strategic for us and we can't lose the team's knowledge", true],
  ["its strategy needs work", undefined],
  ["we're a construction firm, not a tech company", false],
  ["we're a haulage firm not a software business", false],
];

const IT_STAFF_LEAVING: Rows = [
  ["now it's just Mo since Ellie left and we can't afford to replace her", true],
  ["there's 2 of us, used to be 3 but Jen left in the summer", true],
  ["down from 4 in IT since Raj left in May", true],
  ["since the other guy left he's been on call every weekend", true],
  ["she's been covering on her own since her colleague left", true],
  ["he's on his own since his co-workers left in the spring", true],
  ["we had an IT person till 2022 but he went part time and then left", true],
  ["replacing the infrastructure engineer who left has taken months", true],
  ["our sysadmin put in his two weeks' notice on Friday", true],
  ["last two IT managers left within a year each", true],
  ["we have 3 IT staff and 1 of them is leaving at xmas", true],
  ["sorry 3, one left last week", true],
  ["we've only got one left in stock", undefined],
  ["since the customers left the office has been quiet", undefined],
  ["we went to the site and then left", undefined],
  ["if one of them is leaving we'd be stuck", undefined],
];

const SPECIALIST_NEED_PART_TIME: Rows = [
  ["we need someone who knows secuirty a few days a month, cant justify a full timer", true],
];

const TABLES: readonly (readonly [SignalName, Rows])[] = [
  ["teamCapable", TEAM_CAPABLE],
  ["recruitmentDifficulty", RECRUITMENT_DIFFICULTY],
  ["knowledgeRetentionCritical", KNOWLEDGE_RETENTION_CRITICAL],
  ["wantsControl", WANTS_CONTROL],
  ["itIsStrategic", IT_IS_STRATEGIC],
  ["itStaffLeaving", IT_STAFF_LEAVING],
  ["specialistNeedPartTime", SPECIALIST_NEED_PART_TIME],
];

describe("signals said in passing: pronouns, names and fronted phrases", () => {
  for (const [signal, rows] of TABLES) {
    describe(signal, () => {
      it.each(rows)("%s -> %s", (text, expected) => {
        expect(heard(text, signal)).toBe(expected);
      });
    });
  }
});
