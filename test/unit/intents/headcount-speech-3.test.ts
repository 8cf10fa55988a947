import { describe, it } from "vitest";
import type { Profile, ProfilePath } from "../../../src/core/profile/index.ts";
import {
  aContext,
  expectCounts,
  type ExpectedCounts as Expected,
} from "../../support/extract-expect.ts";

describe("headcount: the IT team given as a list of names", () => {
  const rows: [string, Expected][] = [
    [
      "we're an accountants, about 30 people, and Nadia and Joe look after IT",
      {
        employees: 30,
        itStaff: 2,
      },
    ],
    ["Kev and Sandra run IT for both our shops", { itStaff: 2 }],
    ["Ollie, Fran and Marek make up the IT team", { itStaff: 3 }],
    ["Asha, Ben, and Carl share the IT between them", { itStaff: 3 }],
    ["IT is Helen and Rob, they're solid but stretched", { itStaff: 2 }],
    ["IT-wise it's Ahmed and Lucy", { itStaff: 2 }],
    ["our IT team is Gav & Dee", { itStaff: 2 }],
    ["Sam does all our IT on his own and he's shattered", { itStaff: 1 }],
    ["Moira handles the IT on her own", { itStaff: 1 }],
    ["Tom and Jerry run the warehouse", {}],
    ["Sam does our payroll", {}],
    ["I met Priya and Tom at an IT conference", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the IT team given as a list of roles", () => {
  const rows: [string, Expected][] = [
    ["we have a network guy and a helpdesk girl, both good", { itStaff: 2 }],
    ["IT is a 2nd line engineer and a junior on the desk", { itStaff: 2 }],
    ["IT is one sysadmin and an apprentice", { itStaff: 2 }],
    ["a junior and an apprentice in the warehouse", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: one IT person said without a digit", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["just the one Dave though", { itStaff: 1 }, "itStaff"],
    ["only the one lad", { itStaff: 1 }, "itStaff"],
    ["our IT guy's fine, there's just the one of him for 45 people", { employees: 45, itStaff: 1 }],
    ["we had two IT staff till March, now only the one, and he's coping", { itStaff: 1 }],
    [
      "70 on the books and wan IT guy, Fraser, but he's braw at it",
      {
        employees: 70,
        itStaff: 1,
      },
    ],
    ["we only have the one office", {}],
    ["3 IT staff and just the one server", { itStaff: 3 }],
    ["just the one", {}, "sites" as ProfilePath],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: IT done by relatives, friends and outsiders is no IT staff", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    ["my grandson comes in on Saturdays to fix the computers", { itStaff: 0 }, "itStaff"],
    ["a freelancer sorts the IT when it breaks", { itStaff: 0 }],
    ["my son does the IT in the evenings", { itStaff: 0 }],
    ["the IT's done by the owner's young lad when he's home from uni", { itStaff: 0 }],
    ["our neighbour helps with the laptops now and then", { itStaff: 0 }],
    ["none, my brother in law pops in when the printer plays up", { itStaff: 0 }, "itStaff"],
    ["nobody. we already pay an MSP but they're rubbish", { itStaff: 0 }, "itStaff"],
    ["we have 2 IT staff and a freelancer comes in for the network", { itStaff: 2 }],
    ["my son works with us in the shop", {}],
    ["none, except Dave", {}, "itStaff"],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: contractors beside the speaker are not staff", () => {
  const rows: [string, Expected, ProfilePath?][] = [
    [
      "doing IT for a 60-person architects, me plus a contractor one day a week",
      {
        employees: 60,
        itStaff: 1,
      },
    ],
    ["it's just me and a contractor", { itStaff: 1 }, "itStaff"],
    ["me and a freelancer", { itStaff: 1 }, "itStaff"],
    ["me and a part-time contractor do the IT", { itStaff: 1 }],
    ["me and a contractor built the extension", {}],
  ];
  it.each(rows)("%j", (text, expected, expecting) =>
    expectCounts(text, expected, aContext(expecting)),
  );
});

describe("headcount: 'N of us' in talk about the daily work of IT", () => {
  const rows: [string, Expected][] = [
    ["drowning in patching and monitoring, 3 of us for 200 endpoints", { itStaff: 3 }],
    ["no burnout here, 6 of us and plenty of cover, we just lack Intune skills", { itStaff: 6 }],
    ["2 of us on the helpdesk n we cant keep up with tickets", { itStaff: 2 }],
    ["4 of us doing the patching and on-call rota", { itStaff: 4 }],
    ["we're a small charity, 6 of us, our tickets pile up with the supplier", { employees: 6 }],
    ["there's 8 of us and the server keeps crashing", { employees: 8 }],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: a count placed 'in it' in lower case", () => {
  const rows: [string, Expected][] = [
    ["approx 200 staff 5 in it gaps in cloud", { employees: 200, itStaff: 5 }],
    ["we r 400 ppl w 6 in it good team", { employees: 400, itStaff: 6 }],
    ["90 staff and 3 in it who are stretched", { employees: 90, itStaff: 3 }],
    ["we spent 20k in it last year", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: text-speak digits that mean 'to' and 'for'", () => {
  const rows: [string, Expected, ProfilePath?, Profile?][] = [
    ["we just want sum1 2 do it all 4 us", {}, undefined, { employees: 35 }],
    ["we just want sum1 2 do it all 4 us", {}, "itStaff", { employees: 35 }],
    ["need some1 2 help us, gr8 4 me", {}],
    ["want u 2 sort it 4 us", {}],
    ["need some1 2 help, only 2 of us in IT", { itStaff: 2 }],
    ["2 in IT and 4 of us in the office", { employees: 4, itStaff: 2 }],
  ];
  it.each(rows)("%j", (text, expected, expecting, profile) =>
    expectCounts(text, expected, aContext(expecting, profile)),
  );
});

describe("headcount: a small count said at another question is not the organisation", () => {
  const rows: [string, Expected, Profile][] = [
    [
      "cloud, and security, because obviously two people can be experts in everything",
      {},
      { employees: 45 },
    ],
    ["security, we're only two people after all", { itStaff: 2 }, { employees: 60 }],
    ["three people can't know everything", {}, { employees: 80 }],
    ["we've grown, 50 people now", { employees: 50 }, { employees: 45 }],
  ];
  it.each(rows)("%j", (text, expected, profile) =>
    expectCounts(text, expected, aContext("skillsGaps", profile)),
  );
});

describe("headcount: Scots, Irish and Australian ways of giving counts", () => {
  const rows: [string, Expected][] = [
    ["och it's just me daein the IT and I'm scunnered", { itStaff: 1 }],
    [
      "we've a crowd of 25 in Cork, the IT's done by the owner's young lad",
      {
        employees: 25,
        itStaff: 0,
      },
    ],
    ["g'day, we're a mob of about 35 in Brisbane, no IT bloke", { employees: 35, itStaff: 0 }],
    ["we're a wee bunch of 12 in Inverness", { employees: 12 }],
    ["we've got a two-person IT shop supporting ~300 folks", { employees: 300, itStaff: 2 }],
    ["a crowd of 40 turned up to the launch", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});

describe("headcount: the IT person left and nobody took over", () => {
  const rows: [string, Expected][] = [
    ["Our IT lady Carol left in March, since then it's been chaos", { itStaff: 0 }],
    [
      "Dan who did all our IT left in the summer, since then we've been limping along",
      {
        itStaff: 0,
      },
    ],
    ["our IT chap quit at Easter and we haven't replaced him, Jo covers", {}],
    ["we lost both our IT people within a month of each other", { itStaff: 0 }],
    ["we lost all of our IT staff last year", { itStaff: 0 }],
    ["our IT guy left in May and we've hired a new one", {}],
    ["our only IT guy left last year and we replaced him with a contractor", {}],
    ["we lost all our customers", {}],
    ["one of our 3 IT staff left and was never replaced", {}],
  ];
  it.each(rows)("%j", (text, expected) => expectCounts(text, expected));
});
