import { describe, expect, it } from "vitest";
import { extractHeadcount } from "../../../intents/extract/index.ts";
import {
  aContext,
  expectCounts,
  type ExpectedCounts as Expected,
} from "../../support/extract-expect.ts";

describe("headcount: a small crew talked about as it copes or covers", () => {
  const rows: [string, Expected][] = [
    ["not burnt out exactly, just stretched. the three of us get by", { itStaff: 3 }],
    ["the 4 of us cover networks, security and the cloud stuff between us", { itStaff: 4 }],
    ["the two of us are knackered tbh", { itStaff: 2 }],
    ["we cross-train everyone on the 5-person team so nobody's indispensable", { itStaff: 5 }],
    ["3 person team, all capable, but we cant find replacements when they go", { itStaff: 3 }],
    ["if one of them's off sick the rest cover, there's 6 in the team", { itStaff: 6 }],
    ["we've 4 in the team and they all know the kit inside out", { itStaff: 4 }],
    ["the pair of them... sorry, the two of them are stretched but coping", { itStaff: 2 }],
    ["no, there's three of them and they cover for each other", { itStaff: 3 }],
    ["the three of us are snowed under, 120 staff to look after", { employees: 120, itStaff: 3 }],
    ["open tickets have doubled and the three of us can't dig out", { itStaff: 3 }],
    // Negative rows: owners, another department, or a whole organisation.
    ["the three of us run the business and we're stretched", { employees: 3 }],
    ["the two of us own the firm and cover everything", { employees: 2 }],
    ["Head of Finance here, 6 of us in the team", { employees: 6 }],
    ["we're a small charity, 8 in the team, everyone's stretched", { employees: 8 }],
    ["there's about 25 of us now, everyone's stretched", { employees: 25 }],
    ["our 5 person team is great", { employees: 5 }],
    ["stuck. 3 person team, capable, but two of them leave in the new year", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: people counted who size nothing", () => {
  const rows: [string, Expected][] = [
    ["told to do more with less, we're 2 people down since the restructure", {}],
    ["we're three staff short and nobody's covering", {}],
    ["were 2 down at the minute", {}],
    ["he was doing the work of two people for a year", {}],
    ["she's basically doing the job of 3", {}],
    ["the old system was written years ago and two people understand it", {}],
    ["and only 2 people know the firewall passwords", {}],
    ["we're aiming to be 200 staff by 2026 if the funding comes through", {}],
    ["hoping to reach about 150 staff next year", {}],
    ["we couldn't justify a full time security person", {}],
    ["we're not big enough to justify 2 IT staff", {}],
    // Still counts: a count said as today's size.
    ["we have 120 staff and 2 people know the firewall", { employees: 120 }],
    ["we're 200 staff and aiming to double", { employees: 200 }],
    ["2 people down in accounts but 45 staff all told", { employees: 45 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: IT people named or paired without a number", () => {
  const rows: [string, Expected][] = [
    ["law firm, about 90 all in. IT is Dave, and Dave is running on fumes", { itStaff: 1 }],
    ["IT is Shauna.", { itStaff: 1 }],
    ["IT is Priya and Tom", { itStaff: 2 }],
    ["both our IT staff went off sick with stress", { itStaff: 2 }],
    ["both of the IT lads are off this week", { itStaff: 2 }],
    ["both my techs are brilliant", { itStaff: 2 }],
    ["our IT bloke's a legend but it's 70 staff and just him", { employees: 70, itStaff: 1 }],
    ["IT? just her, bless her", { itStaff: 1 }],
    ["the IT lad is sound, only him though", { itStaff: 1 }],
    // Negative rows: gone, not IT, or more people.
    ["our IT guy is good but it's just him and me", {}],
    ["our IT guy is decent, just him and an apprentice", {}],
    ["it's just him", {}],
    ["we lost both our IT people within a month of each other", { itStaff: 0 }],
    ["both our IT guys have just quit", {}],
    ["both our directors are keen", {}],
    ["IT is Microsoft and Azure mostly", {}],
    ["it's all documented in IT Glue, if someone left tomorrow we'd be fine", {}],
    ["our accountant left so it's just Sue now", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the one left after a leaver, with a team of two known", () => {
  const rows: [string, Expected][] = [
    ["scratch what I said before, Chris left last month so it's only Ben now", { itStaff: 1 }],
    ["one of the two left last week so it's just Raj now", { itStaff: 1 }],
    ["Sean quit in the summer, its just Aoife now", { itStaff: 1 }],
    // Negative rows: nobody went, or no name.
    ["it's only Ben who knows the firewall", {}],
    ["it's just Raj now, he's great", {}],
  ];
  it.each(rows)("%j", (text, expected) =>
    expectCounts(text, expected, aContext(undefined, { employees: 50, itStaff: 2 })),
  );

  it("says IT rests on the one left", () => {
    const facts = extractHeadcount(
      "Chris left last month so it's only Ben now",
      aContext(undefined, { employees: 50, itStaff: 2 }),
    );
    expect(facts.singlePersonDependency).toBe(true);
  });
});

describe("headcount: a small IT team serving a larger number", () => {
  const rows: [string, Expected][] = [
    ["one bloke covering 140 staff", { employees: 140, itStaff: 1 }],
    ["2 guys covering 140 staff across two sites", { employees: 140, itStaff: 2 }],
    ["we've 3 lads in IT for about 200", { employees: 200, itStaff: 3 }],
    ["4 in IT for roughly 350", { employees: 350, itStaff: 4 }],
    // Negative rows: places, not people.
    ["300 staff covering 4 sites", { employees: 300 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: not IT done on the side", () => {
  const rows: [string, Expected][] = [
    ["the 365 migration is coming and there's no way we can do it alongside the day job", {}],
    ["we can't take on the rollout on top of the day job", {}],
    ["we've never had a proper helpdesk process, that's half the problem", {}],
    // Still side jobs and no-IT answers.
    ["our office manager does IT alongside the day job", { itStaff: 0 }],
    ["startup, 18 people, all engineers, nobody owns IT", { employees: 18, itStaff: 0 }],
    ["we've never had a proper helpdesk", { itStaff: 0 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: a bare count with 'now' updates the known count", () => {
  const rows: [string, Expected][] = [
    ["well 2 now, Luke left on friday", { itStaff: 2 }],
    ["2 now since Aoife moved teams", { itStaff: 2 }],
    ["45 now, we took on a few", { employees: 45 }],
  ];
  it.each(rows)("%j", (text, expected) =>
    expectCounts(text, expected, aContext(undefined, { employees: 40, itStaff: 3 })),
  );
});

describe("headcount: another organisation's IT people", () => {
  const rows: [string, Expected][] = [
    ["a friend runs a dental group and their only techie quit with zero notice", {}],
    ["my mate's firm, their IT guy left and they never replaced him", {}],
    ["a friend's only IT guy quit last week", {}],
    // Negative row: our own.
    ["our only techie quit with zero notice", { itStaff: 0 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});
