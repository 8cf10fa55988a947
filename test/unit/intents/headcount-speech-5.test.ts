import { describe, expect, it } from "vitest";
import type { ProfilePath } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";
import {
  aContext,
  expectCounts,
  type ExpectedCounts as Expected,
} from "../../support/extract-expect.ts";

describe("headcount: 'N of us' in talk of IT work", () => {
  const rows: [string, Expected][] = [
    ["we've a datacentre exit next year and there's 4 of us, flat out with BAU", { itStaff: 4 }],
    ["the 5 of us are solid hands-on techs by background", { itStaff: 5 }],
    ["our 2nd line role's been empty for months, so it's 4 of us holding the fort", { itStaff: 4 }],
    ["3 of us keep the lights on plus the sd-wan rollout", { itStaff: 3 }],
    ["there's 3 of us and a 3rd-line backlog", { itStaff: 3 }],
    [
      "what would co-managed do for a team like mine, 4 of us, no security expertise",
      { itStaff: 4 },
    ],
    ["nobody in our 5 person team can design the SD-WAN stuff", { itStaff: 5 }],
    ["our 6-person team does all the patching", { itStaff: 6 }],
    // Negative rows: nothing says the group is an IT team.
    ["we're 6 of us in the office, flat out with orders", { employees: 6 }],
    ["there's 12 of us, all knackered, busy season", { employees: 12 }],
    ["a team like mine, 4 of us, works hard", { employees: 4 }],
    ["our 5 person team is great", { employees: 5 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the only IT person left and nobody replaced them", () => {
  const rows: [string, Expected][] = [
    [
      "we're 42. had an IT person but she moved on in August and nobody's replaced her",
      {
        employees: 42,
        itStaff: 0,
      },
    ],
    ["our IT guy quit in March and we haven't gotten anyone since", { itStaff: 0 }],
    ["so yeah the IT girl left and we never replaced her, been 8 months", { itStaff: 0 }],
    [
      "we had an IT lady, Priya, brilliant she was, but she left and we havent managed to replace her",
      {
        itStaff: 0,
      },
    ],
    ["we had a bloke in IT, Mark, he went in January and now it's a free for all", { itStaff: 0 }],
    ["our it manager resigned last year and was never replaced", { itStaff: 0 }],
    ["the IT fella retired, no replacement yet", { itStaff: 0 }],
    // Negative rows: still there, leaving later, or replaced.
    ["our IT guy is leaving next month and we haven't found a replacement", {}],
    ["our IT guy left last year", {}],
    ["our IT guy left and we replaced him with a contractor", {}],
    ["our IT guy went to the shop and nobody's replaced the toner", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: IT people who left, taken off the count", () => {
  const rows: [string, Expected][] = [
    ["IT team was 6 but 2 left over the summer and the posts are frozen", { itStaff: 4 }],
    [
      "IT was 5 people at new year, 2 have gone since and we couldnt replace either",
      {
        itStaff: 3,
      },
    ],
    ["we've got the two lads in IT, well one now since Mark went back to Cork", { itStaff: 1 }],
    ["we had 3 in IT but one left", { itStaff: 2 }],
    ["the IT team used to be 4, two quit in the spring", { itStaff: 2 }],
    ["there were 3 IT guys, one retired last year", { itStaff: 2 }],
    ["we had 3 in IT but one left, so it's 2 now", { itStaff: 2 }],
    ["4 IT staff, 1 got made redundant", { itStaff: 3 }],
    ["4 IT staff, 2 were made redundant in may", { itStaff: 2 }],
    // Negative rows: replaced, leaving later, or leaving the building.
    ["IT team was 6 but 2 left and we've replaced them both", { itStaff: 6 }],
    ["IT team of 5 but 2 are leaving next month", { itStaff: 5 }],
    ["there's 4 in IT, 2 left the building at 5 today", { itStaff: 4 }],
    [
      "theres 2 in the IT team now, used to be 3 but one left last month. 180 staff",
      {
        employees: 180,
        itStaff: 2,
      },
    ],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: 'the only one' and 'a team of one'", () => {
  const rows: [string, Expected][] = [
    ["our IT manager is completely overloaded and she's the only one we've got", { itStaff: 1 }],
    ["our IT guy is burnt out and thinking of quitting, hes the onlh one", { itStaff: 1 }],
    [
      "my IT guy Kev has handed his notice in, and he's the only one who knows the passwords",
      {
        itStaff: 1,
      },
    ],
    ["I'm a team of one for 300 people", { employees: 300, itStaff: 1 }],
    ["45 staff, IT is being handled by one person Mr Ramesh", { employees: 45, itStaff: 1 }],
    ["our IT is looked after by one guy", { itStaff: 1 }],
    // Negative rows: a count wins, or the only one is not about IT.
    [
      "we have 3 in IT and our IT manager, she's the only one who knows the firewall",
      {
        itStaff: 3,
      },
    ],
    ["our office manager is great, she's the only one who can work the printer", {}],
    ["the accounts are handled by one person", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));

  it.each([
    "our IT manager is swamped and she's the only one we've got",
    "I'm a team of one for 120 users",
  ])("%j rests IT on one person", (text) => {
    const { update } = extractFacts(text, aContext());
    expect(update.signals?.singlePersonDependency).toBe(true);
  });
});

describe("headcount: IT done by someone with another job or from outside", () => {
  const rows: [string, Expected][] = [
    ["12 staff dairy farm, IT = me (the owner) on a sunday night", { employees: 12, itStaff: 0 }],
    [
      "small law firm 26 people. IT is me (office manager) plus a company on call",
      {
        employees: 26,
        itStaff: 0,
      },
    ],
    ["IT is basically me, the practice manager", { itStaff: 0 }],
    [
      "its a dental practice 11 staff 1 of them is the it person but shes also a nurse",
      {
        employees: 11,
        itStaff: 0,
      },
    ],
    ["our IT guy is brilliant but he's also the caretaker so he's stretched", { itStaff: 0 }],
    ["recruitment firm 25 staff, our contractor Jim does the IT", { employees: 25, itStaff: 0 }],
    [
      "we're a 35-person dental group, IT is a break-fix guy we call",
      {
        employees: 35,
        itStaff: 0,
      },
    ],
    ["wee nursery in fife, 22 staff, naebody does IT", { employees: 22, itStaff: 0 }],
    ["25 permanent staff. nobody on the payroll does IT", { employees: 25, itStaff: 0 }],
    ["me the admin and the minister, no IT obviously", { itStaff: 0 }],
    // Negative rows: an IT person with a life outside work, or IT alongside IT.
    ["our IT manager, she's also a mum", {}],
    ["we have an IT manager but she's also an IT trainer", { itStaff: 1 }],
    ["there are 3 IT staff and she's also a mum", { itStaff: 3 }],
    ["IT = me and Priya", { itStaff: 2 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: nobody in house, said in reply to the IT question", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["the IT? it's all outsourced, we don't have anyone in house", { itStaff: 0 }, "itStaff"],
    ["we don't have anyone in-house", { itStaff: 0 }, "itStaff"],
    ["we don't have anyone in house for that", {}, "itStaff"],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: ranges with a reason and counts beside an IT team", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["between 200 and 250 depending on the season", { employees: 225 }, "employees"],
    ["roughly 80-100 depending on the season", { employees: 90 }, "employees"],
    ["60 to 80, varies with the season", { employees: 70 }, "employees"],
    ["housing association 220 staff it team of 5", { employees: 220, itStaff: 5 }],
    ["400 staff IT department of 6", { employees: 400, itStaff: 6 }],
    ["we're a 3 person IT team in a council department", { itStaff: 3 }],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: IT said as a copula, pairs and extra work", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["IT is basically two guys, both brilliant, both doing 50 hour weeks", { itStaff: 2 }],
    ["like 80 staff, our IT na two guys", { employees: 80, itStaff: 2 }],
    ["IT is literally 3 people", { itStaff: 3 }],
    ["helpdesk is killing us, the two of them spend all day on password resets", { itStaff: 2 }],
    ["2 IT bods. they couldn't manage it on top of the day job", { itStaff: 2 }],
    ["3 perm + me", { itStaff: 4 }, "itStaff"],
    ["2 full-time and me", { itStaff: 3 }, "itStaff"],
    // Negative rows.
    ["we're basically 80 people", { employees: 80 }],
    ["book me a call with one of ur engineers", {}],
    ["we have 5 engineers, and the two of them who know azure are leaving", { itStaff: 5 }],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );

  it("reads '4 plus me' as the IT team when the advisor holds 4 in IT", () => {
    expectCounts(
      "4 plus me, forgot to count myself",
      { itStaff: 5 },
      aContext(undefined, {
        employees: 600,
        itStaff: 4,
      }),
    );
  });
});
