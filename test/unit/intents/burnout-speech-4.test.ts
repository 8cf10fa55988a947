import { describe, expect, it } from "vitest";
import type { BurnoutRisk } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";

/** The burnout risk a message sets: a level, null for "don't know", undefined when silent. */
function burnoutOf(text: string, asked = false): BurnoutRisk | null | undefined {
  const ctx = { profile: {}, ...(asked && { expecting: "burnoutRisk" as const }) };
  return extractFacts(text, ctx).update.burnoutRisk;
}

type Row = readonly [string, BurnoutRisk | undefined];

describe("burnout: threats to walk, typed in a hurry", () => {
  it.each<Row>([
    [
      "IT is basically two guys, both brilliant, both doing 50 hour weeks, both saying they'll walk if it doesn't change",
      "high",
    ],
    ["both of them saying they'll walk if nothing changes", "high"],
    ["he's told me he'll quit if the on call carries on", "high"],
    ["she keeps saying she will resign", "high"],
    ["our IT guy is burnt our and thinking if quitting, hes the onlh one", "high"],
    ["the lads are burned our tbh", "high"],
    ["he said he will leave in the summer to go travelling", undefined],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: ground down, off sick, on call most weekends", () => {
  it.each<Row>([
    ["IT team of 8, decent lot, but the 24/7 on call is grinding them into the ground", "high"],
    ["the helpdesk queue is grinding him down", "high"],
    ["coffee grinding machine broke", undefined],
    [
      "there's 4 of us in IT on paper but 2 are off long-term sick with stress, so it's me and Ravi doing the lot",
      "high",
    ],
    ["one of them is off long term sick with anxiety", "high"],
    ["she was off sick with flu last week", undefined],
    ["3 of us in IT and I'm on call most weekends because the partners bill from home", "high"],
    ["he's on call every other weekend", "high"],
    ["the 24/7 on call is brutal", "high"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: getting by, long hours, crazy workload", () => {
  it.each<Row>([
    ["the IT team (10 of us) carries that on a 1 in 5 rota. it's ok, we manage", "medium"],
    ["we just about cope", "medium"],
    ["they get by", "medium"],
    ["we manage our own servers", undefined],
    ["hours are long but it's fine", "medium"],
    ["he's great but the workload is crazy", "high"],
    ["the workload is fine", "low"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: relaxed managers, skilled teams and busy seasons", () => {
  it.each<Row>([
    [
      "accountancy practice, 30 staff, 1 IT manager who's pretty relaxed to be fair, but come tax season everything piles up and we need more hands",
      "low",
    ],
    ["the IT manager who's pretty relaxed", "low"],
    ["the IT manager who is relaxed about the budget", undefined],
    ["they're good but holiday cover is a nightmare", undefined],
    [
      "we're an events company so busy season is mental, we need extra people on the tech side for about 3 months a year",
      undefined,
    ],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: declining to rate after the question", () => {
  it.each([
    ["hard to say, depends on the week", null],
    ["not sure, it varies", null],
    ["dunno, depends on the month", null],
    ["depends on the week", "medium"],
  ] as const)("%s", (text, level) => {
    expect(burnoutOf(text, true)).toBe(level);
  });
});
