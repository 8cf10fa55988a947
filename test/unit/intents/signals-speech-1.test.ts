import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { growthOfRepeats } from "../../support/cpu-time.ts";

/** What one signal reads from a message: true, false, or undefined when the message says nothing. */
const heard = (text: string, signal: SignalName): boolean | undefined =>
  extractSignals(text, { profile: {} })[signal];

/** Rows of [visitor text, the value the signal should take (undefined: not stated)]. */
type Rows = readonly (readonly [string, boolean | undefined])[];

const TEAM_CAPABLE: Rows = [
  ["1,500 employees, IT dept of 18. Team is solid.", true],
  ["Team's solid tbh, just not enough of them", true],
  ["IT team is really capable", true],
  ["we've got an IT team of 8. Very capable. Not stretched at all", true],
  ["3 engineers in our IT team. Really competent, all of them", true],
  ["Our only IT person is brilliant at everything else", true],
  ["our it guy is good at pretty much everything", true],
  ["Team of 2 and they're good, coping but it's tight", true],
  ["team of three and they are v good", true],
  ["Our team is fine, competent, but small", true],
  ["our IT guys are small but very capable", true],
  ["our it lads are friendly and really competent", true],
  ["365, Entra, Intune, all well run by the team", true],
  ["the network is nicely managed by our IT guys", true],
  [
    "it's a small team, 3 of us, we're decent at what we do but patching we never keep on top of",
    true,
  ],
  ["2 of us in IT and we know what we're doing with the servers", true],
  ["I'd call our IT team very capable", true],
  [
    "honestly the team is pretty weak, they're not really competent with anything beyond the basics",
    false,
  ],
  ["our IT guys are a bit rubbish if I'm honest", false],
  ["the IT team's pretty poor", false],
  ["our it manager is mediocre at best", false],
  ["the lads in IT are fine on the basics but honestly I wouldn't call them competent", false],
  [
    "the lads in IT are ok but I wouldn't call them competent with anything beyond resetting passwords",
    false,
  ],
  ["we have 2 IT staff, i'd say they're ok but not brilliant", undefined],
  ["we're 4 in IT and none of us are really up on it", undefined],
  ["the team is weak on security", undefined],
  ["we're weak when it comes to networking", undefined],
  ["we're a small team, good at what we do, but IT is a mess", undefined],
  ["Very good question, how much does it cost?", undefined],
  ["very good, thanks", undefined],
  ["our sales team is really capable", undefined],
  ["the whole office is well run by the team", undefined],
  ["Team of 4. Solid.", true],
  ["our 2 it lads are fab", true],
  ["Our it team? pretty weak if im honest", false],
  ["I wouldn't say our IT lads are very capable", false],
  ["I'm not sure the team is that capable", undefined],
  ["our it team r really capable tbh", true],
  ["tbh the team r pretty weak", false],
];

const RECRUITMENT_DIFFICULTY: Rows = [
  ["the IT team are good at their jobs but we struggle to keep hold of them", true],
  ["we can't hang on to our IT staff, they get poached", true],
  ["it's hard to keep hold of decent engineers round here", true],
  ["hiring a network engineer round here is near impossible", true],
  ["recruiting a decent sysadmin round here is next to impossible", true],
  ["Lost two this year and we still haven't filled either role", true],
  ["we haven't managed to fill the 2nd line post", true],
  ["lost 2 this year and can't replace them", true],
  ["we've had a sysadmin role open for 8 months", true],
  ["honestly recruiting isn't the problem, we can hire fine", false],
  ["hiring's never been an issue for us", false],
  ["recruitment has never really been a problem", false],
  ["finding IT staff is the least of our worries", false],
  ["we can recruit easily enough round here", false],
  ["we struggle to keep them busy in the quiet months", undefined],
  ["we can't keep hold of our customers", undefined],
  ["our team know the systems inside out, we can't replace them", undefined],
  ["we haven't filled in the form yet", undefined],
  ["no issues hiring", false],
  ["recruitings not a problem 4 us", false],
  ["we can hire no probs", false],
];

const SPECIALIST_NEED_PART_TIME: Rows = [
  [
    "none of us really knows security properly. we don't need a full time person for it, just someone a few days a month",
    true,
  ],
  [
    "GDPR and Cyber Essentials are on the list. we'd only need someone for that a few days here and there, not a full time role",
    true,
  ],
  [
    "need someone with proper VMware and storage knowledge but only for the odd project, a full time hire wouldn't make sense for us",
    true,
  ],
  ["we need specialist network skills maybe 2 days a month", true],
  ["nobody here knows network design and we only need it maybe twice a year", true],
  ["We'd need a Teams Phone expert for a few weeks, not forever", true],
  ["we don't need a full-time security person", true],
  ["we'd want a Hyper-V expert once or twice a year", true],
  ["could do with a SharePoint specialist for a couple of months, not permanently", true],
  ["we can't justify a dedicated hire for firewall work but we need the expertise", true],
  ["we need a full time security person", undefined],
  ["we need help with security", undefined],
  ["the server falls over a few times a month", undefined],
  ["our IT guy works 3 days a week", undefined],
  ["security is a worry. we need the printers fixed a few times a month", undefined],
  ["we need design help now and then", undefined],
  ["need an azure guru for the odd day", true],
  ["we don't need a security expert at all", undefined],
  ["dont need a full time security person, just someone a cpl of days a month", true],
];

const KNOWLEDGE_RETENTION_CRITICAL: Rows = [
  ["The knowledge in the team's heads about our plant systems is critical", true],
  ["the know-how in their heads about the production kit is vital", true],
  ["their knowledge of how everything fits together is vital to us", true],
  ["Losing what's in his head would be a disaster", true],
  ["losing what she knows would cripple us", true],
  [
    "the whole team knows our processes and the systems history. Losing that would cripple us",
    true,
  ],
  ["what she knows about our systems we can't afford to lose", true],
  ["15 years of undocumented setup only they understand", true],
  ["it's all undocumented and nobody else understands it", true],
  ["knowledge of cyber security is critical these days", undefined],
  ["losing that contract would be a disaster", undefined],
  ["we need someone with knowledge of Azure", undefined],
  ["the network is undocumented and nobody knows how it works", undefined],
  ["we can't afford to lose", undefined],
  ["if she leaves, losing what she knows would sink us", true],
  ["their knowledge isn't critical, our setup is standard", false],
  ["the knowledge in the guys heads is critical", true],
];

const WANTS_CONTROL: Rows = [
  ["we've just hired our first IT manager and want to bring strategy in-house", true],
  ["we want to keep strategy but hand the service desk to someone", true],
  ["we'd like to take back control of IT", true],
  ["keep the lights on but hand over the helpdesk", undefined],
  ["we'd rather someone else just took the whole IT thing off our hands", false],
  ["would love someone to take the IT side off our plate", false],
  ["honestly don't want to be running IT ourselves", false],
  ["we don't want to be managing the IT any more", false],
  ["we're sick of running IT in house", false],
  ["we want to keep strategy with our head of IT, she's key", true],
  ["strategy should stay with our IT manager", true],
  ["We want to keep the roadmap and decisions in-house", true],
  ["strategy and roadmap are ours and we're keeping it that way", true],
  ["the roadmap is ours to set", true],
  ["we'd keep direction and priorities with our own team", true],
  ["we struggle to keep hold of them", undefined],
  ["it's hard to keep hold of good staff", undefined],
  ["take the helpdesk off our hands for a bit", undefined],
  ["the decision is ours", undefined],
  ["rather someone else dealt with the whole lot", false],
  ["IT strategy stays with me", true],
  ["the decisions on IT are ours to make", true],
  ["I'm not sure we want to keep strategy in house", undefined],
  ["we'd rather someone else did that bit", undefined],
  ["wed rather some1 else took the whole IT thing off our hands", false],
];

const IT_IS_STRATEGIC: Rows = [
  ["IT is a big part of how we compete so it matters to us", true],
  ["tech is central to how we win work", true],
  ["IT is definitely strategic for us", true],
  ["our online booking platform is how we win business", true],
  ["IT is how we compete", true],
  ["technology's key to how we win clients", true],
  ["hmm, I'd say IT's more of a utility for us really, not strategic", false],
  ["on reflection it's more a utility than a differentiator for us", false],
  ["tech is more of a cost centre for us", false],
  ["IT isn't strategic for us", false],
  ["we're not very strategic about IT, we just firefight", undefined],
  ["our booking platform is down again", undefined],
  ["it's more of a worry than anything", undefined],
  ["IT isn't really how we compete", false],
  ["its more of a utility 4 us", false],
];

const IT_STAFF_LEAVING: Rows = [
  ["our entire IT team of 3 is leaving in June and we won't replace them", true],
  ["the whole IT department has resigned", true],
  ["our whole IT team is not leaving, thankfully", undefined],
  ["we've had a sysadmin role open for 8 months", true],
  ["the IT manager post has been empty since March", true],
  ["our IT manager retired at christmas and wasn't replaced", true],
  ["Bob retired at Christmas and was never replaced", true],
  ["Our sysadmin handed his notice in on Friday", true],
  ["we've got one IT bloke who's leaving in September", true],
  ["Bob, our IT guy, retired last month", true],
  ["our it guy, that's been with us 10 years, is retiring in June", true],
  ["we're haemorrhaging IT people", true],
  ["7 in IT and we keep losing good people", true],
  ["Lost two this year and we still haven't filled either role", true],
  ["wait, it's just Sam now - the other lad left last month", true],
  ["the person who did our IT left in June and we've had nobody since", true],
  ["We had our one IT person leave last month", true],
  ["Nobody knows how the server works now he's gone", true],
  ["update: we've now lost our second guy", true],
  ["Our second line engineer left in May and we still haven't replaced her", true],
  ["It's been empty since our last guy left in January", true],
  ["high staff turnover in the IT team", true],
  ["we lost two clients this year", undefined],
  ["the other lad left the meeting early", undefined],
  ["we'd hate to lose our IT guy", undefined],
  ["if he retires we'd be stuck", undefined],
  ["nobody in IT is leaving", false],
  ["we're opening a new role for a sysadmin, open since March", undefined],
  ["ppl keep leaving the it team", true],
  ["our it guy leaves end of month", true],
  ["our IT guy left years ago and we replaced him", undefined],
  ["our it guy is leavin in sept", true],
  ["he's leaving the meeting early", undefined],
  ["staff turnover is high across the company, it's a retail thing", undefined],
];

const cases: Record<string, { signal: SignalName; rows: Rows }> = {
  teamCapable: { signal: "teamCapable", rows: TEAM_CAPABLE },
  recruitmentDifficulty: { signal: "recruitmentDifficulty", rows: RECRUITMENT_DIFFICULTY },
  specialistNeedPartTime: { signal: "specialistNeedPartTime", rows: SPECIALIST_NEED_PART_TIME },
  knowledgeRetentionCritical: {
    signal: "knowledgeRetentionCritical",
    rows: KNOWLEDGE_RETENTION_CRITICAL,
  },
  wantsControl: { signal: "wantsControl", rows: WANTS_CONTROL },
  itIsStrategic: { signal: "itIsStrategic", rows: IT_IS_STRATEGIC },
  itStaffLeaving: { signal: "itStaffLeaving", rows: IT_STAFF_LEAVING },
};

describe("signals heard in everyday speech (batch 1)", () => {
  for (const [name, { signal, rows }] of Object.entries(cases)) {
    describe(name, () => {
      it.each(rows)("%s -> %s", (text, expected) => {
        expect(heard(text, signal)).toBe(expected);
      });
    });
  }

  it.each([
    ["the knowledge in the team's heads about our ", 400],
    ["we struggle to keep hold of them, ", 300],
    ["our it guy, that is ", 500],
    ["strategy and roadmap and decisions, ", 300],
    ["very very ", 1000],
    ["lost two this year and ", 300],
  ] as const)("reads %j repeated in linear time (no regex blow-up)", (unit, count) => {
    const growth = growthOfRepeats(unit, count, (text) => extractSignals(text, { profile: {} }));
    expect(growth).toBeLessThan(8);
  });
});
