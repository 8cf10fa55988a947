import { describe, expect, it } from "vitest";
import type { BurnoutRisk } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";

/** The burnout risk a message sets: a level, null for "don't know", undefined when silent. */
function burnoutOf(text: string, asked = false): BurnoutRisk | null | undefined {
  const ctx = { profile: {}, ...(asked && { expecting: "burnoutRisk" as const }) };
  return extractFacts(text, ctx).update.burnoutRisk;
}

type Row = readonly [string, BurnoutRisk | undefined];
const check = (text: string, level: BurnoutRisk | undefined): void => {
  expect(burnoutOf(text)).toBe(level);
};

describe("burnout: holidays cancelled, no days off, no lunch", () => {
  it.each<Row>([
    ["Sam cancelled his holiday again cos nobody can cover", "high"],
    ["our IT lads holidays got cancelled over the summer for the migration", "high"],
    ["i haven't taken more than 3 days off in a row since 2021", "high"],
    ["he hasn't had a proper lunch break in weeks", "high"],
    ["she never gets a day off", "high"],
    ["we cancelled the office party this year", undefined],
  ])("%s", check);
});

describe("burnout: weekends, late nights, overtime", () => {
  it.each<Row>([
    ["i'm in most saturdays now sorting the patching", "high"],
    ["out of hours is me on my phone. every single weekend", "high"],
    ["she's working till 10 most nights", "high"],
    ["midnight callouts whenever the san falls over", "high"],
    ["Sue mentioned she's been doing a lot of weekends lately", "medium"],
    ["the lads are doing loads of overtime for the office move", "medium"],
    ["there are weeks i do 55 hours when licensing goes wrong", "medium"],
    ["the backups run every weekend", undefined],
  ])("%s", check);
});

describe("burnout: the queue beating them, leaving, signed off", () => {
  it.each<Row>([
    ["tickets are piling up and the 3 of us can't dig out", "high"],
    ["we just can't dig ourselves out of the backlog", "high"],
    ["Dave's started looking at job ads", "high"],
    ["our IT manager was signed off with stress in march", "high"],
    ["the workload is very much high for 2 persons", "high"],
    ["we're looking for jobs to give the new apprentice", undefined],
  ])("%s", check);
});

describe("burnout: calm said by what the day looks like", () => {
  it.each<Row>([
    ["I get a lunch break and go home at 5, it's fine", "low"],
    ["my team's out the door by half 5 most days", "low"],
    ["nobody in IT is under any real pressure", "low"],
    ["Jo says she's never been so bored", "low"],
    ["if anything we over hired during covid", "low"],
    ["accounts are drowning at year end but IT is pretty quiet to be fair", "low"],
    ["the IT team are absolutely fine, it's finance who are on their knees", "low"],
    ["the warehouse is flat out. IT is just me and i'm honestly ok", "low"],
  ])("%s", check);
});

describe("burnout: other people's load and resource talk are not IT burnout", () => {
  it.each<Row>([
    ["the store staff are run ragged every christmas", undefined],
    ["our MD is stressed about cashflow", undefined],
    ["the shop floor team are knackered after peak", undefined],
    ["it's the nurses who are exhausted, not IT", undefined],
    ["we'd never keep a full time network engineer busy", undefined],
    ["one throat to choke, no more juggling suppliers", undefined],
    ["we're falling behind competitors on the basics", undefined],
    ["we're fine for people, it's one specialist skill we need", undefined],
  ])("%s", check);
});

describe("burnout: peaks and varying weeks", () => {
  it.each<Row>([
    ["black friday week the IT team does 14 hour days, rest of the year is fine", "medium"],
    ["september is mad with new starters, then it settles down", "medium"],
  ])("%s", check);
  it.each<Row>([
    ["manageable. some weeks are worse than others", "medium"],
    ["on the edge tbh", "high"],
    ["low, they've more time than work", "low"],
  ])("after the question: %s", (text, level) => {
    expect(burnoutOf(text, true)).toBe(level);
  });
});

describe("burnout: replies that pass the question on", () => {
  it.each<readonly [string, BurnoutRisk | null | undefined]>([
    ["no idea, you'd have to ask them", null],
    ["not sure, he doesn't really talk about that kind of thing", null],
    ["dunno tbh, you'd need to ask the team", null],
    ["ok fine just give me the recommendation", undefined],
  ])("%s", (text, level) => {
    expect(burnoutOf(text, true)).toBe(level);
  });
});
