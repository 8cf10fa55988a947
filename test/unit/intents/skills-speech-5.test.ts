import { describe, expect, it } from "vitest";
import type { SkillArea } from "../../../src/core/profile/index.ts";
import { gapsOf } from "../../support/extract-expect.ts";

type Row = [string, SkillArea[] | undefined];
const asked = { expecting: "skillsGaps" } as const;

describe("skills gaps: duties listed are not a clean bill of health", () => {
  it.each<Row>([
    ["patient records, the xray machines, the phones, they do the lot", undefined],
    ["the lads do the lot, printers, phones, the tills", undefined],
    ["she does everything, payroll, the phones, the wifi", undefined],
    ["our IT guy does it all, from the servers to the printers", undefined],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each<Row>([
    ["nah they do the lot", []],
    ["nope, we do it all", []],
    ["nothing really, they're on top of all of it", []],
    ["none really, she's on top of everything", []],
  ])("after the question: %s", (text, areas) => {
    expect(gapsOf(text, asked)).toEqual(areas);
  });
});

describe("skills gaps: 'nobody else knows' while the one who knows is still here", () => {
  it.each<Row>([
    ["2nd/3rd line is basically just me, nobody else knows the back end", undefined],
    ["2nd line is basically just me, nobody else knows the firewall", undefined],
    ["i'm the only one who does the servers, no one else knows them", undefined],
    ["Dave does all the backups and nobody else knows how", undefined],
    ["Dave left in march and nobody else knows the backups", ["backup"]],
    ["our IT lady retired and no one else understands the firewall", ["networking"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: kit nobody has touched, kit other people break", () => {
  it.each<Row>([
    ["the owners son set up the wifi years ago and nobody's touched it since", undefined],
    ["the server was set up by a contractor in 2015 and nobody's touched it since", undefined],
    ["the switches were put in years ago and no one has touched them since", undefined],
    ["we also have a parish hall wifi that the scouts keep breaking", undefined],
    ["the wifi that the kids keep breaking", undefined],
    ["the printers the staff keep breaking", undefined],
    ["the wifi keeps breaking", ["networking"]],
    ["the vpn keeps dropping out", ["networking"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: 'can't do it all' is hands unless an area is singled out", () => {
  it.each<Row>([
    [
      "mate we've got heaps on, new site fit-out in march and a full 365 migration, the two IT guys can't do it all",
      undefined,
    ],
    ["we've a huge intune rollout and an office move, the two of us can't do it all", undefined],
    ["he can't do everything, especially the security stuff", ["cybersecurity"]],
    ["we can't do it all, particularly the azure side", ["cloud"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: governance, sprawl and landing zones", () => {
  it.each<Row>([
    [
      "a lot of our gaps are M365 governance (sharepoint sprawl, teams sprawl) and azure landing zones. rest we handle",
      ["cloud", "microsoft365"],
    ],
    ["a lot of our gaps are azure landing zones and teams sprawl", ["cloud", "microsoft365"]],
    ["a lot of our gaps are M365 governance", ["microsoft365"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: a renewal or audit on the calendar is news, not a gap", () => {
  it.each<Row>([
    [
      "housing association 220 staff it team of 5, we're weak on security and cyber essentials renewal is due next month",
      ["cybersecurity"],
    ],
    ["we're weak on networking and our iso audit is due in may", ["networking"]],
    ["struggling with backups and the cyber essentials renewal is coming up", ["backup"]],
    ["we're fine on security and our pci audit is booked for next month", undefined],
    ["we're weak on security and cyber essentials", ["compliance", "cybersecurity"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: an area asked about, then owned up to", () => {
  it.each<Row>([
    [
      "can you help us get cyber essentials? we need it for a council tender and nobody here knows what it involves",
      ["compliance"],
    ],
    ["do you do cyber essentials? we have no clue where to start with it", ["compliance"]],
    ["is intune worth it? we don't really get it", ["microsoft365"]],
    ["how much is a pen test? the boss asked", undefined],
    [
      "what risk does co-managed actually reduce for a team like mine — 4 of us, all decent, zero security expertise",
      ["cybersecurity"],
    ],
    ["what would it cost for a team like ours - 3 of us, no azure experience", ["cloud"]],
    ["how does co-managed work for us — two techs, zero networking knowledge", ["networking"]],
    ["what does it cost - just curious", undefined],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: bods, techies, killing us, no notion", () => {
  it.each<Row>([
    [
      "we need a security bod now and then but nowhere near enough to hire one full time",
      ["cybersecurity"],
    ],
    ["we need a security bod a couple of days a month", ["cybersecurity"]],
    ["looking for a networking bod part time", ["networking"]],
    ["need a cloud techie for the migration", ["cloud"]],
    ["we'd only need a security bod occasionally", undefined],
    ["we would just need a networking techie now and then", undefined],
    [
      "helpdesk is killing us, the two of them spend all day on password resets and printers and never get to proper work",
      ["servicedesk"],
    ],
    ["password resets are killing them", ["servicedesk"]],
    ["they spend all day on printers and password resets", ["servicedesk"]],
    ["i spend half my week on backups", ["backup"]],
    ["licence costs are killing us", undefined],
    [
      "I wouldn't have a notion what to do about security or whether our backups even work",
      ["backup", "cybersecurity"],
    ],
    ["i wouldn't have a notion about firewalls", ["networking"]],
    ["we wouldn't have a clue about intune", ["microsoft365"]],
    ["security na wahala for dem sha, dem no sabi am well", ["cybersecurity"]],
    ["dem no sabi cloud at all", ["cloud"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});
