import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../intents/extract/index.ts";
import { growthOfRepeats } from "../../support/cpu-time.ts";
import {
  aContext,
  expectCounts,
  type ExpectedCounts as Expected,
} from "../../support/extract-expect.ts";

describe("headcount: an IT person counting their own team", () => {
  const rows: [string, Expected][] = [
    ["I'm head of IT, 4 of us", { itStaff: 4 }],
    ["im head of it, 4 of us incl me. 300 staff", { employees: 300, itStaff: 4 }],
    ["im head of IT, theres 4 of us", { itStaff: 4 }],
    ["Head of IT here. 4 of us, 350 staff", { employees: 350, itStaff: 4 }],
    ["IT manager here. there's 3 of us and we're flat out", { itStaff: 3 }],
    ["IT mgr here, 3 of us", { itStaff: 3 }],
    ["IT Manager here - we're 5, company is about 400", { employees: 400, itStaff: 5 }],
    ["I'm the sysadmin, there are 2 of us", { itStaff: 2 }],
    ["sysadmin here, 2 of us for the whole firm", { itStaff: 2 }],
    ["I'm one of the IT guys, there's 3 of us", { itStaff: 3 }],
    ["I'm the IT director, there's 12 of us in the department", { itStaff: 12 }],
    ["I run IT, 3 of us plus an apprentice", { itStaff: 4 }],
    ["I head up IT, we're 6", { itStaff: 6 }],
    ["I work in IT, there's 4 of us and about 200 staff", { employees: 200, itStaff: 4 }],
    ["Head of IT, 10 in team.", { itStaff: 10 }],
    ["head of IT. 7 in the team, 450 users", { employees: 450, itStaff: 7 }],
    ["IT lead here, team of 4, 220 users", { employees: 220, itStaff: 4 }],
    ["I'm the IT manager, 4 in the team incl. me", { itStaff: 4 }],
    ["as head of IT I have 8 in the team", { itStaff: 8 }],
    ["as IT manager I've got 3 of us covering 2 sites", { itStaff: 3 }],
    ["I'm the IT manager, there's 200 staff and 4 of us", { employees: 200, itStaff: 4 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const organisation: [string, Expected][] = [
    ["I'm the office manager, there are 12 of us", { employees: 12 }],
    ["Office manager here, there are 12 of us", { employees: 12 }],
    ["Head of Finance here, 6 of us in the team", { employees: 6 }],
    ["I'm the MD, 3 of us and an accountant", { employees: 3 }],
    ["I'm the IT manager, there are 80 of us here", { employees: 80 }],
    ["I'm head of IT, we're 20 people", { employees: 20 }],
    ["I'm not in IT, there's 6 of us", { employees: 6 }],
    ["I'm not the IT person, there are 5 of us in the office", { employees: 5 }],
    ["I used to be in IT, now there are 8 of us at the bakery", { employees: 8 }],
    ["As IT is so important to us, we are 40 people", { employees: 40 }],
    ["there are 12 of us", { employees: 12 }],
    ["the three of us run the business", { employees: 3 }],
  ];
  it.each(organisation)("%j counts the organisation", (text, expected) =>
    expectCounts(text, expected),
  );
});

describe("headcount: the speaker and the others", () => {
  const rows: [string, Expected][] = [
    ["I'm in IT with 2 others, looking after 180 staff", { employees: 180, itStaff: 3 }],
    ["i'm in it with 3 others", { itStaff: 4 }],
    ["i'm in IT with one other", { itStaff: 2 }],
    ["I work in IT with 3 others, about 150 staff", { employees: 150, itStaff: 4 }],
    ["IT is me plus 2", { itStaff: 3 }],
    ["IT is me + 2. 150 staff", { employees: 150, itStaff: 3 }],
    ["IT is me plus 2 apprentices", { itStaff: 3 }],
    ["it's me + 2 techs", { itStaff: 3 }],
    ["it's me and 2 others in IT", { itStaff: 3 }],
    ["Its me and Tom. 80 staff.", { employees: 80, itStaff: 2 }],
    ["it's me and Sarah in IT", { itStaff: 2 }],
    ["IT is just me and Priya", { itStaff: 2 }],
    ["just me and Dave in IT", { itStaff: 2 }],
    ["IT = me and Jo", { itStaff: 2 }],
    ["1 of me, 2 apprentices, 300 users", { employees: 300, itStaff: 3 }],
    ["one of me and two apprentices", { itStaff: 3 }],
    ["1 of me and 3 juniors", { itStaff: 4 }],
    ["3 in IT plus me as IT manager", { itStaff: 4 }],
    ["3 in IT plus me", { itStaff: 4 }],
    ["2 in the IT team plus myself", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const asked: [string, Expected][] = [
    ["me + 2", { itStaff: 3 }],
    ["me plus two", { itStaff: 3 }],
    ["me and 3 others", { itStaff: 4 }],
    ["2 FT and an apprentice", { itStaff: 3 }],
    ["two FT and an apprentice", { itStaff: 3 }],
    ["2 full-timers and a part-timer", { itStaff: 3 }],
    ["3 FT plus a junior", { itStaff: 4 }],
  ];
  it.each(asked)("%j when asked about IT", (text, expected) =>
    expectCounts(text, expected, aContext("itStaff")),
  );

  const not: [string, Expected][] = [
    ["me and Tom went to the trade show", {}],
    ["it's me and Friday I dread", {}],
    ["I'm in IT recruitment, there's 4 of us", { employees: 4 }],
    ["one full-time IT guy and a part-time contractor", { itStaff: 1 }],
    ["an IT manager and a junior engineer", { itStaff: 2 }],
  ];
  it.each(not)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the team, when IT is the topic or the organisation is bigger", () => {
  const rows: [string, Expected][] = [
    ["team of 3, capable lads, but none of us are cloud people", { itStaff: 3 }],
    ["team of 3, all decent, but none of us know Azure", { itStaff: 3 }],
    ["team of 4. patching is a nightmare", { itStaff: 4 }],
    ["5 in the team, good bunch, Intune and Autopilot are bedded in", { itStaff: 5 }],
    ["12 in the team, good people, we look after the servers and network", { itStaff: 12 }],
    ["it's a small team, 3 of us, decent but patching and monitoring slip", { itStaff: 3 }],
    ["10 in team, 800 users", { employees: 800, itStaff: 10 }],
    ["there's 4 in the team and 150 staff", { employees: 150, itStaff: 4 }],
    ["IT is a team of 22 incl the service desk", { itStaff: 22 }],
    [
      "we are 1.2k employees. IT is a team of 22 incl the service desk",
      { employees: 1200, itStaff: 22 },
    ],
    ["IT's a team of 4 including me", { itStaff: 4 }],
    ["IT's a team of 3", { itStaff: 3 }],
    ["Our IT team (5 of them) is stretched", { itStaff: 5 }],
    ["IT team (4 of them) are swamped", { itStaff: 4 }],
    ["our it team, 3 of them, are great", { itStaff: 3 }],
    ["IT function of about 60, 3,000 staff", { employees: 3000, itStaff: 60 }],
    ["we're a 2,500-seat org, team of 18", { employees: 2500, itStaff: 18 }],
    [
      "Team of 2 and they're good. We're a 200-person firm and there's only so much two people can do",
      { employees: 200, itStaff: 2 },
    ],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  it("reads the team against an organisation size already known", () => {
    expectCounts("10 in team", { itStaff: 10 }, aContext(undefined, { employees: 200 }));
    expectCounts("team of 6, all good", { itStaff: 6 }, aContext(undefined, { employees: 90 }));
    expectCounts("we're a team of 8", { employees: 8 }, aContext(undefined, { employees: 10 }));
  });

  const whole: [string, Expected][] = [
    ["we're a small team of 12", { employees: 12 }],
    ["we're a small charity, 8 in the team", { employees: 8 }],
    ["we're a small business, 6 in the team, and the network keeps dropping", { employees: 6 }],
    ["we're a team of 9 accountants", { employees: 9 }],
    ["8 in the team at the moment and we're hiring", { employees: 8 }],
    ["our sales team of 5 supports clients across the region", {}],
  ];
  it.each(whole)("%j is not the IT team", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the IT count for the people it supports", () => {
  const rows: [string, Expected][] = [
    ["Our team is small. 3 for 500 users.", { employees: 500, itStaff: 3 }],
    ["2 guys for 350 people", { employees: 350, itStaff: 2 }],
    ["there just aren't enough of us, 2 guys for 350 people", { employees: 350, itStaff: 2 }],
    ["4 of us for about 600 users", { employees: 600, itStaff: 4 }],
    ["we're 3 for about 500 staff", { employees: 500, itStaff: 3 }],
    ["two techs for roughly 400 staff", { employees: 400, itStaff: 2 }],
    ["4 IT bods for 600 users", { employees: 600, itStaff: 4 }],
    ["2 IT technicians, the wider business is 95 people", { employees: 95, itStaff: 2 }],
    ["2 IT technicians, rest of the business is about 95", { employees: 95, itStaff: 2 }],
    ["3 of us. 220 users.", { employees: 220, itStaff: 3 }],
    ["there's 2 of us and 180 users", { employees: 180, itStaff: 2 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const not: [string, Expected][] = [
    ["2 licences for 50 users", { employees: 50 }],
    ["3 sites for 500 users", { employees: 500 }],
    ["we pay 30 for 500 users", { employees: 500 }],
    ["we have 40 laptops for 30 staff", { employees: 30 }],
    ["we're looking for 2 people for 6 months", {}],
    ["there are 10 of us here and 50 staff across the group", { employees: 50 }],
  ];
  it.each(not)("%j has no IT count", (text, expected) => expectCounts(text, expected));
});

describe("headcount: what a number counts", () => {
  const rows: [string, Expected][] = [
    ["we're a 2,500-seat org", { employees: 2500 }],
    ["a 300 seat business", { employees: 300 }],
    ["a 500-seat business", { employees: 500 }],
    ["we're about 150 seats", { employees: 150 }],
    ["1,500 seat org, IT team of 20", { employees: 1500, itStaff: 20 }],
    ["1.2k across 4 sites", { employees: 1200 }],
    ["we're about 300 across 4 sites", { employees: 300 }],
    [
      "600 staff across 9 depots, in-house IT team of 6. none of the six are security people",
      { employees: 600, itStaff: 6 },
    ],
    ["30 staff, 2 sites, 45 laptops, 3 servers in a cupboard", { employees: 30 }],
    ["We pay 4 IT salaries", { itStaff: 4 }],
    ["we're paying 3 IT salaries and not seeing the value", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const none: [string, Expected][] = [
    ["we have 40 seats of Adobe", {}],
    ["we spend about £120k a year on our in-house IT team", {}],
    ["two companies' worth of tenants to combine and my team can't absorb it", {}],
    ["we've merged 3 firms this year", {}],
    ["we work with 3 agencies", {}],
    ["we have 300 laptops across 4 sites", {}],
  ];
  it.each(none)("%j counts no people", (text, expected) => expectCounts(text, expected));

  it("takes a spread-out count as the answer to the size question", () => {
    expectCounts("1.2k across 4 sites", { employees: 1200 }, aContext("employees"));
  });
});

describe("headcount: no one does IT", () => {
  const rows: [string, Expected][] = [
    ["30 staff. nobody's job is IT", { employees: 30, itStaff: 0 }],
    ["nobody's job is IT here", { itStaff: 0 }],
    ["IT isn't anyone's job here", { itStaff: 0 }],
    ["IT isn't anybody's job really", { itStaff: 0 }],
    ["it's nobody's job really, IT just gets done", { itStaff: 0 }],
    ["IT is 'whoever knows' tbh", { itStaff: 0 }],
    ["IT is whoever's nearest", { itStaff: 0 }],
    ["IT is just whoever's around", { itStaff: 0 }],
    ["our IT is basically whoever is free", { itStaff: 0 }],
    [
      "fifteen of us. my nephew sets the computers up when he's home",
      { employees: 15, itStaff: 0 },
    ],
    ["my son sets up the laptops for us", { itStaff: 0 }],
    ["my son-in-law sets up our computers", { itStaff: 0 }],
    ["our bookkeeper helps out with the computers", { itStaff: 0 }],
    ["wee company of a dozen folk, nae IT person", { employees: 12, itStaff: 0 }],
    ["nae IT staff at all", { itStaff: 0 }],
    ["nae IT folk here", { itStaff: 0 }],
    ["the person who did our IT left in June and we've had nobody since", { itStaff: 0 }],
    ["the guy who did our IT left and we've had no one since", { itStaff: 0 }],
    ["our IT guy left last year and we haven't had anyone since", { itStaff: 0 }],
    ["our IT lad retired and we've not replaced him, so nobody", { itStaff: 0 }],
    [
      "We had our one IT person leave last month, now nobody's doing IT. 40 staff",
      { employees: 40, itStaff: 0 },
    ],
    ["our IT person left, and now no one's doing IT", { itStaff: 0 }],
    ["our one IT person left in May, now no one's doing IT", { itStaff: 0 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const not: [string, Expected][] = [
    ["The IT team are relaxed. We just have zero in-house knowledge of switches", {}],
    ["no one has a clue about the IT strategy side", {}],
    ["nobody here knows how the IT works", {}],
    ["nobody in-house has the skills for Azure", {}],
    ["the person who did our IT left in June. about 80 staff.", { employees: 80 }],
    ["whoever knows the wifi password, please tell me", {}],
    ["IT is whoever you want it to be", {}],
    ["nobody can sort out a password reset now", {}],
    ["it's nobody's job to clean the fridge", {}],
    ["cleaning is nobody's job and IT is great", {}],
    ["we've had nobody since", {}],
  ];
  it.each(not)("%j is not a count of none", (text, expected) => expectCounts(text, expected));
});

describe("headcount: one person is the whole of IT", () => {
  const rows: string[] = [
    "the whole of IT is Dave",
    "the whole of IT is Jo.",
    "IT is basically just Dave",
    "IT is basically Sam",
    "all of our IT is Sandra",
    "our IT guy holds everything in his head. he's our whole IT department",
    "he's our entire IT department",
    "she is the IT department",
    "she's the whole IT team",
    "Our IT person is brilliant but she's one person",
    "our IT person is great but she's only one person",
    "our network guy retired and we've not replaced him, so now it's just Priya covering everything",
    "our IT guy left so now it's just Amir",
    "IT is one guy and a lot of duct tape",
  ];
  it.each(rows)("%j: one IT person, and IT rests on them", (text) => {
    const facts = extractFacts(text, aContext());
    expect(facts.update.itStaff).toBe(1);
    expect(facts.update.signals?.singlePersonDependency).toBe(true);
  });

  const not: [string, Expected][] = [
    ["IT is Important to us", {}],
    ["IT is Crucial.", {}],
    ["our IT is Microsoft 365 and a NAS", {}],
    ["the whole of IT is outsourced", { itStaff: 0 }],
    ["she's one person I'd trust", {}],
    ["he's one man who knows everything", {}],
    ["our CEO is one person who cares about IT", {}],
    ["one of the three of us in IT has handed his notice in", { itStaff: 3 }],
  ];
  it.each(not)("%j names no single IT person", (text, expected) => expectCounts(text, expected));
});

describe("headcount: counts that add up", () => {
  const rows: [string, Expected][] = [
    ["25 in the studio and another 15 who work remotely", { employees: 40 }],
    ["25 in the office and another 15 remote", { employees: 40 }],
    ["30 in the office plus another 10 on the road", { employees: 40 }],
    ["30 at head office and another 12 in the warehouse", { employees: 42 }],
    ["about 50 at head office and a further 20 in the field", { employees: 70 }],
    ["Our IT manager's off with stress. The other two are covering but barely", { itStaff: 3 }],
    ["our sysadmin is great, the other 2 are juniors", { itStaff: 3 }],
    ["our IT manager is off sick, the other 2 are run ragged", { itStaff: 3 }],
    ["One of the three of us in IT has handed his notice in", { itStaff: 3 }],
    ["two of the three of us in IT are new", { itStaff: 3 }],
    ["Support depends on which of the three lads picks up the ticket", { itStaff: 3 }],
    ["which of the two lads picks up the ticket is pot luck", { itStaff: 2 }],
    [
      "600 person manufacturer. IT is holding us back. There's two of them",
      { employees: 600, itStaff: 2 },
    ],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  const not: [string, Expected][] = [
    ["3 of our 40 staff do IT", { employees: 40, itStaff: 3 }],
    ["3 out of our 70 staff work in IT", { employees: 70, itStaff: 3 }],
    ["the other 2 offices are smaller", {}],
    ["our IT manager is great; the other two in finance are struggling", {}],
    ["two of the five are leaving", {}],
    ["3 of them are leaving", {}],
    ["there's two of them in accounts", {}],
    ["50 in the office and another 10 contractors", { employees: 50 }],
    ["40 staff plus another 2 in IT", { employees: 40, itStaff: 2 }],
  ];
  it.each(not)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: growth gives today's figure", () => {
  const rows: [string, Expected][] = [
    ["we're growing fast, 120 now, probably 200 by next year", { employees: 120 }],
    ["80 now, 150 by next year", { employees: 80 }],
    ["we're growing, 90 now and probably 130 next year", { employees: 90 }],
    ["about 70 today, maybe 100 by next summer", { employees: 70 }],
    ["growing, 45 today and maybe 60 by the end of the year", { employees: 45 }],
    ["the business has grown from 60 to 110 in 18 months", { employees: 110 }],
    ["the company's grown from 40 to 75", { employees: 75 }],
    ["we've gone from 20 to 35 staff this year", { employees: 35 }],
    [
      "our two IT staff are overloaded, the business has grown from 60 to 110",
      { employees: 110, itStaff: 2 },
    ],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  it("still reads a range as a range", () => {
    expectCounts("from 60 to 110 staff depending on season", { employees: 85 });
  });
});

describe("headcount: talk of IT roles that are not people here now", () => {
  const rows: [string, Expected][] = [
    ["we've had a sysadmin role open for 8 months", {}],
    ["we've advertised an IT manager post twice", {}],
    ["Could do with a network person a couple of days a month", {}],
    ["could really do with an IT guy", {}],
    ["we need a network engineer for a few days", {}],
    ["COO here. Support depends on which of the three lads picks up the ticket", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: new shapes stay linear on long input", () => {
  const hostile: [string, string, number][] = [
    ["the other 2 ...", "our IT manager and the other 2, ", 300],
    ["team of 3 ...", "team of 3 for 500 users, ", 400],
    ["IT is Dave ...", "the whole of IT is Dave. ", 400],
    ["me and Tom ...", "it's me and Tom and ", 500],
    ["nobody's job ...", "nobody's job is IT, ", 500],
    ["I'm head of IT ...", "I'm head of IT, 4 of us, ", 400],
    ["another 5 ...", "25 in the office and another 15 remote, ", 250],
  ];
  it.each(hostile)("handles %s in linear time", (_name, unit, count) => {
    const ctx = aContext(undefined, { employees: 80 });
    const growth = growthOfRepeats(unit, count, (text) => extractFacts(text, ctx));
    expect(growth).toBeLessThan(8);
  });
});
