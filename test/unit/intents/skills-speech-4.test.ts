import { describe, expect, it } from "vitest";
import type { SkillArea } from "../../../src/core/profile/index.ts";
import { gapsOf } from "../../support/extract-expect.ts";

type Row = [string, SkillArea[] | undefined];

describe("skills gaps: a short verdict on the sentence before", () => {
  it.each<Row>([
    ["pen testing, hardening, all the security side... not our strength", ["cybersecurity"]],
    ["backups and DR. not our forte tbh", ["backup"]],
    ["azure... weak on, sadly", ["cloud"]],
    ["user support, the helpdesk basically, thats the bit we're rubbish at", ["servicedesk"]],
    ["the wifi, that's the part we are hopeless at. servers we're fine with", ["networking"]],
    ["sharepoint, which is the area we're weakest on", ["microsoft365"]],
    ["intune, autopilot... we know none of it", ["microsoft365"]],
    ["firewalls and VPNs, we know nothing of them", ["networking"]],
    [
      "Citrix and VMware we can do in our sleep, wifi and switching is where we fall over",
      ["networking"],
    ],
    ["servers we could run blindfolded, but backups is where we come unstuck", ["backup"]],
    ["theres no plan for any of it, nobody knows where to take it", ["strategy"]],
    ["no real plan for our IT at all", ["strategy"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: a clean bill of health", () => {
  it.each<Row>([
    ["6 of us across infra and service desk, skills-wise we're alright, nothing major missing", []],
    ["nothing really missing skills wise", []],
    ["skills wise we're all right", []],
    ["between the three of us we cover it all", []],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: not a gap", () => {
  it.each<Row>([
    [
      "moving office in feb and migrating email at the same time, could do with extra hands for that",
      undefined,
    ],
    ["365 rollout next month, we could use more bodies", undefined],
    ["I do it all myself", undefined],
    ["we do it all in house at the moment", undefined],
    [
      "I want to keep control of our IT direction, we just need help with the grunt work",
      undefined,
    ],
    ["we'd like to retain ownership of the strategy and hand over the legwork", undefined],
    [
      "sorry I put that badly, we DO want to keep control of the strategy, just not the day to day",
      undefined,
    ],
    ["backlog's at 340 tickets and climbing, nobody's had a day off in ages", undefined],
    ["no one has taken a holiday since the helpdesk went live", undefined],
    ["honestly quite chill apart from the odd printer meltdown", undefined],
    ["all calm bar the occasional wifi hiccup", undefined],
    [
      "we're an NHS supplier so DSPT and cyber essentials plus are non-negotiable and the bar keeps going up",
      undefined,
    ],
    ["MDM is on the roadmap for Q2", undefined],
    ["We're comfortable, nobody's overworked.", undefined],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each<Row>([
    ["good at everything bar security", ["cybersecurity"]],
    [
      "need extra bodies for the start of term rush, mostly helpdesk stuff which the team cant cover",
      ["servicedesk"],
    ],
    ["we'll need extra hands, plus they've never done a SharePoint migration", ["microsoft365"]],
    ["weak on security, could do with extra hands too", ["cybersecurity"]],
  ])("still a gap: %s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});
