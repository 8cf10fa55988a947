import { describe, expect, it } from "vitest";
import { gapsOf, listed } from "../../support/extract-expect.ts";

describe("skills gaps: nobody on the team knows an area", () => {
  it.each([
    ["none of the six are really security people", ["cybersecurity"]],
    ["none of the three know Azure or SharePoint either", ["cloud", "microsoft365"]],
    ["we've got loads of servers and not one of our staff can manage them", ["infrastructure"]],
    ["neither of the two techs understands VLANs", ["networking"]],
    ["none of our IT team has touched Intune", ["microsoft365"]],
    ["none of the lads know the first thing about aws", ["cloud"]],
    ["none of us are security experts", ["cybersecurity"]],
    ["Nobody here's really an expert in Microsoft 365", ["microsoft365"]],
    ["no one in the team is confident with the firewall", ["networking"]],
    ["none of us is any good at user-facing support", ["servicedesk"]],
    ["nobody here is a cloud person tbh", ["cloud"]],
    [
      "we've no one who understands the network or the cloud side, nor security really",
      ["cloud", "cybersecurity", "networking"],
    ],
    ["nobody gets azure, nor intune", ["cloud", "microsoft365"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: not knowing whether something works", () => {
  it.each([
    ["we don't even know if our backups work", ["backup"]],
    ["honestly no idea whether the backups would actually restore", ["backup"]],
    ["not sure the DR setup even works", ["backup"]],
    ["never checked if our backups work tbh", ["backup"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "we don't know if azure would work for us",
    "not sure if it works for us",
    "we don't even know if we'll grow next year",
  ])("a doubt about fit, not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: weak, thin, nil", () => {
  it.each([
    [
      "We're awful at keeping on top of Office 365 and the GDPR stuff",
      ["compliance", "microsoft365"],
    ],
    ["we're rubbish at staying on top of patching", ["infrastructure"]],
    ["bad at keeping up with gdpr if im honest", ["compliance"]],
    ["our Azure skills are basically nil", ["cloud"]],
    ["our networking knowledge is pretty limited", ["networking"]],
    ["security expertise is thin on the ground here", ["cybersecurity"]],
    ["backups are a bit of a dark art to us", ["backup"]],
    ["Azure is a closed book to the team", ["cloud"]],
    ["compliance is a grey area for us", ["compliance"]],
    ["our DR plan is basically non-existent", ["backup"]],
    ["He's never touched Azure.", ["cloud"]],
    ["we've never worked with Intune", ["microsoft365"]],
    ["I've never dealt with VMware before", ["infrastructure"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: X is where we need help", () => {
  it.each([
    ["cloud and security are where we're thin", ["cloud", "cybersecurity"]],
    [
      "Printers, password resets, new starters - user support is where we need the help",
      ["servicedesk"],
    ],
    ["networking is where we're weakest", ["networking"]],
    ["backups are where we fall short", ["backup"]],
    ["helpdesk is where we could do with some help", ["servicedesk"]],
    [
      "User support is where we're weakest though, they're engineers not helpdesk people.",
      ["servicedesk"],
    ],
    ["compliance is where the team is least confident", ["compliance"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: help wanted with an area", () => {
  it.each([
    [
      "we need pen testing and someone to look at our firewall rules once a year",
      ["cybersecurity"],
    ],
    [
      "half our tickets are printers and password resets, we'd love someone to take first line support off us",
      ["servicedesk"],
    ],
    ["would be great to have someone take the helpdesk off our plate", ["servicedesk"]],
    ["we'd like someone to look after the servers", ["infrastructure"]],
    ["need a proper DR plan and someone to test it", ["backup"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "we don't want anyone taking the servers off us",
    "we've got a big cloud migration coming and not enough bods to do it",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: strategy said without the word", () => {
  it.each([
    [
      "we've got nobody for the strategic side though, budgets, roadmap, which vendors to use etc",
      ["strategy"],
    ],
    ["our only gap is the planning side, knowing what to invest in", ["strategy"]],
    ["nobody to tell us what we should be investing in either", ["strategy"]],
    ["no idea what we should be planning to spend on IT in the next few years", ["strategy"]],
    ["nobody knows how to plan where IT is going", ["strategy"]],
    ["none of us know how to set any direction", ["strategy"]],
    ["we just react, no roadmap", ["strategy"]],
    ["honestly it's all reactive here", ["strategy"]],
    ["nobody thinks beyond keeping the lights on", ["strategy"]],
    ["there's no one to plan, we just fix what breaks", ["strategy"]],
    ["we've no idea about cloud or how to plan IT properly", ["cloud", "strategy"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "budgeting for IT is a nightmare",
    "he's constantly firefighting and hasnt had a holiday in a year",
    "keep the lights on is all we need",
    "Our IT director sets the direction and that's not changing",
    "we plan ahead for every migration",
    "there's no one to plan the office move",
  ])("not a strategy gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: none, because it is time not skills", () => {
  it.each([
    ["We're not short of skills, just time. The IT team are busy but coping", {}],
    ["skills aren't the issue, it's capacity", {}],
    ["it's not a skills problem, we just don't have the hours", {}],
    ["we have the skills, just not the time", {}],
    ["none really, we've got it covered", { expecting: "skillsGaps" as const }],
    ["nope, it's all covered", { expecting: "skillsGaps" as const }],
  ])("%s", (text, extra) => {
    expect(gapsOf(text, extra)).toEqual([]);
  });
});

describe("skills gaps: typos of product names", () => {
  it.each([
    ["we're clueless on azur", ["cloud"]],
    ["struggling with intue", ["microsoft365"]],
    ["nobody understands sharepiont permissions", ["microsoft365"]],
    ["phising training is beyond us", ["cybersecurity"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it("adds a misspelt area to a list already given", () => {
    expect(gapsOf("oh and azur. clueless on that", listed(["servicedesk"]))).toEqual(["cloud"]);
  });
});

describe("skills gaps: a later sentence points back at an area", () => {
  it.each([
    [
      "We're a group of care homes and the DSPT deadline is looming. Honestly we don't understand half of it.",
      ["compliance"],
    ],
    ["We moved to SharePoint last year. None of us really understand it.", ["microsoft365"]],
    ["We're meant to be moving to Azure next year. No idea where to start with it.", ["cloud"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });

  it.each([
    "We use Azure. It's a nightmare hiring IT people though.",
    "We run Veeam for backups. It works fine.",
  ])("not a gap: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: questions that also tell", () => {
  it.each([
    ["nobody here knows networking - is that the sort of gap you fill?", ["networking"]],
    [
      "need Cyber Essentials by March and haven't a clue where to start. can you help?",
      ["compliance"],
    ],
    ["we haven't got a clue about intune, is that something you cover?", ["microsoft365"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: a product beside a different gap", () => {
  it.each([
    ["also struggling with intune compliance policies", ["microsoft365"]],
    [
      "We run Entra ID and Defender for Endpoint, both sorted. What we can't do is the firewall rule review",
      ["cybersecurity"],
    ],
    [
      "Helpdesk's the gap. We're all infrastructure people and none of us is any good at helpdesk.",
      ["servicedesk"],
    ],
    [
      "i do everything from printers to the firewall and don't really know security",
      ["cybersecurity"],
    ],
    [
      "he handles everything from password resets to the servers, but cloud is beyond him",
      ["cloud"],
    ],
    ["we're network people really, cloud is a mystery", ["cloud"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});

describe("skills gaps: capacity, cost and worry are not expertise", () => {
  it.each([
    "our users complain constantly, helpdesk response times are awful",
    "help desk coverage is patchy when Sam's on leave",
    "the service desk queue is a nightmare on Mondays",
    "the service desk lot are at breaking point",
    "Honestly the team isn't up to it. Lovely people but out of their depth on anything beyond a password reset.",
    "I wouldn't call them competent with anything beyond resetting passwords",
    "I'm a bit worried about cyber security after a supplier got hacked",
    "we need to get through Cyber Essentials Plus this year which is a worry",
    "we're all infrastructure people",
    "we do everything from payroll to marketing in house",
  ])("%s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });
});

describe("skills gaps: past, hedged and contrasted", () => {
  it.each([
    "we used to struggle with backups but Veeam sorted that",
    "we used to be weak on security, not any more",
    "cloud used to be where we were weakest but not now",
    "nobody knew intune a year ago but we're fine with it now",
    "none of us were security people until we hired Jo",
    "not sure if we're weak on security",
    "I don't think we're weak on cloud",
  ])("no gap now: %s", (text) => {
    expect(gapsOf(text)).toBeUndefined();
  });

  it.each([
    ["we still struggle with backups", ["backup"]],
    ["fine on networking but nobody knows azure", ["cloud"]],
    ["we're good at most things, where we're weakest is probably compliance", ["compliance"]],
  ])("%s", (text, areas) => {
    expect(gapsOf(text)).toEqual(areas);
  });
});
