import { describe, expect, it } from "vitest";
import type { SignalName } from "../../../src/core/profile/index.ts";
import { extractSignals } from "../../../intents/extract/signals.ts";
import type { ExtractContext } from "../../../intents/extract/types.ts";
import { extractBurnout } from "../../../intents/extract/burnout.ts";
import { extractSkills } from "../../../intents/extract/skills.ts";
import { NO_SIGNAL_PHRASINGS, SIGNAL_PHRASINGS } from "./fixtures/signal-phrasings.ts";
import { VISITOR_BATCHES } from "./fixtures/visitor-batches.ts";
import { BURNOUT_SIGNAL_BATCH } from "./fixtures/burnout-signal-batch.ts";
import { extractFacts } from "../../../intents/extract/index.ts";
import { growthOfRepeats, growthOnFourfoldInput } from "../../support/cpu-time.ts";

type Said = Partial<Record<SignalName, boolean>>;

const ctx = (extra: Partial<ExtractContext> = {}): ExtractContext => ({ profile: {}, ...extra });
const read = (text: string, extra: Partial<ExtractContext> = {}): Said =>
  extractSignals(text, ctx(extra));

/** Each phrase states exactly the signals listed, nothing more. */
const STATED: Record<SignalName, readonly (readonly [string, Said])[]> = {
  teamCapable: [
    ["our guys are good but they can't do everything", { teamCapable: true }],
    ["we've got a solid team in house", { teamCapable: true }],
    ["Our IT manager is brilliant, honestly", { teamCapable: true }],
    ["the in-house team are very capable", { teamCapable: true }],
    ["we have a small but mighty IT team", { teamCapable: true }],
    ["they really know their stuff", { teamCapable: true }],
    ["our two engineers do a great job", { teamCapable: true }],
    ["I trust our IT team completely", { teamCapable: true }],
    ["a highly skilled team of three", { teamCapable: true }],
    ["our IT people aren't very capable, if I'm honest", { teamCapable: false }],
    ["our IT guy is a bit out of his depth", { teamCapable: false }],
    ["the team is quite junior", { teamCapable: false }],
    ["I wouldn't say our team is strong", { teamCapable: false }],
  ],
  singlePersonDependency: [
    ["only Dave knows how anything works", { singlePersonDependency: true }],
    ["if she gets hit by a bus we're in trouble", { singlePersonDependency: true }],
    ["key person risk is a real thing for us", { singlePersonDependency: true }],
    ["one IT guy does everything", { singlePersonDependency: true }],
    ["we rely entirely on one person for IT", { singlePersonDependency: true }],
    ["it's a one-man band really", { singlePersonDependency: true }],
    ["all the knowledge is in his head", { singlePersonDependency: true }],
    ["nobody else knows the admin passwords", { singlePersonDependency: true }],
    ["if Steve ever left we'd be stuffed", { singlePersonDependency: true }],
    ["we'd be lost without her", { singlePersonDependency: true }],
    ["he's the only one who understands the network", { singlePersonDependency: true }],
    ["everything rests on his shoulders", { singlePersonDependency: true }],
    ["our IT guy is a single point of failure", { singlePersonDependency: true }],
    ["the knowledge is spread across the team", { singlePersonDependency: false }],
    ["we don't rely on one person, they cover each other", { singlePersonDependency: false }],
  ],
  recruitmentDifficulty: [
    ["we can't hire", { recruitmentDifficulty: true }],
    ["we advertised and nobody applies", { recruitmentDifficulty: true }],
    ["the vacancy has been open for months", { recruitmentDifficulty: true, itStaffLeaving: true }],
    ["we can't find decent IT people round here", { recruitmentDifficulty: true }],
    ["IT salaries are crazy at the moment", { recruitmentDifficulty: true }],
    ["recruiting IT staff has been a nightmare", { recruitmentDifficulty: true }],
    ["we struggle to attract good engineers", { recruitmentDifficulty: true }],
    ["we got hardly any applicants last time", { recruitmentDifficulty: true }],
    ["we can't compete with the big firms on salary", { recruitmentDifficulty: true }],
    ["there's a real skills shortage in our area", { recruitmentDifficulty: true }],
    ["it's really hard to find good sysadmins", { recruitmentDifficulty: true }],
    ["we have no trouble hiring", { recruitmentDifficulty: false }],
    ["recruitment has been pretty easy for us", { recruitmentDifficulty: false }],
    ["hiring isn't hard for us", { recruitmentDifficulty: false }],
  ],
  specialistNeedPartTime: [
    ["we need a security expert but not full time", { specialistNeedPartTime: true }],
    ["we only need a network person now and then", { specialistNeedPartTime: true }],
    ["we'd use an Azure specialist for the odd project", { specialistNeedPartTime: true }],
    [
      "we can't justify a full-time security person but we need the expertise",
      { specialistNeedPartTime: true },
    ],
    ["we need cloud expertise occasionally", { specialistNeedPartTime: true }],
    ["a fractional CTO would suit us", { specialistNeedPartTime: true }],
  ],
  knowledgeRetentionCritical: [
    [
      "our team knows our systems inside out and we can't lose that",
      { knowledgeRetentionCritical: true },
    ],
    ["he has years of knowledge about our bespoke setup", { knowledgeRetentionCritical: true }],
    ["that institutional knowledge is critical to us", { knowledgeRetentionCritical: true }],
    ["she knows the ERP like the back of her hand", { knowledgeRetentionCritical: true }],
    ["their knowledge of our processes is irreplaceable", { knowledgeRetentionCritical: true }],
    ["we want to keep that knowledge in house", { knowledgeRetentionCritical: true }],
    ["our setup is pretty standard, nothing special", { knowledgeRetentionCritical: false }],
  ],
  wantsControl: [
    ["we want to keep control", { wantsControl: true }],
    ["we'd like to stay in the driving seat", { wantsControl: true }],
    ["we'd prefer to keep strategy in-house", { wantsControl: true }],
    ["I want to make the decisions myself", { wantsControl: true }],
    ["we don't want to give up control", { wantsControl: true }],
    ["keeping control matters to us", { wantsControl: true }],
    ["I'd rather hand it all over", { wantsControl: false }],
    ["just want someone else to deal with it", { wantsControl: false }],
    ["we don't want to manage IT at all", { wantsControl: false }],
    ["we want to outsource everything", { wantsControl: false }],
    ["ideally you'd take it all off our hands", { wantsControl: false }],
    ["we're not bothered about control", { wantsControl: false }],
    ["happy for you to take over everything", { wantsControl: false }],
  ],
  itIsStrategic: [
    ["IT is core to what we sell", { itIsStrategic: true }],
    ["technology is our competitive advantage", { itIsStrategic: true }],
    ["we're a software company", { itIsStrategic: true }],
    ["our platform is what sets us apart from competitors", { itIsStrategic: true }],
    ["IT is just a utility for us", { itIsStrategic: false }],
    ["IT is not core to our business", { itIsStrategic: false }],
    ["we just need things to work", { itIsStrategic: false }],
    ["we're not a tech company", { itIsStrategic: false }],
    ["for us tech is only a means to an end", { itIsStrategic: false }],
  ],
  itNotDeliveringValue: [
    ["IT isn't adding value", { itNotDeliveringValue: true }],
    ["we pay a lot and get little", { itNotDeliveringValue: true }],
    ["we're not getting value for money from the in-house team", { itNotDeliveringValue: true }],
    ["our IT department is a money pit", { itNotDeliveringValue: true }],
    [
      "the internal team costs a fortune and we see very little for it",
      { itNotDeliveringValue: true },
    ],
    ["our IT team adds a lot of value", { itNotDeliveringValue: false }],
  ],
  resourcesConstrained: [
    ["IT is holding us back", { resourcesConstrained: true }],
    ["we lack the resources", { resourcesConstrained: true }],
    ["we can't grow because of IT", { resourcesConstrained: true }],
    ["we're badly under-resourced", { resourcesConstrained: true }],
    ["projects keep getting pushed back", { resourcesConstrained: true }],
    ["limited IT capacity is a real bottleneck", { resourcesConstrained: true }],
    ["we just don't have the bandwidth", { resourcesConstrained: true }],
    ["IT isn't holding us back", { resourcesConstrained: false }],
    ["we have plenty of capacity", { resourcesConstrained: false }],
  ],
  supportInconsistent: [
    ["support depends on who's in", { supportInconsistent: true }],
    ["the support is patchy", { supportInconsistent: true }],
    ["IT support is hit and miss", { supportInconsistent: true }],
    ["when he's on holiday nothing gets fixed", { supportInconsistent: true }],
    ["if she's off sick, tickets just pile up", { supportInconsistent: true }],
    ["our current provider is really inconsistent", { supportInconsistent: true }],
    ["things fall through the cracks", { supportInconsistent: true }],
    ["support is very consistent", { supportInconsistent: false }],
  ],
  securityComplianceRisk: [
    ["worried about ransomware", { securityComplianceRisk: true }],
    ["we have an audit coming", { securityComplianceRisk: true }],
    ["our insurance is asking about MFA", { securityComplianceRisk: true }],
    ["compliance keeps me up at night", { securityComplianceRisk: true }],
    ["we got phished last month", { securityComplianceRisk: true }],
    ["cyber security is a growing concern for the board", { securityComplianceRisk: true }],
    ["clients are demanding Cyber Essentials", { securityComplianceRisk: true }],
    ["we feel very exposed", { securityComplianceRisk: true }],
    ["someone in accounts clicked a dodgy link", { securityComplianceRisk: true }],
    ["we're behind on patching", { securityComplianceRisk: true }],
    ["we need to get ISO 27001 this year", { securityComplianceRisk: true }],
    ["we're not worried about security", { securityComplianceRisk: false }],
    ["security is well covered", { securityComplianceRisk: false }],
  ],
  unpredictableCosts: [
    ["IT costs are all over the place", { unpredictableCosts: true }],
    ["we keep getting surprise bills", { unpredictableCosts: true }],
    ["we can't budget", { unpredictableCosts: true }],
    ["it's impossible to budget for IT properly", { unpredictableCosts: true }],
    ["our IT spend is unpredictable", { unpredictableCosts: true }],
    ["break-fix is killing us, the bills add up", { unpredictableCosts: true }],
    ["we'd like a fixed monthly cost", { unpredictableCosts: true }],
    ["costs are predictable", { unpredictableCosts: false }],
    ["our IT spend is pretty stable", { unpredictableCosts: false }],
  ],
  extraCapacityNeeded: [
    ["we have an office move next year", { extraCapacityNeeded: true }],
    ["we're migrating to the cloud", { extraCapacityNeeded: true }],
    ["there's a big project coming up", { extraCapacityNeeded: true }],
    ["peak season is brutal", { extraCapacityNeeded: true }],
    ["we're opening a second site in March", { extraCapacityNeeded: true }],
    ["we've got a Windows 11 rollout planned", { extraCapacityNeeded: true }],
    ["we need an extra pair of hands for the migration", { extraCapacityNeeded: true }],
    ["no big projects planned", { extraCapacityNeeded: false }],
  ],
  itStaffLeaving: [
    ["our IT guy is leaving", { itStaffLeaving: true }],
    ["he's handed in his notice", { itStaffLeaving: true }],
    ["our IT manager is retiring next year", { itStaffLeaving: true }],
    ["our sysadmin left last month", { itStaffLeaving: true }],
    ["the role is vacant at the moment", { itStaffLeaving: true }],
    ["Dave is leaving in June", { itStaffLeaving: true }],
    ["we've just lost our IT manager", { itStaffLeaving: true }],
    ["one of our IT guys has resigned", { itStaffLeaving: true }],
    ["she's not going anywhere", { itStaffLeaving: false }],
  ],
};

/** Things visitors say that state no signal at all. */
const NOTHING: readonly string[] = [
  "hi there",
  "we have 80 employees",
  "what happens when our IT person leaves?",
  "what if our IT guy leaves",
  "can you help with a cloud migration project",
  "do you provide extra capacity for busy periods",
  "can you help if we can't recruit IT staff?",
  "how do you reduce dependency on one person",
  "how can you help an overloaded IT person?",
  "is it safe to give you admin access?",
  "who keeps control with co-managed?",
  "nobody knows security",
  "we're weak on networking",
  "we're worried about job security",
  "our IT guy might leave at some point",
  "I'm worried he'll quit",
  "what does co-managed cost per user",
  "our team is good at networking",
  "we need a good IT team",
  "we use Azure and Microsoft 365",
  "the wifi is patchy in the warehouse",
  "we moved to the cloud last year",
  "we're a 20-person charity",
  "our clients need reliable IT",
  "keep costs under control",
  "tell me about your SLAs",
  "he left the door open",
  "our budget is tight",
  "the team is busy",
];

describe("extractSignals", () => {
  for (const [signal, cases] of Object.entries(STATED)) {
    describe(signal, () => {
      it.each(cases)("%s", (text, expected) => {
        expect(read(text)).toEqual(expected);
      });
    });
  }

  it.each(NOTHING)("states nothing: %s", (text) => {
    expect(read(text)).toEqual({});
  });

  describe("wider phrasings", () => {
    for (const [text, said, expecting] of SIGNAL_PHRASINGS) {
      it(text, () => {
        expect(read(text, { expecting })).toEqual(said);
      });
    }
    it.each(NO_SIGNAL_PHRASINGS)("states nothing: %s", (text) => {
      expect(read(text)).toEqual({});
    });
  });

  it("reads several signals from one message", () => {
    expect(
      read(
        "Our guys are good, but only Dave knows the network and he's retiring. We also can't hire.",
      ),
    ).toEqual({
      teamCapable: true,
      singlePersonDependency: true,
      itStaffLeaving: true,
      recruitmentDifficulty: true,
    });
  });

  it("keeps the statement before a question", () => {
    expect(read("our IT manager just resigned, can you help?")).toEqual({ itStaffLeaving: true });
  });

  it("lets the later of two contradictory statements win", () => {
    expect(read("we used to want control. Now I'd rather hand it all over.")).toEqual({
      wantsControl: false,
    });
  });

  it("accepts shorter answers just after the advisor asked about a signal", () => {
    expect(read("keep it in house", { expecting: "signals.wantsControl" })).toEqual({
      wantsControl: true,
    });
    expect(read("they're great", { expecting: "signals.teamCapable" })).toEqual({
      teamCapable: true,
    });
    expect(read("they're great")).toEqual({});
  });

  it("never throws on odd input", () => {
    for (const text of ["", "   ", "?!?!", "\u0000", "a".repeat(5000), "not ".repeat(2000)]) {
      expect(() => read(text)).not.toThrow();
    }
  });

  it.each([
    ["our it guy is not really good at security and backups but the team is ", 60],
    ["only ", 1500],
    ["we can't hire, nobody applies, only dave knows, costs are all over the place; ", 50],
    ["security, ", 600],
  ] as const)("reads %j repeated in linear time (no regex blow-up)", (unit, count) => {
    const growth = growthOfRepeats(unit, count, (text) => read(text));
    expect(growth).toBeLessThan(8);
  });
});

describe("fresh visitor batches: skills, burnout and signals together", () => {
  it.each(VISITOR_BATCHES)("%s", (text, stated) => {
    const skills = extractSkills(text, ctx());
    const areas = [...(skills?.replace ?? []), ...(skills?.add ?? [])].sort();
    expect(areas).toEqual([...(stated.skills ?? [])].sort());
    expect(skills?.replace?.length === 0).toBe(stated.noGaps === true);
    expect(extractBurnout(text, ctx())).toBe(stated.burnout);
    expect(read(text)).toEqual(stated.signals ?? {});
  });

  it.each([
    ["gaps: m365 admin, teams, firewall, ", 200, ""],
    ["skills wise? sharepoint, power automate. ", 200, ""],
    ["limited budget and ", 400, "is what holds us back"],
    ["printers and wifi drive us mad - ", 300, ""],
  ] as const)("reads %j repeated in linear time (no regex blow-up)", (unit, count, tail) => {
    const growth = growthOnFourfoldInput(
      (scale) => unit.repeat(Math.floor(count / 4) * scale) + tail,
      (text) => {
        extractSkills(text, ctx());
        extractBurnout(text, ctx());
        read(text);
      },
    );
    expect(growth).toBeLessThan(8);
  });
});

describe("fresh batch: burnout risk and signals from whole messages", () => {
  it.each(BURNOUT_SIGNAL_BATCH)("%s", (text, stated) => {
    const { update } = extractFacts(text, { profile: {} });
    expect(update.burnoutRisk).toBe(stated.burnout);
    expect(update.signals ?? {}).toEqual(stated.signals ?? {});
  });
});
