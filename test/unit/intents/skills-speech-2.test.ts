import { describe, expect, it } from "vitest";
import type { SkillArea } from "../../../src/core/profile/index.ts";
import { gapsOf, listed } from "../../support/extract-expect.ts";

type Row = [string, SkillArea[]];

describe("skills gaps: an area that trips the team up or baffles them", () => {
  it.each<Row>([
    [
      "Intune we can do, Azure we can do, but the whole Exchange Online side trips us up every time",
      ["microsoft365"],
    ],
    ["conditional access policies catch us out constantly", ["cybersecurity"]],
    ["vlans baffle the lads tbh", ["networking"]],
    ["SharePoint and OneDrive permissions baffle her", ["microsoft365"]],
    ["she's a bit lost with sharepoint and the Teams setup though", ["microsoft365"]],
    ["honestly i'm totally stumped by azure", ["cloud"]],
    ["micrsoft 365 licensing baffles us", ["microsoft365"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each(["nothing about sharepoint trips us up any more", "the firewall never catches us out"])(
    "not a gap: %s",
    (text) => {
      expect(gapsOf(text)).toBeUndefined();
    },
  );
});

describe("skills gaps: fumbling through, winging it, never learned", () => {
  it.each<Row>([
    [
      "Honestly I'm a network guy, the Intune and Exchange stuff I fumble through.",
      ["microsoft365"],
    ],
    [
      "Backups, security, printers, we're winging all of it.",
      ["backup", "cybersecurity", "servicedesk"],
    ],
    ["firewall config we basically bodge our way through", ["networking"]],
    ["we blag it on the azure side", ["cloud"]],
    ["I'm fine with the tills, it's backups and DR I've never properly learned.", ["backup"]],
    ["It's only the network they've never really understood.", ["networking"]],
    ["never got my head round intune if i'm honest", ["microsoft365"]],
    ["we haven't got to grips with aws yet", ["cloud"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "we used to wing it with backups but Veeam sorted that",
    "Azure is something we learned properly last year",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: new to the team, still learning, not the first idea", () => {
  it.each<Row>([
    ["They're Microsoft people through and through, so AWS is new to them.", ["cloud"]],
    ["we need ISO 27001 by next year and that's new to all of us", ["compliance"]],
    ["He's only 23 and still learning, especially on the security side.", ["cybersecurity"]],
    ["intune is unfamiliar territory for us", ["microsoft365"]],
    ["I haven't the first idea how to upgrade the VMware hosts", ["infrastructure"]],
    ["we don't know the first thing about GDPR", ["compliance"]],
    ["we haven't got the foggiest about DNS", ["networking"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each(["cloud isn't new to us, we've been on Azure for years", "we're new to this chat thing"])(
    "not a gap: %s",
    (text) => {
      expect(gapsOf(text)).toBeUndefined();
    },
  );
});

describe("skills gaps: work that never happens or that nobody does", () => {
  it.each<Row>([
    ["Server patching and monitoring just don't happen consistently.", ["infrastructure"]],
    ["restore tests simply don't happen", ["backup"]],
    ["security awareness training doesn't really happen here", ["cybersecurity"]],
    [
      "one it person, we're on M365 and that side's fine, but she doesnt do security stuff",
      ["cybersecurity"],
    ],
    ["our IT guy doesn't touch the firewall", ["networking"]],
    ["the team don't really deal with compliance", ["compliance"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "we don't touch any of that, the firewall is the supplier's job",
    "we don't do anything with AWS",
    "outages just don't happen with our setup",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: a daily battle, the mess, needs sorting", () => {
  it.each<Row>([
    ["Printers and password resets are a daily battle.", ["servicedesk"]],
    ["the wifi at the depot is a constant battle", ["networking"]],
    ["its the helpdesk thats the mess, tickets sit for days", ["servicedesk"]],
    ["licensing is the real headache", ["microsoft365"]],
    [
      "we need the GDPR stuff sorted and the wifi, none of us have the skills",
      ["compliance", "networking"],
    ],
    ["really need our backups sorted out", ["backup"]],
    ["we need the firewall rules tidied up", ["networking"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each(["backups are not the problem", "we don't need the servers sorted, they're fine"])(
    "not a gap: %s",
    (text) => {
      expect(gapsOf(text)).toBeUndefined();
    },
  );
});

describe("skills gaps: someone wanted for an area", () => {
  it.each<Row>([
    [
      "we just want someone for the odd pen test and the security stuff, not full time",
      ["cybersecurity"],
    ],
    ["we just need a partner for the bits we cant do like secuirty monitoring", ["cybersecurity"]],
    ["looking for a specialist to look after our azure subscriptions", ["cloud"]],
    ["I'd love someone who actually knows backups and DR to share the load.", ["backup"]],
    [
      "fine workload wise, but i want to keep the strategy side, just need backup with the helpdesk",
      ["servicedesk"],
    ],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each(["We mainly want someone to ring when the X-ray software won't talk to the server."])(
    "not a gap: %s",
    (text) => {
      expect(gapsOf(text)).toBeUndefined();
    },
  );
});

describe("skills gaps: nobody plans where IT goes", () => {
  it.each<Row>([
    [
      "IT is two lads who are good. Nobody's got a plan for where IT goes next either.",
      ["strategy"],
    ],
    ["nobody thinks about where IT should go in the next 3 yrs", ["strategy"]],
    [
      "The only thing we lack is someone who can plan where IT should go over the next 3 years.",
      ["strategy"],
    ],
    [
      "the supplier never explains anything, so nobody here has any idea how to plan or budget for IT",
      ["strategy"],
    ],
    ["we've no plan at all for IT, nobody knows where we should be going with it", ["strategy"]],
    [
      "It's the lack of a plan that bothers me, nobody is thinking about where IT goes next.",
      ["strategy"],
    ],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "we know where IT is heading, the roadmap's in good shape",
    "I'm not sure where it should go in the document",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: statements that open with what or where", () => {
  it.each<Row>([
    [
      "What nobody has is any security expertise, and our funders have started asking about it.",
      ["cybersecurity"],
    ],
    ["what none of us knows is azure", ["cloud"]],
    ["Nobody here would know if we'd been hacked, security's a big worry.", ["cybersecurity"]],
    ["none of us would spot it if we got hacked", ["cybersecurity"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: asides that are not the team's skills", () => {
  it.each<Row>([
    [
      "none of us is a cloud person and the board wants to get out of the server room by 2026",
      ["cloud"],
    ],
    ["we got hit by ransomware and none of us knew how to get the backups back", ["backup"]],
    ["we just lack DR experience and the auditors flagged it", ["backup"]],
    [
      "we need extra hands for the office move. none of them have done a network or server move before",
      ["infrastructure", "networking"],
    ],
    ["we can't find a network engineer and none of us understand the firewall", ["networking"]],
    [
      "a phishing email nearly got us and now the insurer wants Cyber Essentials, which I know nothing about",
      ["compliance"],
    ],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "we can't find a decent network engineer for love nor money",
    "we're struggling to hire a cloud engineer",
    "a supplier got hacked last month, scary",
    "Where we need outside help is the data centre exit to Azure next year, we can't do it and keep the lights on.",
    "we need help with the Intune rollout, we just can't do it alongside the day job",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });

  it("keeps a capacity reason that also names missing know-how", () => {
    expect(
      gapsOf("we need help with Intune, nobody knows it and we can't do it alongside the day job"),
    ).toEqual(["microsoft365"]);
  });
});

describe("skills gaps: lists that run on or point back", () => {
  it.each<Row>([
    ["Printers, passwords, that sort of thing, none of us can sort it.", ["servicedesk"]],
    [
      "It's everything else, the wifi, the printers, staff locked out of their accounts, that nobody here knows how to deal with.",
      ["networking", "servicedesk"],
    ],
    [
      "skills gaps: backups, DR, and the whole Azure thing. workload: they're stretched",
      ["backup", "cloud"],
    ],
    [
      "The servers are all VMware 6.7, out of support, and I haven't the first idea how to upgrade them safely.",
      ["infrastructure"],
    ],
    ["the new hybrid setup with Teams and OneDrive though, they're struggling", ["microsoft365"]],
    ["investors want SOC 2 type stuff, which I don't understand at all", ["compliance"]],
    [
      "Neither of us knows much about the network side and the tills drop offline most weekends.",
      ["networking"],
    ],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: cover asked for, known well, no gaps", () => {
  it.each<Row>([
    [
      "we're capable but we cant recruit. helpdesk cover is what we need help with",
      ["servicedesk"],
    ],
    ["gap is probably helpdesk cover when they're on hols", ["servicedesk"]],
    ["We know M365 well enough, it's the networking side that's beyond us.", ["networking"]],
    [
      "Can't take PTO without my phone blowing up. The Intune stuff I fumble through.",
      ["microsoft365"],
    ],
    [
      "The DfE cyber standards are coming in and frankly we don't meet half of them.",
      ["compliance"],
    ],
    ["nobody here knows much about secuirty", ["cybersecurity"]],
    ["our backpus are a mess", ["backup"]],
    ["the netwrok is where we struggle", ["networking"]],
    ["gaps: none really, we're well covered. workload: high", []],
    ["skills gaps - none", []],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "help desk coverage is patchy when Sam's on leave",
    "Pete does servers, Asha does the network, and I do everything else.",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });

  it("adds an area the visitor forgot to list", () => {
    expect(
      gapsOf("sharepoint AND the servers, forgot the servers", listed(["microsoft365"])),
    ).toEqual(["infrastructure", "microsoft365"]);
  });
});
