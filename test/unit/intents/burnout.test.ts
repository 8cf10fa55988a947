import { describe, expect, it } from "vitest";
import { extractBurnout } from "../../../intents/extract/burnout.ts";
import { BURNOUT_PHRASINGS } from "./fixtures/skill-burnout-phrasings.ts";

const read = (text: string, asked = false) =>
  extractBurnout(text, { profile: {}, ...(asked && { expecting: "burnoutRisk" as const }) });

describe("extractBurnout", () => {
  it.each([
    "he's drowning",
    "our IT guy is completely burnt out",
    "the team is exhausted",
    "he's on call 24/7",
    "she never gets a holiday",
    "he can't take leave because nobody covers",
    "it's constant firefighting",
    "our IT lead is working every weekend and close to quitting",
    "they're at breaking point",
    "he's threatening to quit",
    "he just can't keep up",
    "we're swamped",
    "they're totally overwhelmed",
    "snowed under with tickets",
    "he hasn't had a proper break in a year",
    "she works most weekends just to keep up",
    "he's answering emails at midnight every night",
    "she's been signed off with stress",
    "one overworked techie",
  ])("high: %s", (text) => {
    expect(read(text)).toBe("high");
  });

  it.each([
    "pretty stretched",
    "a bit overloaded",
    "he's busy",
    "the team is under pressure",
    "he's struggling at times",
    "he could use a hand",
    "they're busy but it's manageable",
    "swamped at times",
    "it gets hectic at month end",
    "they're coping, just about",
    "it's a lot for one person",
    "not drowning, but definitely stretched",
    "not quite at breaking point yet",
  ])("medium: %s", (text) => {
    expect(read(text)).toBe("medium");
  });

  it.each([
    "the team's coping fine",
    "workload is manageable",
    "they're coping well",
    "he's on top of things",
    "not burnt out at all",
    "he's not stretched at all",
    "not drowning",
    "no stress really",
    "the workload is pretty light",
    "they're relaxed",
  ])("low: %s", (text) => {
    expect(read(text)).toBe("low");
  });

  it.each([
    ["high", "high"],
    ["very high", "high"],
    ["pretty bad", "high"],
    ["overwhelmed", "high"],
    ["medium", "medium"],
    ["moderate", "medium"],
    ["not great", "medium"],
    ["stretched", "medium"],
    ["low", "low"],
    ["ok", "low"],
    ["fine", "low"],
    ["comfortable", "low"],
    ["not too bad", "low"],
    ["8/10", "high"],
    ["I'd say 4 out of 10", "medium"],
    ["on a scale of 1-10, a 6", "medium"],
    ["about a 3", "low"],
  ])("after the question, a bare answer: %s", (text, level) => {
    expect(read(text, true)).toBe(level);
  });

  it("says don't know as null after the question, and nothing otherwise", () => {
    expect(read("not sure", true)).toBeNull();
    expect(read("not sure")).toBeUndefined();
  });

  it.each([
    "fine on networking but weak on security",
    "we're good with M365",
    "ok",
    "that's fine, thanks",
    "we're a busy practice",
    "our clients are busy people",
    "busy periods are September and January",
    "our budget is stretched",
    "we've exhausted our options",
    "I'm tired of our current provider",
    "the CEO is under pressure to cut costs",
    "costs are not too bad",
    "we need 24/7 support",
    "how can you help an overloaded IT person?",
    "what happens if our IT guy burns out?",
    "7 out of 10 staff work remotely",
    "we have 45 staff",
  ])("nothing about workload: %s", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it("takes the strongest of several statements", () => {
    expect(read("he's fine most days but swamped at month end and working weekends")).toBe("high");
    expect(read("busy but coping well")).toBe("medium");
  });

  it.each(BURNOUT_PHRASINGS)("wider phrasing: %s", (text, level, asked) => {
    expect(read(text, asked)).toBe(level);
  });

  it("never throws on odd input", () => {
    for (const text of ["", "  ", "?!", "\u0000", "drowning ".repeat(3000), "not ".repeat(3000)]) {
      expect(() => read(text, true)).not.toThrow();
    }
  });
});
