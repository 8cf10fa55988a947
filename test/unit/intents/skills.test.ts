import { describe, expect, it } from "vitest";
import type { Profile, SkillsUpdate } from "../../../src/core/profile/index.ts";
import { extractSkills } from "../../../intents/extract/skills.ts";
import type { ExtractContext } from "../../../intents/extract/types.ts";
import { SKILLS_PHRASINGS } from "./fixtures/skill-burnout-phrasings.ts";

const read = (text: string, extra: Partial<ExtractContext> = {}): SkillsUpdate | undefined =>
  extractSkills(text, { profile: {}, ...extra });
const asked = { expecting: "skillsGaps" } as const;
const listed = (skillsGaps: Profile["skillsGaps"]): Partial<ExtractContext> => ({
  profile: { skillsGaps },
});

describe("extractSkills", () => {
  it.each([
    ["we really struggle with cyber security", ["cybersecurity"]],
    ["nobody here understands phishing or ransomware protection", ["cybersecurity"]],
    ["we have no MFA expertise at all", ["cybersecurity"]],
    ["nobody really understands azure", ["cloud"]],
    ["none of us are confident with AWS", ["cloud"]],
    ["we need help with our cloud migration", ["cloud"]],
    ["no one here knows intune", ["microsoft365"]],
    ["Azure AD is a headache", ["microsoft365"]],
    ["sharepoint is a mess and nobody knows how to run it", ["microsoft365"]],
    ["exchange online and teams admin are beyond us", ["microsoft365"]],
    ["our firewalls haven't been touched in years, nobody understands them", ["networking"]],
    ["the wi-fi and VPN setup is beyond me", ["networking"]],
    ["we struggle with servers and infrastructure", ["infrastructure"]],
    ["our VMware environment needs someone who knows what they're doing", ["infrastructure"]],
    ["we've never tested a restore", ["backup"]],
    ["we don't have a disaster recovery plan", ["backup"]],
    ["backups are something nobody ever checks", ["backup"]],
    ["we need help getting ISO 27001", ["compliance"]],
    ["gdpr compliance is a weak spot", ["compliance"]],
    ["cyber essentials is beyond us at the moment", ["compliance"]],
    ["the helpdesk side is where we struggle", ["servicedesk"]],
    ["password resets eat all our time", ["servicedesk"]],
    ["we've got no IT strategy or roadmap", ["strategy"]],
    ["we're weak on security and backups", ["cybersecurity", "backup"]],
    ["we struggle with security, backups, and cloud", ["cybersecurity", "backup", "cloud"]],
    ["security, backups and cloud are our weak spots", ["cybersecurity", "backup", "cloud"]],
    ["we need a security expert but not full time", ["cybersecurity"]],
  ])("a gap: %s", (text, areas) => {
    expect(read(text)).toEqual({ add: areas });
  });

  it.each([
    ["fine on networking but weak on security", ["cybersecurity"]],
    ["we're strong on infrastructure, weaker on security", ["cybersecurity"]],
    ["the team is fine with servers but clueless about cloud", ["cloud"]],
    ["we handle backups ourselves, but Azure AD is a headache", ["microsoft365"]],
    ["we're good on networking, security not so much", ["cybersecurity"]],
    ["we're not great at Azure AD", ["microsoft365"]],
    ["we lack in-house security skills", ["cybersecurity"]],
  ])("only the weak side of a contrast: %s", (text, areas) => {
    expect(read(text)).toEqual({ add: areas });
  });

  it.each([
    ["security and backups", ["cybersecurity", "backup"]],
    ["Networking, backups and Intune", ["networking", "backup", "microsoft365"]],
    ["probably cloud and security", ["cloud", "cybersecurity"]],
    ["mainly the security side of things", ["cybersecurity"]],
    ["cybersecurity mainly", ["cybersecurity"]],
    ["we use azure and m365, mostly fine, but nobody gets intune", ["microsoft365"]],
  ])("after the question, a listed area is a gap: %s", (text, areas) => {
    expect(read(text, asked)).toEqual({ add: areas });
  });

  it.each([
    ["no gaps really", {}],
    ["skills-wise we're pretty well covered", {}],
    ["we cover everything ourselves", {}],
    ["we don't really have any skills gaps", {}],
    ["none", asked],
    ["nothing really, we're pretty self-sufficient", asked],
    ["we're fine", asked],
  ] as const)("no gaps: %s", (text, extra) => {
    expect(read(text, extra)).toEqual({ replace: [] });
  });

  it.each([
    ["we're fine with everything except security", {}, ["cybersecurity"]],
    ["no gaps apart from maybe compliance", {}, ["compliance"]],
    ["probably security, and we're okay on the rest", asked, ["cybersecurity"]],
    ["just security", {}, ["cybersecurity"]],
    ["only security", asked, ["cybersecurity"]],
    ["only really cloud", asked, ["cloud"]],
  ] as const)("replaces the list: %s", (text, extra, areas) => {
    expect(read(text, extra)).toEqual({ replace: areas });
  });

  it("adds to a list already given", () => {
    expect(read("oh and cloud too", listed(["cybersecurity"]))).toEqual({ add: ["cloud"] });
    expect(read("oh and cloud too")).toEqual({ add: ["cloud"] });
    expect(read("and compliance as well", listed(["cloud"]))).toEqual({ add: ["compliance"] });
  });

  it.each([
    ["actually cloud is fine", ["cloud"]],
    ["scratch backups", ["backup"]],
    ["actually we're ok with backups", ["backup"]],
    ["forget cloud, we've got that covered", ["cloud"]],
    ["backups aren't actually a problem", ["backup"]],
  ])("takes an area back: %s", (text, areas) => {
    expect(read(text, listed(["cloud", "backup"]))).toEqual({ remove: areas });
  });

  it.each([
    "we're good with M365",
    "our team knows Azure inside out",
    "we're really strong on networking",
    "we don't struggle with networking",
    "I'm worried about job security",
    "worried about ransomware",
    "we use AWS for hosting",
    "we have 3 servers and 40 laptops",
    "we're planning to move to the cloud",
    "head in the clouds",
    "our strategy is to grow by acquisition",
    "we raise tickets by email",
    "the team covers networking, servers and backups",
    "can you help with our backups?",
    "do you do cyber essentials?",
    "how do you handle security?",
    "hello",
    "we have 80 staff",
  ])("nothing about gaps: %s", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each(SKILLS_PHRASINGS)(
    "wider phrasing: %s",
    (text, update, { asked: wasAsked, skillsGaps }) => {
      const extra: Partial<ExtractContext> = {
        ...(wasAsked && asked),
        ...(skillsGaps && { profile: { skillsGaps } }),
      };
      expect(read(text, extra)).toEqual(update);
    },
  );

  it("never throws on odd input", () => {
    for (const text of [
      "",
      "   ",
      "?!",
      "\u0000",
      "security ".repeat(3000),
      "not, ".repeat(3000),
    ]) {
      expect(() => read(text, asked)).not.toThrow();
    }
  });
});
