import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../intents/extract/signals.ts";
import { aContext, expectCounts } from "../../support/extract-expect.ts";

describe("a speaker who does the IT on top of another job", () => {
  it.each([
    ["I'm the FD at a 45 person firm and I end up doing the IT", { employees: 45, itStaff: 0 }],
    [
      "I'm the office manager and I look after the IT as well, 20 of us",
      { employees: 20, itStaff: 0 },
    ],
    ["I'm the practice manager and I do the IT for our 30 staff", { employees: 30, itStaff: 0 }],
    ["I'm the MD. we have 2 IT staff and I do the IT strategy", { itStaff: 2 }],
    ["I'm the IT manager and I do all the IT", { itStaff: 1 }],
    ["It's me, I'm the MD and I do all the IT myself", { itStaff: 0 }],
    ["I'm the owner and I sort the IT on my own, 12 staff", { employees: 12, itStaff: 0 }],
    ["I'm the IT manager and I do it all myself", { itStaff: 1 }],
  ] as const)("%j", (text, expected) => {
    expectCounts(text, expected, aContext());
  });
});

describe("wishes about who runs IT", () => {
  const wantsControl = (text: string) => extractSignals(text, { profile: {} }).wantsControl;

  it.each([
    ["I want it off my plate completely", false],
    ["I want the IT off my plate", false],
    ["We'd want him to stay in charge of it all, just with some help.", true],
    ["we'd want them to remain in charge", true],
  ] as const)("%j sets wantsControl to %s", (text, expected) => {
    expect(wantsControl(text)).toBe(expected);
  });

  it("reads nothing from a question about it", () => {
    expect(wantsControl("if he left would we want him to stay in charge?")).toBeUndefined();
  });
});

describe("a vacancy", () => {
  it.each([
    "we've had a cloud architect role open for 9 months, can't hire",
    "the post has been vacant for six months",
  ])("%j is hard hiring, not a part-time need", (text) => {
    const signals = extractSignals(text, { profile: {} });
    expect(signals.recruitmentDifficulty).toBe(true);
    expect(signals.specialistNeedPartTime).toBeUndefined();
  });

  it("leaves a specialist wanted for a few months as a part-time need", () => {
    const text = "we need a cloud specialist for a few months during the migration";
    expect(extractSignals(text, { profile: {} }).specialistNeedPartTime).toBe(true);
  });
});
