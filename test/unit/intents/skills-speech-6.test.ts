import { describe, expect, it } from "vitest";
import type { SkillArea } from "../../../src/core/profile/index.ts";
import { gapsOf } from "../../support/extract-expect.ts";

type Row = [string, SkillArea[] | undefined];
const asked = { expecting: "skillsGaps" } as const;
const check = (text: string, areas: SkillArea[] | undefined): void => {
  expect(gapsOf(text)).toEqual(areas);
};

describe("skills gaps: fixes looked up online", () => {
  it.each<Row>([
    ["half my week goes on googling intune errors", ["microsoft365"]],
    ["i google the same sharepoint fixes over and over", ["microsoft365"]],
    ["had to google what a vlan even was last week", ["networking"]],
    ["tbh i just googled how to set up the vpn", ["networking"]],
    ["we moved everyone onto google workspace last year", undefined],
    ["found you on google while looking at backup providers", undefined],
    ["i was googling backup providers and found you", undefined],
  ])("%s", check);
});

describe("skills gaps: kit nobody dares touch", () => {
  it.each<Row>([
    ["the switches are ancient and nobody dares log into them", ["networking"]],
    ["theres a hyper-v host nobody will touch", ["infrastructure"]],
    ["we're all scared to reboot the file server", ["infrastructure"]],
    ["im terrified of touching the firewall config", ["networking"]],
    ["our firewall is new and we're not scared of it", undefined],
  ])("%s", check);
});

describe("skills gaps: learning as they go", () => {
  it.each<Row>([
    ["he's learning exchange on the fly", ["microsoft365"]],
    ["she's untangling the azure tenant, teaching herself as she goes", ["cloud"]],
    ["with the roadmap we're basically guessing", ["strategy"]],
    ["ask him about GDPR and he goes pale", ["compliance"]],
    ["we scraped through cyber essentials last year", ["compliance"]],
  ])("%s", check);
});

describe("skills gaps: work paid out to contractors", () => {
  it.each<Row>([
    ["we pay a freelancer for anything azure", ["cloud"]],
    ["servers, storage, the lot - it all goes to a contractor", ["infrastructure"]],
    ["we bring in a consultant whenever the firewall rules need reviewing", ["cybersecurity"]],
    ["we used a consultant for the 365 move two years ago, went fine", undefined],
  ])("%s", check);
});

describe("skills gaps: a specialist part of the time", () => {
  it.each<Row>([
    ["we'd want someone in a couple of days a month for security", ["cybersecurity"]],
    ["maybe a day a fortnight of network engineering", ["networking"]],
    ["it's more about expertise in niche bits like intune", ["microsoft365"]],
    ["we're not big enough to justify a full time cloud person", ["cloud"]],
    ["we'd want a full time security person on site", undefined],
    ["a database expert one day a month would be plenty", undefined],
  ])("%s", check);
});

describe("skills gaps: the same kind of thing breaking again and again", () => {
  it.each<Row>([
    ["the vpn falls over every monday morning", ["networking"]],
    ["wifi drops out on fridays without fail", ["networking"]],
    ["backup jobs fail and we cant work out why", ["backup"]],
    ["printer calls are most of it and we've no system for logging them", ["servicedesk"]],
    ["we've never once tested a restore", ["backup"]],
  ])("%s", check);
});

describe("skills gaps: the bit we're worst at, and what the last sentence said", () => {
  it.each<Row>([
    ["user support is honestly the bit we're worst at", ["servicedesk"]],
    ["compliance is a bit of a black hole for us", ["compliance"]],
    ["the AWS account confuses us. same goes for the GCP project", ["cloud"]],
    ["we're fine with the firewall. same goes for the switches", undefined],
  ])("%s", check);
});

describe("skills gaps: plans, hires, costs and applicants are not gaps", () => {
  it.each<Row>([
    ["we're moving to azure next year and need more bodies for it", undefined],
    ["last year we went 30% over the IT budget and nobody knew why", undefined],
    ["got two CVs and none of them knew what a firewall was", undefined],
    ["our two techs are sound, the auditors are back in may", undefined],
  ])("%s", check);
  it("after the question, a planned move", () => {
    expect(gapsOf("we're migrating to AWS next spring, we'll need extra hands", asked)).toBe(
      undefined,
    );
  });
});

describe("skills gaps: no gaps said in passing", () => {
  it.each<Row>([
    ["there's nothing technical we struggle with, it's just hours", []],
    ["i wouldn't say there's anything we can't do", []],
    ["we're solid on the technical side, it's capacity", []],
  ])("%s", check);
  it.each<Row>([
    ["honestly none, the lads know their stuff", []],
    ["none really. they're a good bunch", []],
    ["nothing, they've been here years", []],
    ["none, but security maybe", ["cybersecurity"]],
  ])("after the question: %s", (text, areas) => {
    const found = gapsOf(text, asked);
    expect(found === undefined ? found : [...found].sort()).toEqual(areas);
  });
});
