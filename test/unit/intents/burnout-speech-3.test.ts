import { describe, expect, it } from "vitest";
import type { BurnoutRisk } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";

/** The burnout risk a message sets: a level, null for "don't know", undefined when silent. */
function burnoutOf(text: string, asked = false): BurnoutRisk | null | undefined {
  const ctx = { profile: {}, ...(asked && { expecting: "burnoutRisk" as const }) };
  return extractFacts(text, ctx).update.burnoutRisk;
}

type Row = readonly [string, BurnoutRisk | undefined];

describe("burnout: fried, cooked, frazzled", () => {
  it.each<Row>([
    ["pretty fried tbh", "high"],
    ["the lads are totally cooked after the migration", "high"],
    ["honestly my brain is fried", "high"],
    ["feeling proper frazzled", "high"],
    ["the switch got fried in the storm", undefined],
    ["fried chicken friday is the highlight of the week", undefined],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: nobody burnt out, things relaxed", () => {
  it.each<Row>([
    ["nobody in IT is burnt out, workload is totally manageable", "low"],
    ["no one's burnt out", "low"],
    ["none of the team are really burned out", "low"],
    ["change freeze till january so we're actually pretty relaxed rn", "low"],
    ["we're honestly quite chilled at the moment", "low"],
    ["we're pretty relaxed about who owns what", undefined],
    ["things are quiet at the moment, orders are down", undefined],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});

describe("burnout: stretched stays stretched, extra hands for a project", () => {
  it.each<Row>([
    ["team are properly stretched", "medium"],
    ["headcount hasnt moved and we're properly stretched", "medium"],
    ["stretched to breaking point", "high"],
    ["could do with extra hands for the SAP upgrade", undefined],
    ["moving office in feb, could do with extra hands for that", undefined],
    ["we could do with an extra pair of hands on the migration", undefined],
    ["the team could do with extra hands, they're always behind", "medium"],
    ["support is great when Mark's in, dreadful when he's on leave", undefined],
    ["he can never take any leave", "high"],
  ])("%s", (text, level) => {
    expect(burnoutOf(text)).toBe(level);
  });
});
