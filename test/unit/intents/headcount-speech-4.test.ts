import { describe, expect, it } from "vitest";
import type { Profile, ProfilePath } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";
import {
  aContext,
  expectCounts,
  type ExpectedCounts as Expected,
} from "../../support/extract-expect.ts";

/** The counts a whole message changes, said against what the advisor already holds. */
function expectChanges(
  text: string,
  expected: Expected,
  profile: Profile,
  expecting?: ProfilePath,
): void {
  const { update } = extractFacts(text, { profile, expecting });
  expect({ employees: update.employees, itStaff: update.itStaff }).toEqual(expected);
}

describe("headcount: corrections said against the profile", () => {
  const twoInIt: Profile = { employees: 40, itStaff: 2 };
  const rows: [string, Expected, Profile, ProfilePath?][] = [
    ["scrap that, Gary left", { itStaff: 1 }, twoInIt],
    ["oh and Priya has just resigned", { itStaff: 1 }, twoInIt],
    ["Tom's gone, we never replaced him", { itStaff: 1 }, twoInIt],
    ["Dave left the company in the spring", { itStaff: 1 }, twoInIt],
    ["Dave left early today so I'm covering", {}, twoInIt],
    ["if Dave left we'd be stuck", {}, twoInIt],
    ["Dave left in May but we hired Sam", {}, twoInIt],
    ["Everyone left at five", {}, twoInIt],
    ["she's gone now, so it's nobody", { itStaff: 0 }, { employees: 20, itStaff: 1 }],
    ["he's left, so nobody now", { itStaff: 0 }, { employees: 20, itStaff: 1 }],
    ["oops I typed 15, it's 150", { employees: 150 }, { employees: 15 }, "itStaff"],
    ["i put 30 but meant 300", { employees: 300 }, { employees: 30 }],
    ["i said 8, it should be 80", { employees: 80 }, { employees: 8 }],
    ["none of them are actually IT, they're the office girls", { itStaff: 0 }, twoInIt],
    ["they're not really IT people, they just help out", { itStaff: 0 }, twoInIt],
    ["none of those are in IT tbh", { itStaff: 0 }, twoInIt],
    ["they are not it is the problem", {}, twoInIt],
    ["hmm not 60, more like 55", { employees: 55 }, { employees: 60 }],
    ["not 60, closer to 70", { employees: 70 }, { employees: 60 }],
    ["sorry it's 4 in IT not 3, the contractor went permanent", { itStaff: 4 }, { itStaff: 3 }],
    ["3 staff not 30, we're tiny", { employees: 3 }, { employees: 30 }],
  ];
  it.each(rows)("%j", (text, expected, profile, expecting) =>
    expectChanges(text, expected, profile, expecting),
  );
});

describe("headcount: estimates settled in the same reply", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["ummm 40? maybe 45. call it 40", { employees: 40 }, "employees"],
    ["60 or 65, lets say 65", { employees: 65 }, "employees"],
    ["1.5k give or take", { employees: 1500 }, "employees"],
    ["2k roughly, more at christmas", { employees: 2000 }, "employees"],
    ["we spend 2k a month", {}, "employees"],
    ["budget is 5k", {}, "employees"],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: IT counts that add up", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["2 full time and an apprentice", { itStaff: 3 }, "itStaff"],
    ["4 ft plus a trainee", { itStaff: 5 }, "itStaff"],
    ["three, plus a part-timer on fridays", { itStaff: 4 }, "itStaff"],
    ["2 full timers plus a 1st year apprentice", { itStaff: 3 }, "itStaff"],
    ["2 full time in IT and 1 apprentice, 90 staff", { employees: 90, itStaff: 3 }],
    ["IT is 5 people in the UK and 3 in Poland", { itStaff: 8 }],
    ["we have 4 IT staff in Leeds and 2 in York", { itStaff: 6 }],
    ["IT team of 8: 6 in the UK and 2 in Spain", { itStaff: 8 }],
    ["2 IT staff in Derby, 150 staff in Leicester", { employees: 150, itStaff: 2 }],
    ["2 IT staff in Derby and 150 in Leicester", { itStaff: 2 }],
    ["there's 2 of us plus me, 80 staff, I'm the IT lead", { employees: 80, itStaff: 3 }],
    ["2 full time and 1 part time in IT", { itStaff: 3 }],
    ["30 full time and an apprentice", { employees: 30 }, "employees"],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: an IT count that changed within the message", () => {
  const rows: [string, Expected][] = [
    ["we had 4 in IT but two left, so it's 2 now", { itStaff: 2 }],
    ["we had an IT team of five, now there's three after the cuts", { itStaff: 3 }],
    ["used to be 4 of us in IT, now 3 since Jo left", { itStaff: 3 }],
    ["we had 5 IT staff, down to 3 now", { itStaff: 3 }],
    ["we inherited their three IT people plus our own Kate, so four now", { itStaff: 4 }],
    ["2 IT people and we're growing, 120 now", { employees: 120, itStaff: 2 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: a count with and without contractors", () => {
  const rows: [string, Expected][] = [
    ["the IT team is 5 if you count the contractor, 4 if you don't", { itStaff: 4 }],
    ["IT is 7 including the freelancers, 5 without", { itStaff: 5 }],
    ["3 in IT, or 5 if you count the contractors", { itStaff: 3 }],
    ["we have 3 IT staff plus 2 contractors", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: part-time IT said as a fraction", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["IT is 1.5 FTE", { itStaff: 2 }],
    ["1.5 FTE", { itStaff: 2 }, "itStaff"],
    ["our IT is 2.5 FTE these days", { itStaff: 3 }],
    ["we have 2.5 IT staff", {}],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: IT done by people with other jobs", () => {
  const rows: [string, Expected][] = [
    [
      "startup, 15 people, our CTO sorts the laptops on top of the product work",
      {
        employees: 15,
        itStaff: 0,
      },
    ],
    ["the shift managers sort out the IT between them", { itStaff: 0 }],
    ["IT falls to our practice nurse, bless her", { itStaff: 0 }],
    ["our office manager and one of the receptionists share the IT", { itStaff: 0 }],
    ["IT falls to me on top of being finance manager", { itStaff: 0 }],
    ["I'm the ops head who ended up owning IT, 40 staff", { employees: 40, itStaff: 0 }],
    ["IT is split between our business manager and an outside firm", { itStaff: 0 }],
    ["our CTO runs an IT team of 4", { itStaff: 4 }],
    ["the nurses moan about the IT", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: owners counted with their staff", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["me and my sister and 10 staff", { employees: 12 }, "employees"],
    ["my husband and I and 4 staff", { employees: 6 }, "employees"],
    ["just me and 7 employees", { employees: 8 }, "employees"],
    ["just me, 28 staff", { employees: 28 }, "employees"],
    ["team of 9 incl. me, ~500 staff", { employees: 500, itStaff: 9 }],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: sizes split by place, hours or a list", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["200 on the shop floor and 40 in the office, 2 in IT", { employees: 240, itStaff: 2 }],
    ["14 here in leeds and 6 in york", { employees: 20 }, "employees"],
    ["5 of us in the UK office and 3 in Spain", { employees: 8 }],
    ["we've 20 full-timers and 6 part-timers", { employees: 26 }],
    ["40 full time staff and 10 part time", { employees: 50 }],
    ["we're 90 in total (70 FT, 20 PT), IT is one person", { employees: 90, itStaff: 1 }],
    ["shops in hull, york and leeds with 20, 15 and 10 staff", { employees: 45 }],
    ["between 40 and 50 staff", { employees: 45 }],
    ["law firm, 4 partners, 30 fee earners and another 12 support staff", {}],
    ["40 teachers and 15 support staff", {}],
    ["150 staff, 3 support staff", { employees: 150, itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: a small team said right after IT is named", () => {
  const rows: [string, Expected][] = [
    ["we're fine for IT people, there's 6 of us, we lack a cloud person", { itStaff: 6 }],
    ["on the IT front, three lads who know what they're doing", { itStaff: 3 }],
    ["IT-wise there's 4 of us", { itStaff: 4 }],
    ["IT wise we have one full time person, Jo", { itStaff: 1 }],
    ["on the IT side we have 2 people", { itStaff: 2 }],
    ["IT is a nightmare, we're 7", { employees: 7 }],
    ["no IT people, there's 9 of us", { employees: 9, itStaff: 0 }],
    ["the migration is massive and it's just the four of us", { itStaff: 4 }],
    ["5 of us share on-call, one week in five", { itStaff: 5 }],
    ["we're a small charity, 6 of us, the laptops are old", { employees: 6 }],
    ["I used to be in IT, there's 5 of us at the shop now", { employees: 5 }],
    ["skills are fine, our 4 lads know their stuff", { itStaff: 4 }],
    ["my two techs are solid", { itStaff: 2 }],
    ["our 40 guys on the shop floor", { employees: 40 }],
    ["two of my lads handed their notice in", {}],
    ["we have 3 IT staff and one of my guys is leaving", { itStaff: 3 }],
    ["I'm in IT sales, there's 3 of us", { employees: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: none said of IT people named earlier", () => {
  const rows: [string, Expected][] = [
    ["do you need your own IT staff for this? we've got none", { itStaff: 0 }],
    ["IT people? we don't have any.", { itStaff: 0 }],
    ["how many IT guys would we need? we've got nobody", { itStaff: 0 }],
    ["IT people are pricey, we've got none of those skills", {}],
    ["nobody in IT is stressed, the workload is fine", {}],
    ["nobody with IT skills wants to move out here", {}],
    ["there's nobody in IT", { itStaff: 0 }],
    ["nobody with IT experience here, the admin team muddle along", { itStaff: 0 }],
    ["intune and autopilot, we know none of it", {}],
    ["could I speak to one of your engineers?", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: one named person given as the IT answer", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["tiny team, just Morag", { itStaff: 1 }, "itStaff"],
    ["just Kev", { itStaff: 1 }, "itStaff"],
    ["Only Aisha now", { itStaff: 1 }, "itStaff"],
    ["there's just Tom", { itStaff: 1 }, "itStaff"],
    ["only Fiona knows the firewall", {}, "itStaff"],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});
