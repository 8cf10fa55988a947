import { describe, expect, it } from "vitest";
import { SKILL_AREAS, type SkillArea } from "../../../src/core/profile/index.ts";
import { gapsOf } from "../../support/extract-expect.ts";

type Row = [string, SkillArea[] | undefined];

const asked = { expecting: "skillsGaps" as const };

describe("skills gaps: text-speak, dialect and typos", () => {
  it.each<Row>([
    ["no1 here knows how 2 do proper backups or dr", ["backup"]],
    ["audit in june + iso 27001 looming no1 knows the controls", ["compliance"]],
    ["no1 knows the firewall", ["networking"]],
    ["wifi drops constantly n we dont kno why", ["networking"]],
    [
      "the IT's a bit of a guddle tae be honest, naebody kens how the network's set up",
      ["networking"],
    ],
    ["naebody kens the servers", ["infrastructure"]],
    ["compliance we're ok on, backups too, but anything networky and we're lost", ["networking"]],
    ["networky stuff baffles us", ["networking"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each<Row>([
    ["secrity n clod", ["cloud", "cybersecurity"]],
    ["clod n backups", ["backup", "cloud"]],
    ["security, we're only two people after all", ["cybersecurity"]],
    ["we're only three people, so backups and cloud", ["backup", "cloud"]],
  ])("after the question: %s", (text, areas) => {
    expect(gapsOf(text, asked)).toEqual(areas);
  });

  it.each(["the clod of earth on the floor", "the networky side is fine", "the NAS is fine"])(
    "not a gap: %s",
    (text) => {
      expect(gapsOf(text)).toBeUndefined();
    },
  );
});

describe("skills gaps: plain admissions", () => {
  it.each<Row>([
    ["our IT team is very much competent but they are not having cloud knowledge", ["cloud"]],
    ["they are not having much experience with sharepoint", ["microsoft365"]],
    [
      "the two of them are decent enough, though neither has touched VMware in anger",
      ["infrastructure"],
    ],
    ["neither of them has touched azure", ["cloud"]],
    ["neither has ever worked with intune", ["microsoft365"]],
    [
      "need a pen test done + some phishing training but not a full time security person",
      ["cybersecurity"],
    ],
    ["we need some phishing training", ["cybersecurity"]],
    ["we need our DR plan written", ["backup"]],
    [
      "4 techs, good at the day to day, but we need a firewall/SOC specialist maybe a couple of days a month",
      ["cybersecurity"],
    ],
    [
      "Backups are basically whatever Time Machine feels like doing, and nobody here would know how to get us back up and running if the NAS died.",
      ["backup"],
    ],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "neither has complained about the wifi",
    "we need an office move done",
    "we're all infrastructure people",
    "sage licensing is a nightmare",
    "the Revit licensing is a nightmare every renewal",
    "the it budget went over again",
    "My concern is purely cost: the IT budget went over by 40% last year and nobody could explain why.",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: no gaps, and plans that are not gaps", () => {
  it.each<Row>([
    ["I wouldn't say we're short of skills, between them the team covers most things", []],
    ["I wouldn't say we have any gaps", []],
    ["between them they cover most things", []],
    ["between them they cover most things except security", ["cybersecurity"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each<Row>([
    ["yes, big 365 migration next quarter", undefined],
    ["azure migration planned for next year, but security is a worry", ["cybersecurity"]],
    ["365 migration", ["microsoft365"]],
  ])("after the question: %s", (text, areas) => {
    expect(gapsOf(text, asked)).toEqual(areas);
  });
});

describe("skills gaps: whole replies to the skills question", () => {
  it.each<Row>([
    ["everything, he's useless", [...SKILL_AREAS].sort()],
    ["all of it tbh we're clueless", [...SKILL_AREAS].sort()],
    ["everything, but mostly security", ["cybersecurity"]],
    ["none that I know of", []],
    ["none that we're aware of", []],
  ])("%s", (text, areas) => {
    expect(gapsOf(text, asked)).toEqual(areas);
  });
});
