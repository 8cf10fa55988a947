import { describe, expect, it } from "vitest";
import type { BurnoutRisk, ProfilePath } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";
import { growthOfRepeats } from "../../support/cpu-time.ts";

/** The burnout risk a message sets: a level, null for "don't know", undefined when silent. */
function burnoutOf(text: string, asked = false): BurnoutRisk | null | undefined {
  const ctx = { profile: {}, ...(asked && { expecting: "burnoutRisk" as const }) };
  return extractFacts(text, ctx).update.burnoutRisk;
}

type Row = readonly [string, BurnoutRisk | undefined];

describe("burnout: workload said sideways", () => {
  it.each<Row>([
    // Slang for being flat out.
    ["we're slammed at the moment, the two of them can't catch a breath", "high"],
    ["it's mental here at the minute", "high"],
    ["honestly its been mental", "high"],
    ["things are absolutely bonkers in IT right now", "high"],
    ["they're getting crushed", "high"],
    ["the lads are getting hammered with tickets", "high"],
    ["he's getting absolutely battered since the merger", "high"],
    // Hours put in.
    ["he's doing 60-hour weeks", "high"],
    ["I'm already doing 60 hour weeks", "high"],
    ["she regularly puts in 70 hrs a week", "high"],
    ["our sysadmin works 12-hour days", "high"],
    ["a couple of 14 hour days last week", "high"],
    ["we're doing 50 hour weeks most of the time", "medium"],
    ["I work 50 hrs most weeks but I'm alright with it", "medium"],
    ["10 hour days are normal for him", "medium"],
    // Leave that never happens.
    ["haven't had a day off since Easter", "high"],
    ["She's not had a holiday in 2 years", "high"],
    ["nobody's had a proper break since the new site opened", "high"],
    ["neither of them has taken leave this year", "high"],
    ["PTO keeps getting cancelled", "high"],
    ["his holiday got cancelled again", "high"],
    ["Can't take PTO without my phone blowing up", "high"],
    // Two jobs in one.
    ["he's covering for two since Jo left", "high"],
    ["she's been covering two roles all year", "high"],
    ["I'm doing two people's jobs", "high"],
    ["he's doing the work of three", "high"],
    // Leaving over it.
    ["one has handed his notice in and the other's threatening to follow", "high"],
    ["if nothing changes he's going to quit", "high"],
    ["I'm close to jacking it in", "high"],
    // On call in so many words.
    ["she's on call basically 24/7", "high"],
    ["on call pretty much round the clock", "high"],
    // Spread thin.
    ["we're spread thin", "medium"],
    ["the team is spread a bit thin", "medium"],
    ["they're stretched thin", "medium"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: coping, and softened high words", () => {
  it.each<Row>([
    ["they're coping", "medium"],
    ["the team copes", "medium"],
    ["he's not coping", "high"],
    ["I don't think she's coping", "high"],
    ["not always coping, no", "medium"],
    ["he's flat out but coping", "medium"],
    ["swamped but managing", "medium"],
    ["drowning a bit but we're ok", "medium"],
    ["knackered, but he's holding up", "medium"],
    ["they're coping fine", "low"],
    ["coping well enough", "low"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: calm said plainly", () => {
  it.each<Row>([
    ["we're pretty relaxed tbh", "low"],
    ["honestly we're pretty chilled", "low"],
    ["Pretty chill most weeks honestly", "low"],
    ["i'm fairly relaxed these days", "low"],
    ["quiet at the moment", "low"],
    ["it's pretty quiet for the team at the moment", "low"],
    ["workload is steady", "low"],
    ["im ok tbh, its manageable", "low"],
    ["it's all very manageable", "low"],
    ["He's not under any real pressure", "low"],
    ["not overworked day to day", "low"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: typos of the usual words", () => {
  it.each<Row>([
    ["he's burnt ot, hasn't had a proper holiday in 3 yrs", "high"],
    ["the team is overwelmed", "high"],
    ["totally burnt oot", "high"],
    ["hes overwerked", "high"],
    ["he's knakered", "high"],
    ["were strechd", "medium"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: busy words that are not about the IT staff", () => {
  it.each<Row>([
    ["Our only IT guy quit two weeks ago and we're slammed", undefined],
    ["no IT person as such, the office manager does it on top of everything else", undefined],
    ["nobody does IT full time, our ops guy does it when he's not swamped with payroll", undefined],
    ["its mental here, 110 staff, no it person, im the FD and im doing it", undefined],
    ["we don't have any IT staff and we're flat out with orders", undefined],
    ["IT is whoever's least busy lol", undefined],
    ["the office manager does it on top of everything else", undefined],
    ["he sorts IT when he isn't swamped with the accounts", undefined],
    ["the warehouse is flat out before Christmas", undefined],
    ["sales are swamped", undefined],
    ["our IT team know where all the bodies are buried", undefined],
    ["we can't keep up with the store refits, 12 this year", undefined],
    ["the team can't keep up with all the new projects", undefined],
    ["Support's great in the holidays and non-existent in term time", undefined],
    ["He's very good, just give him some backup out of hours", undefined],
    ["i'd say they're ok but not brilliant", undefined],
    ["the shop is open 60 hours a week", undefined],
    ["we got hammered by a ransomware attack last year", undefined],
    ["customers are threatening to go elsewhere", undefined],
    ["the knowledge is spread thin across the team", undefined],
    ["the price they quoted was mental", undefined],
    ["licences doubled in price, it's crazy", undefined],
    ["things are quiet at the moment, orders are down", undefined],
    ["our office culture is pretty chill", undefined],
    ["we're relaxed about who does what", undefined],
    ["the monthly cost is manageable", undefined],
    ["we had a break-in at the office last year", undefined],
    ["the network gets hammered at 9am", undefined],
    ["he crushed it on the migration", undefined],
    ["we run two 12-hour shifts in the factory", undefined],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });

  it("still hears a lone IT person in a firm with no IT department", () => {
    expect(burnoutOf("no IT department as such, it's just me and I'm drowning")).toBe("high");
  });
});

describe("burnout: whole replies to the workload question", () => {
  it.each<readonly [string, BurnoutRisk]>([
    ["grand, no bother at all", "low"],
    ["grand", "low"],
    ["sound", "low"],
    ["fine, quiet", "low"],
    ["no bother", "low"],
    ["all good and steady", "low"],
    ["coping", "medium"],
    ["just about coping", "medium"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text, true)).toBe(level);
  });
});

/** What a reply sets the field just asked about to, or undefined when it leaves it. */
function valueFor(text: string, expecting: ProfilePath): unknown {
  const facts = extractFacts(text, { profile: {}, expecting });
  const update = facts.update as Record<string, unknown>;
  if (expecting === "skillsGaps") return facts.update.skills?.replace;
  if (expecting.startsWith("signals.")) {
    const signals = update.signals as Record<string, unknown> | undefined;
    return signals?.[expecting.slice("signals.".length)];
  }
  return update[expecting];
}

describe("don't know, with or without a reason", () => {
  it.each<readonly [string, ProfilePath]>([
    ["not sure tbh, I haven't asked him", "burnoutRisk"],
    ["no clue, you'd have to ask them", "burnoutRisk"],
    ["haven't a clue mate", "burnoutRisk"],
    ["dunno tbh, HR would know", "employees"],
    ["no idea, you'd have to ask Sarah in HR", "employees"],
    ["you'd have to ask Sarah in HR", "employees"],
    ["I'd have to ask our IT manager", "itStaff"],
    ["not got a scooby", "employees"],
    ["haven't a scooby", "itStaff"],
    ["couldn't tell ya", "skillsGaps"],
    ["no idea sorry, not my department", "signals.itIsStrategic"],
    ["dunno really, you'd have to ask the techies", "skillsGaps"],
    ["not my department", "signals.wantsControl"],
    ["above my pay grade tbh", "signals.wantsControl"],
    ["god knows", "employees"],
    ["your guess is as good as mine", "burnoutRisk"],
    ["honestly I'd be guessing", "itStaff"],
    ["not sure - never asked", "burnoutRisk"],
  ])("%s", (text, expecting) => {
    const facts = extractFacts(text, { profile: {}, expecting });
    expect(facts.dontKnow).toBe(true);
    expect(valueFor(text, expecting)).toBeNull();
  });

  it.each<readonly [string, ProfilePath, unknown]>([
    ["not sure, maybe 50", "employees", 50],
    ["not sure, he's drowning most weeks", "burnoutRisk", "high"],
    ["no idea how he copes, he's on call every weekend", "burnoutRisk", "high"],
    ["we would know if we had a breach", "signals.securityComplianceRisk", undefined],
    ["we'd have to ask ourselves whether it's worth it", "signals.wantsControl", undefined],
    ["HR would know better than me but we're about 80", "employees", 80],
  ])("%s is an answer, not a don't know", (text, expecting, value) => {
    expect(valueFor(text, expecting)).toBe(value);
  });
});

describe("burnout: the new shapes stay linear on long input", () => {
  const hostile: [string, number][] = [
    ["pretty chill ", 800],
    ["it is mental here ", 550],
    ["he is flat out but coping ", 400],
    ["when he is not swamped ", 430],
    ["not had a holiday ", 550],
    ["you'd have to ask ", 550],
  ];
  it.each(hostile)("handles %j repeated in linear time", (unit, count) => {
    const growth = growthOfRepeats(unit, count, (text) =>
      extractFacts(text, { profile: {}, expecting: "burnoutRisk" }),
    );
    expect(growth).toBeLessThan(8);
  });
});
