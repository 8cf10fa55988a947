import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { aContext, expectCounts } from "../../support/extract-expect.ts";

/** What wantsControl reads from a message: true, false, or undefined when it says nothing. */
const wantsControl = (text: string): boolean | undefined =>
  extractSignals(text, { profile: {} }).wantsControl;

describe("a model named as the visitor's choice", () => {
  it.each([
    ["we want fully managed", false],
    ["honestly we'd just like a fully managed service", false],
    ["I think we're leaning towards the fully managed option", false],
    ["the partners are keen on fully outsourced IT", false],
    ["fully managed sounds like us", false],
    ["our MD wants out of running IT", false],
    ["we'd prefer co-managed tbh", true],
    ["we're set on a co managed arrangement", true],
    ["we don't want fully managed, we want to keep our guys", true],
    ["i don't really want co-managed", false],
  ] as const)("%j sets wantsControl to %s", (text, expected) => {
    expect(wantsControl(text)).toBe(expected);
  });

  it.each([
    "do we want fully managed?",
    "should we go for fully managed or co-managed?",
    "what does fully managed include?",
    "we're looking at fully managed or co-managed, not sure which",
    "if we went fully managed what happens to Dave?",
  ])("%j states no preference", (text) => {
    expect(wantsControl(text)).toBeUndefined();
  });
});

describe("head counts in Scots and Irish speech", () => {
  it.each([
    ["twa IT lads", { itStaff: 2 }],
    ["we've twa IT lads for 90 staff", { employees: 90, itStaff: 2 }],
    ["one fella does the IT", { itStaff: 1 }],
    ["one bloke does all our IT", { itStaff: 1 }],
    ["two IT fellas", { itStaff: 2 }],
    ["a fella came to fix the printer", {}],
  ] as const)("%j", (text, expected) => {
    expectCounts(text, expected, aContext());
  });
});

describe("outsourcing as a plan", () => {
  it.each([
    ["the board wants to outsource IT completely", {}],
    ["we'd like to outsource our IT", {}],
    ["we outsource all our IT", { itStaff: 0 }],
  ] as const)("%j", (text, expected) => {
    expectCounts(text, expected, aContext());
  });
});
