import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../intents/extract/index.ts";
import { growthOfRepeats } from "../../support/cpu-time.ts";
import {
  aContext,
  expectCounts,
  type ExpectedCounts as Expected,
} from "../../support/extract-expect.ts";

describe("headcount: a count written as a multiplier", () => {
  const rows: [string, Expected][] = [
    ["IT staff x3, 200 ppl", { employees: 200, itStaff: 3 }],
    ["70 staff, IT staff x2", { employees: 70, itStaff: 2 }],
    ["it staff x4, employees ~380", { employees: 380, itStaff: 4 }],
    ["1x IT guy for 90 people", { employees: 90, itStaff: 1 }],
    ["2x sysadmins, 150 users", { employees: 150, itStaff: 2 }],
    ["staff x 40, IT x 2", { employees: 40, itStaff: 2 }],
    ["estate agents x4 branches, 40 staff, no IT", { employees: 40, itStaff: 0 }],
    ["we run Windows x64 on 30 laptops", {}],
    ["the new kit is 10x faster", {}],
    ["2x servers and 40 staff", { employees: 40 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the IT team restated after a comma", () => {
  const rows: [string, Expected][] = [
    ["we have a small IT team, 3 people, and we want to keep control", { itStaff: 3 }],
    ["our IT department, 4 staff, looks after everything", { itStaff: 4 }],
    ["we've got an IT team, 2 guys", { itStaff: 2 }],
    ["We're not short of people in IT, 6 of us, but none of us is a cloud person", { itStaff: 6 }],
    ["people in IT, 6 of us. 300 staff", { employees: 300, itStaff: 6 }],
    ["our IT team, 50 employees, is great", { employees: 50 }],
    ["no IT team, 12 people", { employees: 12, itStaff: 0 }],
    ["We don't have an IT team, 12 of us", { employees: 12, itStaff: 0 }],
    ["2 in IT, 60 staff", { employees: 60, itStaff: 2 }],
    ["we've got 4 in IT, 280 staff", { employees: 280, itStaff: 4 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: 'N of us' beside a much bigger count of staff", () => {
  const rows: [string, Expected][] = [
    ["3 of us, 150 staff. team's solid", { employees: 150, itStaff: 3 }],
    ["5 of us, 1 is off on mat leave. 300 staff", { employees: 300, itStaff: 5 }],
    ["theres 2 of us. we used to be 3 but Jen left. 130 staff", { employees: 130, itStaff: 2 }],
    ["there's 4 of us looking after 200 people", { employees: 200, itStaff: 4 }],
    ["there are 12 of us", { employees: 12 }],
    ["there are 10 of us here and 50 staff across the group", { employees: 50 }],
    ["there's 8 of us and about 12 staff", { employees: 12 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: one person, part of the week", () => {
  const rows: [string, Expected][] = [
    ["fyi we've got someone two days a week for IT, 30 staff", { employees: 30, itStaff: 1 }],
    ["we have someone who comes in 2 days a week to do the IT", { itStaff: 1 }],
    ["there's a guy who does 1 day a week on our IT, 25 staff", { employees: 25, itStaff: 1 }],
    ["Tom does IT 3 days a week", { itStaff: 1 }],
    ["im IT, theres also Paul who does 2 days a week. 50 staff", { employees: 50, itStaff: 2 }],
    ["Sue works 3 days a week in accounts, 12 staff", { employees: 12 }],
    ["someone pops in 2 days a month to water the plants", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const replies: [string, Expected][] = [
    ["someone 2 days a week", { itStaff: 1 }],
    ["somebody one day a fortnight", { itStaff: 1 }],
    ["a lad 3 days a week", { itStaff: 1 }],
  ];
  it.each(replies)("%j answering the IT question", (text, expected) =>
    expectCounts(text, expected, aContext("itStaff")),
  );

  it("sets the one-person dependency for a part-timer", () => {
    const facts = extractFacts("someone 2 days a week", aContext("itStaff"));
    expect(facts.update.itStaff).toBe(1);
    expect(facts.update.signals?.singlePersonDependency).toBe(true);
  });
});

describe("headcount: one person is all of IT", () => {
  const rows: [string, Expected][] = [
    ["IT = me, office has 27 ppl", { employees: 27, itStaff: 1 }],
    ["IT is basically me, 40 staff", { employees: 40, itStaff: 1 }],
    ["IT is me and Priya", { itStaff: 2 }],
    ["Dave is our IT, just him, 75 staff", { employees: 75, itStaff: 1 }],
    ["Gary is our IT, has been for 12 years", { itStaff: 1 }],
    ["Sam's our IT guy and he's brilliant", { itStaff: 1 }],
    ["im the sysadmin, only one, 140 staff", { employees: 140, itStaff: 1 }],
    ["our IT guy - just the one - covers both offices", { itStaff: 1 }],
    ["the IT role i mean, theres only ever one of them. 45 staff", { employees: 45, itStaff: 1 }],
    [
      "its a one-person IT dept and the person is my husband. 12 staff",
      { employees: 12, itStaff: 1 },
    ],
    ["we're a one-man IT shop", { itStaff: 1 }],
    ["IT is Raj at Coventry and that's it", { itStaff: 1 }],
    ["We had two in IT, now it's just Mo since Ellie left", { itStaff: 1 }],
    ["Our one tech, Lorraine, covers two primaries on her own", { itStaff: 1 }],
    ["There's one digital lead for the whole PCN, 190 staff", { employees: 190, itStaff: 1 }],
    ["There are three of us in IT. Pete does servers and I do everything else", { itStaff: 3 }],
    ["Dave is our MD", {}],
    ["Sam's our office manager and she's brilliant", {}],
    ["IT is Important, 20 staff", { employees: 20 }],
    ["there's only one way to find out", {}],
    ["we have 2 tech companies as clients", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the only IT person has gone", () => {
  const rows: [string, Expected][] = [
    ["Our only IT guy quit two weeks ago and we're slammed", { itStaff: 0 }],
    ["our one IT person left in May, 40 staff", { employees: 40, itStaff: 0 }],
    ["our only IT guy left and we haven't replaced him", { itStaff: 0 }],
    ["our sole sysadmin retired at Christmas", { itStaff: 0 }],
    ["our only IT guy left last year and we replaced him with a contractor", {}],
    ["an IT guy left, we still have 3 IT staff", { itStaff: 3 }],
    ["our only IT guy is leaving in June", { itStaff: 1 }],
    ["our only IT guy retires next March", { itStaff: 1 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: IT done on the side of another job", () => {
  const rows: [string, Expected][] = [
    [
      "38 of us, and IT has always been my brother-in-law's side job",
      { employees: 38, itStaff: 0 },
    ],
    ["our kid sorts the computers at weekends. 9 staff", { employees: 9, itStaff: 0 }],
    ["28 staff. the owner's son is covering IT, badly", { employees: 28, itStaff: 0 }],
    ["we're 16. IT is whoever's least busy lol", { employees: 16, itStaff: 0 }],
    [
      "Approx 35 staff, IT is our office manager plus the old supplier",
      { employees: 35, itStaff: 0 },
    ],
    ["IT is basically the practice manager", { itStaff: 0 }],
    ["we've a couple of people who do IT alongside their proper jobs", { itStaff: 0 }],
    ["2 of our staff do IT alongside their day jobs, 40 staff", { employees: 40, itStaff: 0 }],
    ["IT is basically me when the printer jams and I'm not an IT person", { itStaff: 0 }],
    ["I look after IT but im not technical, 20 staff", { employees: 20, itStaff: 0 }],
    ["Jo does IT alongside the accounts", { itStaff: 0 }],
    ["our 3 techs can't fit the move in on top of the day job", { itStaff: 3 }],
    ["we have 2 IT staff and they're doing it on top of their day job", { itStaff: 2 }],
    ["2 techs who do IT on top of the day job, 40 staff", { employees: 40, itStaff: 2 }],
    ["Sam is our IT manager and she's great", { itStaff: 1 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const replies: [string, Expected][] = [
    ["none, its me doing it alongside the accounts", { itStaff: 0 }],
    ["nobody, I sort it as practice manager", { itStaff: 0 }],
    ["I do it as office manager", { itStaff: 0 }],
    ["a couple of lads", { itStaff: 2 }],
  ];
  it.each(replies)("%j answering the IT question", (text, expected) =>
    expectCounts(text, expected, aContext("itStaff")),
  );
});

describe("headcount: no one employed for IT", () => {
  const rows: [string, Expected][] = [
    [
      "about 90 staff, and not one person employed to look after the tech",
      { employees: 90, itStaff: 0 },
    ],
    ["31 staff. Nobody employed for IT.", { employees: 31, itStaff: 0 }],
    ["we don't have anyone to look after the computers, 12 staff", { employees: 12, itStaff: 0 }],
    ["nobody hired to do IT, 15 of us", { employees: 15, itStaff: 0 }],
    ["We're 40 staff and IT is fully outsourced", { employees: 40, itStaff: 0 }],
    ["we outsource all our IT, 25 staff", { employees: 25, itStaff: 0 }],
    ["IT's all outsourced", { itStaff: 0 }],
    ["we outsource our IT support but have 2 IT staff", { itStaff: 2 }],
    ["IT is partly outsourced", {}],
    [
      "3 IT, 100 staff. Raj did the sharepoint stuff and nobody else knows it",
      { employees: 100, itStaff: 3 },
    ],
    ["not one person complained, 30 staff", { employees: 30 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: a few people counted with 'of'", () => {
  const rows: [string, Expected][] = [
    ["Central IT is 14 plus a couple of site techs. 1.2k staff", { employees: 1200, itStaff: 16 }],
    ["a couple of people who look after IT, 30 staff", { employees: 30, itStaff: 2 }],
    ["2 of the IT guys are leaving", {}],
    ["one of our sites has 40 staff", { employees: 40 }],
    ["a couple of days a week", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: a named IT person joined to a count", () => {
  const rows: [string, Expected][] = [
    ["our IT manager plus 2 support staff, 230 ppl", { employees: 230, itStaff: 3 }],
    ["the IT manager and his 2 techs are good at support", { itStaff: 3 }],
    ["our IT manager and an apprentice", { itStaff: 2 }],
    ["one network engineer, one helpdesk guy and me. 180 staff", { employees: 180, itStaff: 3 }],
    ["one network engineer and me", { itStaff: 2 }],
    ["an IT manager and me", { itStaff: 2 }],
    ["the IT manager and 2 of the board", {}],
    ["the IT manager and the 3 directors", {}],
    ["our IT manager is great, 4 in the team", { itStaff: 4 }],
    ["I've got a dog and me", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: people counted place by place", () => {
  const rows: [string, Expected][] = [
    ["60 at Coventry, 45 at Nuneaton and about 15 in the sales office", { employees: 120 }],
    ["Two sites, 48 people at head office and 17 in the warehouse", { employees: 65 }],
    ["there's 4 of us at head office and 30 staff on the road", { employees: 34 }],
    ["25 in the studio, 15 at home", { employees: 40 }],
    [
      "We're 31 staff across two sites, roughly 20 at the main surgery and 11 at the branch",
      { employees: 31 },
    ],
    ["we're 200 staff, 20 at HQ and 30 in the warehouse", { employees: 200 }],
    ["3 in IT and 40 in the office", { employees: 40, itStaff: 3 }],
    ["Metal fabrication, 140 on the payroll across two shifts", { employees: 140 }],
    ["60 on the books", { employees: 60 }],
    ["2 on the phones", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the new shapes stay linear on long input", () => {
  const hostile: [string, string, number][] = [
    ["IT staff x3 ...", "IT staff x3, ", 400],
    ["someone 2 days a week ...", "someone 2 days a week and ", 300],
    ["IT = me ...", "IT = me, ", 400],
    ["only one ...", "the sysadmin, only one, ", 300],
    ["outsourced ...", "IT is fully outsourced and ", 300],
    ["a couple of ...", "a couple of site techs, ", 300],
    ["place by place ...", "60 at Coventry, 45 at Nuneaton and ", 300],
    ["and me ...", "one network engineer, one helpdesk guy and me, ", 200],
  ];
  it.each(hostile)("handles %s in linear time", (_name, unit, count) => {
    const ctx = aContext(undefined, { employees: 80 });
    const growth = growthOfRepeats(unit, count, (text) => extractFacts(text, ctx));
    expect(growth).toBeLessThan(8);
  });
});
