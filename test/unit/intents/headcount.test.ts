import { describe, expect, it } from "vitest";
import type { Profile, ProfilePath } from "../../../src/core/profile/index.ts";
import { extractHeadcount } from "../../../intents/extract/index.ts";
import type { ExtractContext } from "../../../intents/extract/index.ts";
import { aContext } from "../../support/extract-expect.ts";

interface Expected {
  employees?: number;
  itStaff?: number;
  singlePerson?: true;
}

/** Runs one table row: only the fields named in `expected` may be set, and to those values. */
function expectHeadcount(text: string, expected: Expected, ctx: ExtractContext = aContext()): void {
  const facts = extractHeadcount(text, ctx);
  expect({
    employees: facts.employees,
    itStaff: facts.itStaff,
    singlePerson: facts.singlePersonDependency,
  }).toEqual({
    employees: expected.employees,
    itStaff: expected.itStaff,
    singlePerson: expected.singlePerson,
  });
}

describe("extractHeadcount: both counts from the nouns around them", () => {
  const rows: [string, Expected][] = [
    ["120 staff, 3 in IT", { employees: 120, itStaff: 3 }],
    ["two IT people supporting 150 users", { employees: 150, itStaff: 2 }],
    ["1 sysadmin, 1 helpdesk tech, 70 staff", { employees: 70, itStaff: 2 }],
    ["we're 80 people", { employees: 80 }],
    ["a team of 4 looks after 200 users", { employees: 200, itStaff: 4 }],
    ["IT dept of 3", { itStaff: 3 }],
    ["We have 85 employees and two people in IT", { employees: 85, itStaff: 2 }],
    ["about 200 staff across 4 sites, IT team of 3", { employees: 200, itStaff: 3 }],
    ["Our IT department consists of 2 people", { itStaff: 2 }],
    ["our IT team is 3 people", { itStaff: 3 }],
    ["our IT team (3 people)", { itStaff: 3 }],
    ["IT: 2, total staff: 140", { employees: 140, itStaff: 2 }],
    ["Staff: 45. IT: 1 (me)", { employees: 45, itStaff: 1 }],
    ["IT headcount: 2", { itStaff: 2 }],
    ["IT staff = 2", { itStaff: 2 }],
    ["we're about 250, IT is 4", { employees: 250, itStaff: 4 }],
    ["we employ around 300 people, IT team of 5", { employees: 300, itStaff: 5 }],
    ["Our company has 500 employees, with an IT team of 8", { employees: 500, itStaff: 8 }],
    ["1,200 employees and 12 IT staff", { employees: 1200, itStaff: 12 }],
    ["we have a 3-person IT team supporting 150 staff", { employees: 150, itStaff: 3 }],
    [
      "we're a team of 3 supporting about 120 people across 2 offices",
      { employees: 120, itStaff: 3 },
    ],
    ["my team of 3 supports 400 users", { employees: 400, itStaff: 3 }],
    ["we have 200 users and 2 of us support them", { employees: 200, itStaff: 2 }],
    [
      "I'm the IT manager, there are 4 of us looking after 300 users",
      { employees: 300, itStaff: 4 },
    ],
    ["we have 2 IT staff who look after 45 users and 12 laptops", { employees: 45, itStaff: 2 }],
    ["two of us in IT, 60 staff", { employees: 60, itStaff: 2 }],
    ["For IT, there's 2 of us", { itStaff: 2 }],
    ["12 people in the IT department", { itStaff: 12 }],
    ["Around 150 people in total, of which 3 are in IT", { employees: 150, itStaff: 3 }],
    ["around 70 employees, of whom 2 are IT", { employees: 70, itStaff: 2 }],
    ["3 of our 40 staff do IT", { employees: 40, itStaff: 3 }],
    ["3 out of our 70 staff work in IT", { employees: 70, itStaff: 3 }],
    [
      "The business has 60 people but only 1 in IT",
      { employees: 60, itStaff: 1, singlePerson: true },
    ],
    ["100 users across 3 sites with 2 onsite IT techs", { employees: 100, itStaff: 2 }],
    ["We're a firm of 45 accountants with one IT guy", { employees: 45, itStaff: 1 }],
    ["we're a 50-person company", { employees: 50 }],
    ["a company of 70 people", { employees: 70 }],
    ["we employ 150", { employees: 150 }],
    ["headcount is 120", { employees: 120 }],
    ["headcount's about 90", { employees: 90 }],
    ["employees: ~120", { employees: 120 }],
    ["there are 12 of us", { employees: 12 }],
    ["80 of us", { employees: 80 }],
    ["We're tiny, 6 of us", { employees: 6 }],
    ["we're roughly 35 strong", { employees: 35 }],
    ["we're 80-strong", { employees: 80 }],
    ["we're a small team of 12", { employees: 12 }],
    ["60 FTEs", { employees: 60 }],
    ["we have 14 staff at the moment", { employees: 14 }],
    ["we've 40 employees", { employees: 40 }],
    ["2000 employees", { employees: 2000 }],
    ["we're about 1.5k people", { employees: 1500 }],
  ];
  it.each(rows)("%j", (text, expected) => expectHeadcount(text, expected));
});

describe("extractHeadcount: numbers in words, approximations and ranges", () => {
  const rows: [string, Expected][] = [
    ["two hundred and fifty employees", { employees: 250 }],
    ["a hundred and twenty staff", { employees: 120 }],
    ["twelve hundred employees", { employees: 1200 }],
    ["ninety-five employees", { employees: 95 }],
    ["we've got about twenty five staff", { employees: 25 }],
    ["a dozen staff", { employees: 12 }],
    ["half a dozen IT staff", { itStaff: 6 }],
    ["a couple of IT guys", { itStaff: 2 }],
    ["a few IT people", { itStaff: 3 }],
    ["roughly a dozen in IT", { itStaff: 12 }],
    ["we have a couple of hundred staff", { employees: 200 }],
    ["about 50 staff", { employees: 50 }],
    ["50-ish employees", { employees: 50 }],
    ["200ish users", { employees: 200 }],
    ["~50 people", { employees: 50 }],
    ["approx. 60 staff", { employees: 60 }],
    ["c. 60 staff", { employees: 60 }],
    ["fifty odd staff", { employees: 50 }],
    ["50-80 staff", { employees: 65 }],
    ["between 40 and 60 staff", { employees: 50 }],
    ["5-10 IT staff", { itStaff: 8 }],
    ["2 or 3 IT people", { itStaff: 3 }],
    ["just under 60 employees", { employees: 58 }],
    ["Just under 50 of us, and one IT person who's overwhelmed", { employees: 49, itStaff: 1 }],
    ["just over 100 users", { employees: 103 }],
    ["just over a hundred staff", { employees: 103 }],
    ["100+ staff", { employees: 100 }],
    ["at least 40 people", { employees: 40 }],
    ["up to 25 users", { employees: 25 }],
  ];
  it.each(rows)("%j", (text, expected) => expectHeadcount(text, expected));
});

describe("extractHeadcount: IT headcounts said in words", () => {
  const rows: [string, Expected][] = [
    ["one IT guy", { itStaff: 1 }],
    ["we have an IT person", { itStaff: 1 }],
    ["no wait we do have an IT person", { itStaff: 1 }],
    ["a single sysadmin", { itStaff: 1, singlePerson: true }],
    ["only one IT person", { itStaff: 1, singlePerson: true }],
    ["just 1 IT person for 90 users", { employees: 90, itStaff: 1, singlePerson: true }],
    ["our sole IT person is off sick", { itStaff: 1, singlePerson: true }],
    ["I'm the sole IT guy", { itStaff: 1, singlePerson: true }],
    ["I'm a one-man IT band", { itStaff: 1, singlePerson: true }],
    ["I'm a one-man band when it comes to IT", { itStaff: 1, singlePerson: true }],
    ["it's just me", { itStaff: 1, singlePerson: true }],
    ["In IT it's just me", { itStaff: 1, singlePerson: true }],
    ["it's just me looking after 40 users", { employees: 40, itStaff: 1, singlePerson: true }],
    ["45 staff; I look after IT on my own", { employees: 45, itStaff: 1, singlePerson: true }],
    [
      "there are 25 of us and I'm the only IT person",
      { employees: 25, itStaff: 1, singlePerson: true },
    ],
    ["it's just me and an apprentice", { itStaff: 2 }],
    ["IT support is just me and a junior", { itStaff: 2 }],
    ["IT is me and one other, 60 staff", { employees: 60, itStaff: 2 }],
    ["There's me and another guy in IT", { itStaff: 2 }],
    ["an IT manager and two support engineers", { itStaff: 3 }],
    ["We've got 3 techs and an IT manager", { itStaff: 4 }],
    ["We have a Head of IT and two support analysts", { itStaff: 3 }],
    ["we have 2 IT guys and 1 IT girl", { itStaff: 3 }],
    ["we have 2 IT people. We also have a helpdesk apprentice", { itStaff: 3 }],
    ["3 IT staff: an IT manager and 2 engineers", { itStaff: 3 }],
    ["2 IT staff (one is part-time)", { itStaff: 2 }],
    ["one full-time IT guy and a part-time contractor", { itStaff: 1 }],
    ["we have 3 IT staff and we're looking to hire 2 more", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectHeadcount(text, expected));
});

describe("extractHeadcount: no internal IT", () => {
  const rows: [string, Expected][] = [
    ["no IT people", { itStaff: 0 }],
    ["no in-house IT", { itStaff: 0 }],
    ["No in house IT, we have 35 staff", { employees: 35, itStaff: 0 }],
    ["we don't have an IT department", { itStaff: 0 }],
    ["we don't have any IT staff", { itStaff: 0 }],
    ["we haven't got an IT person", { itStaff: 0 }],
    ["we do not have anyone in IT", { itStaff: 0 }],
    ["we don't do IT in-house", { itStaff: 0 }],
    ["nobody does IT", { itStaff: 0 }],
    ["nobody here really does IT", { itStaff: 0 }],
    ["no one in IT", { itStaff: 0 }],
    ["not a single IT person", { itStaff: 0 }],
    ["we have zero IT staff", { itStaff: 0 }],
    ["0 IT staff", { itStaff: 0 }],
    ["IT staff: none", { itStaff: 0 }],
    ["IT team: 0", { itStaff: 0 }],
    ["we have 15 staff and none in IT", { employees: 15, itStaff: 0 }],
    ["six staff, no IT", { employees: 6, itStaff: 0 }],
    ["we are a charity with 30 staff and no IT people", { employees: 30, itStaff: 0 }],
    ["we are a 25 person firm with no internal IT", { employees: 25, itStaff: 0 }],
    ["40 users, nobody in-house does IT, the MD sorts it", { employees: 40, itStaff: 0 }],
    ["actually we don't have any IT people", { itStaff: 0 }],
  ];
  it.each(rows)("%j", (text, expected) => expectHeadcount(text, expected));

  it("lets an IT count outweigh a missing department", () => {
    expectHeadcount("we have one IT guy, no IT department as such", { itStaff: 1 });
    expectHeadcount("we don't have an IT department but we have an IT guy", { itStaff: 1 });
  });

  it("does not read a shortfall or a missing strategy as no IT", () => {
    expectHeadcount("we don't have enough IT staff", {});
    expectHeadcount("we don't have an IT strategy", {});
    expectHeadcount("no, it isn't", {});
    expectHeadcount("we don't have a big IT team", {});
  });
});

describe("extractHeadcount: IT done on the side of another job counts as none", () => {
  const rows: [string, Expected][] = [
    ["the office manager handles the computers", { itStaff: 0 }],
    ["our finance director does it", { itStaff: 0 }],
    ["our MD looks after IT on the side", { itStaff: 0 }],
    ["the practice manager deals with IT", { itStaff: 0 }],
    ["my husband sorts out the computers", { itStaff: 0 }],
    ["our receptionist is our IT person", { itStaff: 0 }],
    ["Our IT person is the office manager", { itStaff: 0 }],
    ["Dave in accounts does IT as well as his main job", { itStaff: 0 }],
    ["our ops manager looks after the IT alongside everything else", { itStaff: 0 }],
    ["IT falls to our office manager", { itStaff: 0 }],
    ["The IT is done by my business partner", { itStaff: 0 }],
    [
      "We're a 40-person architecture practice; IT is handled by one of the partners",
      { employees: 40, itStaff: 0 },
    ],
    ["We don't have dedicated IT staff - our operations director covers it", { itStaff: 0 }],
    ["no IT department, just the office manager who handles the computers", { itStaff: 0 }],
    ["the MD, who also does the IT, and 20 staff", { employees: 20, itStaff: 0 }],
    ["I do it alongside my day job", { itStaff: 0 }],
  ];
  it.each(rows)("%j", (text, expected) => expectHeadcount(text, expected));

  it("keeps a real IT role and an outside company apart from IT on the side", () => {
    expectHeadcount("our IT manager handles everything", {});
    expectHeadcount("around 30 people, and our IT is handled by an external company", {
      employees: 30,
    });
  });
});

describe("extractHeadcount: numbers that are not people", () => {
  const rows: [string, Expected][] = [
    ["£40k salary for our IT guy", {}],
    ["our IT budget is 50,000 a year", {}],
    ["we spend about £2,000 a month on IT", {}],
    ["we'd pay $5,000 for that", {}],
    ["40k", {}],
    ["we've been going for 10 years", {}],
    ["our IT guy has been here 15 years", {}],
    ["we want to move to the cloud in 2 years", {}],
    ["we have 120 staff, we've been around since 1998", { employees: 120 }],
    ["since 2015 we have had 50 staff", { employees: 50 }],
    ["in 2019 we moved office", {}],
    ["we run 24/7 with 9-5 office hours", {}],
    ["support 8-6 Monday to Friday, we have 25 users", { employees: 25 }],
    ["our staff work 8 hours a day, 5 days a week", {}],
    ["we're open 7 days a week", {}],
    ["we grew 20% in 2 years", {}],
    ["95% of our 60 staff are remote", { employees: 60 }],
    ["50% of our 80 staff work remotely", { employees: 80 }],
    ["we have 30 laptops and 3 servers", {}],
    ["we've got 100 laptops, 20 desktops, 5 servers and 3 IT people", { itStaff: 3 }],
    ["we have 3 offices and 2 IT staff", { itStaff: 2 }],
    ["we migrated 200 mailboxes to Microsoft 365", {}],
    ["we're moving to Windows 11 and Microsoft 365", {}],
    ["we use Office 365 and Windows 10", {}],
    ["ISO 27001 certified, 40 staff", { employees: 40 }],
    ["we're working towards ISO 27001 and Cyber Essentials", {}],
    ["our servers run Windows Server 2019", {}],
    ["version 2.1 of the app", {}],
    ["We're a school with 90 staff and 600 pupils", { employees: 90 }],
    ["we have 500 customers", {}],
    ["I'm 45 and our IT guy is 63", {}],
    ["our IT guy is 58 and retiring in 2 years", {}],
    ["she's 60 next year", {}],
    ["call me on 07700 900123", {}],
    ["call 0161 496 0000", {}],
    ["+44 20 7946 0958", {}],
    ["ring 555-0199 after 5", {}],
    ["it's been 3 years since we had an IT person", {}],
    ["our IT person left 2 months ago", {}],
    ["we need 2 more IT people", {}],
    ["we're hiring an IT person", {}],
    ["we had an IT guy but he left", {}],
    ["we used to have 3 IT staff", {}],
    ["We're growing fast, currently 45 people, probably 60 by next year", { employees: 45 }],
    ["we have 2 dogs in the office", {}],
    ["3 times a week something breaks", {}],
    ["top 10 reasons", {}],
    ["I've got a few IT questions", {}],
    ["we've had 5 IT incidents this month", {}],
    ["3 IT projects on the go", {}],
    ["we spend 20% of our budget on IT", {}],
    ["2.5 IT staff", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectHeadcount(text, expected));

  it("reports a decimal headcount as unparseable", () => {
    expect(extractHeadcount("2.5 IT staff", aContext()).failures).toEqual({
      itStaff: "unparseable",
    });
  });
});

describe("extractHeadcount: corrections against the profile", () => {
  const rows: [string, Profile, Expected][] = [
    ["actually it's 5", { employees: 80, itStaff: 3 }, { itStaff: 5 }],
    ["actually it's 60", { employees: 80, itStaff: 3 }, { employees: 60 }],
    ["it's 5 actually", { employees: 30, itStaff: 2 }, { itStaff: 5 }],
    ["no wait, 3", { employees: 80, itStaff: 2 }, { itStaff: 3 }],
    ["sorry I meant 4", { itStaff: 2 }, { itStaff: 4 }],
    ["sorry I meant 150", { itStaff: 2 }, { employees: 150 }],
    ["oops, 85", { employees: 80 }, { employees: 85 }],
    ["actually 5", { employees: 80 }, { itStaff: 5 }],
    ["correction: 12", { employees: 10, itStaff: 1 }, { employees: 12 }],
    ["not 3, 4", { employees: 50, itStaff: 3 }, { itStaff: 4 }],
    ["oh hang on, it's 4 not 3", { employees: 60, itStaff: 3 }, { itStaff: 4 }],
    ["Sorry, that should be 45 not 54", { employees: 54 }, { employees: 45 }],
    ["sorry, I meant 50 staff", { employees: 500 }, { employees: 50 }],
    ["make that 4 in IT", { employees: 40, itStaff: 3 }, { itStaff: 4 }],
    ["make that 90 staff", { employees: 80, itStaff: 3 }, { employees: 90 }],
    ["make it 5 IT staff", { itStaff: 4 }, { itStaff: 5 }],
    ["Actually there are 6 of us in IT, not 5", { itStaff: 5 }, { itStaff: 6 }],
    ["we're 80, no wait, 90", {}, { employees: 90 }],
    ["I said 80 but I meant 90", { employees: 80 }, { employees: 90 }],
    ["no wait we do have an IT person", { itStaff: 0 }, { itStaff: 1 }],
  ];
  it.each(rows)("%j after %j", (text, profile, expected) =>
    expectHeadcount(text, expected, aContext(undefined, profile)),
  );

  it("leaves a bare number alone when nothing marks it as a correction", () => {
    expectHeadcount("5", {}, aContext(undefined, { employees: 80, itStaff: 3 }));
    expectHeadcount("no wait, 3", {}, aContext());
  });
});

describe("extractHeadcount: a bare answer to the question just asked", () => {
  const rows: [string, ProfilePath, Expected][] = [
    ["80", "employees", { employees: 80 }],
    ["about 80", "employees", { employees: 80 }],
    ["roughly two hundred", "employees", { employees: 200 }],
    ["about a dozen", "employees", { employees: 12 }],
    ["12 I think", "employees", { employees: 12 }],
    ["we're quite small, 12", "employees", { employees: 12 }],
    ["twelve-ish", "employees", { employees: 12 }],
    ["80 or 90", "employees", { employees: 85 }],
    ["80. sorry, 90", "employees", { employees: 90 }],
    ["just me", "employees", { employees: 1 }],
    ["it's just me", "employees", { employees: 1 }],
    ["120 staff, 3 in IT", "employees", { employees: 120, itStaff: 3 }],
    ["3", "itStaff", { itStaff: 3 }],
    ["three", "itStaff", { itStaff: 3 }],
    ["a couple", "itStaff", { itStaff: 2 }],
    ["a few", "itStaff", { itStaff: 3 }],
    ["one", "itStaff", { itStaff: 1 }],
    ["just the one", "itStaff", { itStaff: 1 }],
    ["3 people", "itStaff", { itStaff: 3 }],
    ["we have 3 people", "itStaff", { itStaff: 3 }],
    ["two of us", "itStaff", { itStaff: 2 }],
    ["a team of 4", "itStaff", { itStaff: 4 }],
    ["3, and about 80 staff overall", "itStaff", { employees: 80, itStaff: 3 }],
    ["none", "itStaff", { itStaff: 0 }],
    ["zero", "itStaff", { itStaff: 0 }],
    ["nobody", "itStaff", { itStaff: 0 }],
    ["no one", "itStaff", { itStaff: 0 }],
    ["no", "itStaff", { itStaff: 0 }],
    ["nope, we outsource it", "itStaff", { itStaff: 0 }],
    ["no one in-house", "itStaff", { itStaff: 0 }],
    ["the office manager does it", "itStaff", { itStaff: 0 }],
    ["I do it on the side", "itStaff", { itStaff: 0 }],
    ["just me", "itStaff", { itStaff: 1, singlePerson: true }],
    ["it's me and one other", "itStaff", { itStaff: 2 }],
  ];
  it.each(rows)("%j when asked about %s", (text, expecting, expected) =>
    expectHeadcount(text, expected, aContext(expecting)),
  );

  it("does not take more IT staff than the known employees from a people count", () => {
    expectHeadcount("80 people", { employees: 80 }, aContext("itStaff", { employees: 20 }));
  });
});
