import { describe, expect, it } from "vitest";
import { parseCount } from "../../../intents/extract/index.ts";
import type { ExtractionFailure } from "../../../intents/extract/index.ts";
import { justAbove, justBelow } from "../../../intents/extract/numbers.ts";
import { growthOfRepeats } from "../../support/cpu-time.ts";

describe("parseCount", () => {
  const counts: [string, number][] = [
    ["80", 80],
    ["0", 0],
    ["1,200", 1200],
    ["12,500", 12500],
    ["1,000,000", 1000000],
    ["twelve", 12],
    ["one", 1],
    ["seventeen", 17],
    ["forty two", 42],
    ["forty-two", 42],
    ["ninety-five", 95],
    ["a hundred", 100],
    ["one hundred and five", 105],
    ["two hundred and fifty", 250],
    ["two hundred fifty", 250],
    ["twelve hundred", 1200],
    ["three thousand five hundred", 3500],
    ["2 thousand", 2000],
    ["3 hundred", 300],
    ["a dozen", 12],
    ["about a dozen", 12],
    ["two dozen", 24],
    ["half a dozen", 6],
    ["a couple", 2],
    ["a couple of", 2],
    ["couple of", 2],
    ["a few", 3],
    ["a few hundred", 300],
    ["a couple of hundred", 200],
    ["a couple thousand", 2000],
    ["about 50", 50],
    ["around 50", 50],
    ["roughly 50", 50],
    ["approximately 50", 50],
    ["approx. 50", 50],
    ["c. 50", 50],
    ["circa 50", 50],
    ["~50", 50],
    ["50-ish", 50],
    ["50ish", 50],
    ["50 ish", 50],
    ["50 odd", 50],
    ["50-odd", 50],
    ["50 or so", 50],
    ["50 give or take", 50],
    ["something like 50", 50],
    ["in the region of 50", 50],
    ["maybe 50", 50],
    ["probably about 50", 50],
    ["50-80", 65],
    ["50 - 80", 65],
    ["50 to 80", 65],
    ["between 40 and 60", 50],
    ["somewhere between 40 and 60", 50],
    ["from 40 to 60", 50],
    ["anything from 10 to 15", 13],
    ["two or three", 3],
    ["3 or 4", 4],
    ["one or two", 2],
    ["ten to fifteen", 13],
    ["just under 60", 58],
    ["just below 60", 58],
    ["slightly under 60", 58],
    ["a little under 60", 58],
    ["nearly 100", 97],
    ["almost 100", 97],
    ["not quite 50", 49],
    ["under 20", 19],
    ["fewer than 10", 9],
    ["less than 10", 9],
    ["just over 100", 103],
    ["a bit over 100", 103],
    ["slightly more than 100", 103],
    ["over 300", 309],
    ["more than 40", 41],
    ["100+", 100],
    ["100 +", 100],
    ["100 plus", 100],
    ["at least 100", 100],
    ["100 or more", 100],
    ["up to 25", 25],
    ["no more than 25", 25],
    ["25 max", 25],
    ["25 tops", 25],
    ["1.5k people", 1500],
    ["3k employees", 3000],
    ["just over a hundred", 103],
    ["80, sorry 90", 90],
    ["80, no wait, 90", 90],
    ["80 sorry I mean 90", 90],
    ["eighty", 80],
    ["EIGHTY", 80],
    ["None", 0],
    ["none", 0],
    ["zero", 0],
    ["nobody", 0],
    ["no one", 0],
    ["no-one", 0],
    ["not one", 0],
  ];
  it.each(counts)("reads %j as %i", (text, expected) => {
    expect(parseCount(text)).toEqual({ ok: true, value: expected });
  });

  const failures: [string, ExtractionFailure][] = [
    ["", "not-mentioned"],
    ["hello there", "not-mentioned"],
    ["what does co-managed mean?", "not-mentioned"],
    ["loads", "unparseable"],
    ["lots", "unparseable"],
    ["lots of people", "unparseable"],
    ["hundreds", "unparseable"],
    ["dozens", "unparseable"],
    ["quite a few", "unparseable"],
    ["a handful", "unparseable"],
    ["not many", "unparseable"],
    ["2.5", "unparseable"],
    ["1.5 people", "unparseable"],
    ["£40k", "unparseable"],
    ["$5,000", "unparseable"],
    ["40k", "unparseable"],
    ["50%", "unparseable"],
    ["50 percent", "unparseable"],
    ["24/7", "unparseable"],
    ["9-5", "unparseable"],
    ["9:30", "unparseable"],
    ["10 years", "unparseable"],
    ["8 hours", "unparseable"],
    ["since 2015", "unparseable"],
    ["3rd", "unparseable"],
    ["the 1990s", "unparseable"],
    ["Windows 11", "unparseable"],
    ["ISO 27001", "unparseable"],
    ["Microsoft 365", "unparseable"],
    ["version 2.1.3", "unparseable"],
    ["07700 900123", "unparseable"],
    ["+44 20 7946 0958", "unparseable"],
    ["0117-496-0000", "unparseable"],
    ["covid-19", "unparseable"],
    ["99999999999", "out-of-range"],
    ["12,345,678,901", "out-of-range"],
    ["80, 90", "ambiguous"],
    ["80 and 3", "ambiguous"],
  ];
  it.each(failures)("does not read %j as a count (%s)", (text, reason) => {
    expect(parseCount(text)).toEqual({ ok: false, reason });
  });

  it("keeps a year when people are counted right after it", () => {
    expect(parseCount("2000 staff")).toEqual({ ok: true, value: 2000 });
  });
});

describe("bounds", () => {
  const below: [number, number][] = [
    [60, 58],
    [100, 97],
    [10, 9],
    [2, 1],
    [1, 0],
    [1000, 970],
  ];
  it.each(below)("just under %i is a little below it (%i), within 5%%", (n, expected) => {
    expect(justBelow(n)).toBe(expected);
    if (n >= 20) expect(justBelow(n)).toBeGreaterThanOrEqual(n * 0.95);
  });

  const above: [number, number][] = [
    [100, 103],
    [60, 62],
    [10, 11],
    [1, 2],
  ];
  it.each(above)("just over %i is a little above it (%i), within 5%%", (n, expected) => {
    expect(justAbove(n)).toBe(expected);
    if (n >= 20) expect(justAbove(n)).toBeLessThanOrEqual(n * 1.05);
  });
});

describe("speed on hostile input", () => {
  const hostile: [string, string, number][] = [
    ["10k digits", "1", 10_000],
    ["1,1,1,...", "1,", 5_000],
    ["1-1-1-...", "1-", 5_000],
    ["one one one ...", "one ", 2_500],
    ["a couple of a couple of ...", "a couple of ", 900],
    ["between 1 and between 1 and ...", "between 1 and ", 700],
    ["twenty-twenty-...", "twenty-", 1_400],
  ];
  it.each(hostile)("parses %s in linear time", (_name, unit, count) => {
    const growth = growthOfRepeats(unit, count, (text) => parseCount(text));
    expect(growth).toBeLessThan(8);
  });
});
