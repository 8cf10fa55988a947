import { describe, expect, it } from "vitest";
import type { BurnoutRisk } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";

/** The burnout risk a message sets: a level, null for "don't know", undefined when silent. */
function burnoutOf(text: string, asked = false): BurnoutRisk | null | undefined {
  const ctx = { profile: {}, ...(asked && { expecting: "burnoutRisk" as const }) };
  return extractFacts(text, ctx).update.burnoutRisk;
}

type Row = readonly [string, BurnoutRisk | undefined];

describe("burnout: busy peaks that come round are medium at most", () => {
  it.each<Row>([
    ["We also get slammed before each big exhibition opening", "medium"],
    ["depends on the week, matchdays are mental", "medium"],
    ["she's ok, bit frantic in term time", "medium"],
    ["slammed in term time but fine the rest of the year", "medium"],
    ["we get hammered at month end, otherwise ok", "medium"],
    ["it's manic around christmas", "medium"],
    ["year end is mental for them", "medium"],
    ["before each show we're flat out", "medium"],
    ["it varies week to week", "medium"],
    ["depends on the time of year", "medium"],
    // Constant overload stays high.
    ["they're slammed at the moment", "high"],
    ["slammed every day", "high"],
    ["he's fine most days but swamped at month end and working weekends", "high"],
  ])("after the question: %s", (text, level) => {
    expect(burnoutOf(text, true)).toBe(level);
  });

  it.each<Row>([
    ["the sales team are slammed before each exhibition opening", undefined],
    ["our clients get slammed at year end", undefined],
  ])("someone else's peak: %s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: a bare 1-3 at the workload question may be a button, not a rating", () => {
  it.each<Row>([
    ["2", undefined],
    ["3", undefined],
    ["1", undefined],
    ["2 people", undefined],
    ["a 2", "low"],
    ["2/10", "low"],
    ["2 out of 10", "low"],
    ["on a scale of 1-10, 2", "low"],
    ["7", "high"],
    ["about a 7", "high"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text, true)).toBe(level);
  });
});

describe("burnout: sayings for too much and too little", () => {
  it.each<Row>([
    [
      "3-person IT team at a private clinic group, 400 staff, the on-call rota is killing us",
      "high",
    ],
    ["the rota is killing him", "high"],
    ["the tickets are killing us", "high"],
    ["the helpdesk side is eating them alive at the moment", "high"],
    ["och it's just me daein the IT and I'm scunnered, working aw the hours god sends", "high"],
    ["he works all the hours god sends", "high"],
    ["very much overburdened, working late nights also", "high"],
    ["very much tired, too much work always", "high"],
    [
      "don't get me wrong, Nadia is brilliant, but she can't be on call every night forever",
      "high",
    ],
    ["he can't keep working weekends forever", "high"],
    ["we can't keep doing this forever", "high"],
    [
      "Our IT is basically Tom, who's a CAD technician but ends up doing all the IT because nobody else will, and he's honestly at the end of his tether with it.",
      "high",
    ],
    ["theyr knackerd", "high"],
    ["not that he's burnt out or anything, our IT guy seems fine", "low"],
    ["not that they're overworked, they're fine", "low"],
    ["not so much burnt out as bored, honestly, there's not enough for her to do", "low"],
    ["honestly she's bored, not enough work for her", "low"],
    // Neutral or about money, not people.
    ["energy prices are killing us", undefined],
    ["costs are eating us alive", undefined],
    ["we can't keep the old server forever", undefined],
    ["we haven't got enough work coming in", undefined],
    [
      "honestly costs aren't the problem, they're pretty steady, it's the lack of cover when Jo's on leave",
      undefined,
    ],
    ["We cope fine with routine support but the cyber side keeps me up at night", undefined],
    ["we've got a backlog of projects as long as my arm and just not enough people", undefined],
  ])("%s", (text, level) => {
    expect(burnoutOf(text, text === "theyr knackerd")).toBe(level);
  });

  it.each([
    "we're coping fine with the workload",
    "we cope fine with the current load",
    "they're fine with the day to day workload",
  ])("still reads coping with the load as low: %s", (text) => {
    expect(burnoutOf(text)).toBe("low");
  });
});
