import { describe, expect, it } from "vitest";
import {
  describeSkillArea,
  describeTopic,
  fill,
  renderRecap,
  RECAP_LIMITS,
  type CardCopyKey,
} from "../../../dialogs/cards/index.ts";
import { SKILL_AREAS, type Profile } from "../../../src/core/profile/index.ts";
import { copy } from "./card-fixtures.ts";

const phrase = (key: CardCopyKey): string => copy[key];
const listed = (items: string[]): string =>
  items.length < 2
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ${phrase("list.and")} ${items.at(-1)}`;

describe("renderRecap", () => {
  it("reads back a full profile as one summary, the telling signals, then asks to confirm", () => {
    const profile: Profile = {
      employees: 80,
      itStaff: 1,
      skillsGaps: ["cybersecurity", "cloud"],
      burnoutRisk: "high",
      signals: { recruitmentDifficulty: true },
    };
    const facts = [
      fill(copy, "recap.employees.many", { count: 80 }),
      phrase("recap.itStaff.one"),
      fill(copy, "recap.skillsGaps.some", {
        areas: listed([phrase("skill.cybersecurity"), phrase("skill.cloud")]),
      }),
      phrase("recap.burnout.high"),
    ].join(", ");
    expect(renderRecap(profile, copy)).toBe(
      [
        fill(copy, "recap.summary", { facts }),
        fill(copy, "recap.also", { signals: phrase("recap.signal.recruitmentDifficulty") }),
        phrase("recap.confirm"),
      ].join(" "),
    );
  });

  it.each<[string, Profile, string[]]>([
    ["no in-house IT", { itStaff: 0 }, [phrase("recap.itStaff.none")]],
    ["one IT person", { itStaff: 1 }, [phrase("recap.itStaff.one")]],
    ["several IT staff", { itStaff: 4 }, [fill(copy, "recap.itStaff.many", { count: 4 })]],
    ["a one-person organisation", { employees: 1 }, [phrase("recap.employees.one")]],
    [
      "thousands separators",
      { employees: 1200 },
      [fill(copy, "recap.employees.many", { count: "1,200" })],
    ],
    ["no skills gaps", { skillsGaps: [] }, [phrase("recap.skillsGaps.none")]],
    [
      "three gaps in the order given",
      { skillsGaps: ["servicedesk", "microsoft365", "cybersecurity"] },
      [
        fill(copy, "recap.skillsGaps.some", {
          areas: listed([
            phrase("skill.servicedesk"),
            phrase("skill.microsoft365"),
            phrase("skill.cybersecurity"),
          ]),
        }),
      ],
    ],
    ["low burnout", { burnoutRisk: "low" }, [phrase("recap.burnout.low")]],
    ["medium burnout", { burnoutRisk: "medium" }, [phrase("recap.burnout.medium")]],
    ["high burnout", { burnoutRisk: "high" }, [phrase("recap.burnout.high")]],
    ["wanting control", { signals: { wantsControl: true } }, [phrase("recap.signal.wantsControl")]],
    [
      "rather hand over",
      { signals: { wantsControl: false } },
      [phrase("recap.signal.wantsControl.false")],
    ],
    [
      "IT not strategic",
      { signals: { itIsStrategic: false } },
      [phrase("recap.signal.itIsStrategic.false")],
    ],
    [
      "hard hiring",
      { itStaff: 2, signals: { recruitmentDifficulty: true } },
      [phrase("recap.signal.recruitmentDifficulty")],
    ],
    [
      "don't-know answers",
      { employees: null, itStaff: null, skillsGaps: null, burnoutRisk: null },
      [
        fill(copy, "recap.unsure", {
          topics: listed(
            (["employees", "itStaff", "skillsGaps", "burnoutRisk"] as const).map((p) =>
              describeTopic(p, copy),
            ),
          ),
        }),
      ],
    ],
    [
      "an unsure signal",
      { employees: 30, signals: { wantsControl: null } },
      [fill(copy, "recap.unsure", { topics: describeTopic("signals.wantsControl", copy) })],
    ],
  ])("%s", (_name, profile, expected) => {
    const recap = renderRecap(profile, copy);
    for (const part of expected) expect(recap).toContain(part);
    expect(recap.endsWith(phrase("recap.confirm"))).toBe(true);
  });

  it("says so when nothing is known yet, and leaves absent fields out", () => {
    expect(renderRecap({}, copy)).toBe(phrase("recap.empty"));
    expect(renderRecap({ signals: {} }, copy)).toBe(phrase("recap.empty"));
    const recap = renderRecap({ employees: 50 }, copy);
    expect(recap).not.toContain(phrase("recap.itStaff.none"));
    expect(recap).not.toContain(
      fill(copy, "recap.unsure", { topics: describeTopic("itStaff", copy) }),
    );
  });

  it("does not read back a `false` answer that is not itself a preference", () => {
    expect(
      renderRecap({ signals: { teamCapable: false, recruitmentDifficulty: false } }, copy),
    ).toBe(phrase("recap.empty"));
  });

  it("puts signals in the summary when no other fact is known", () => {
    expect(renderRecap({ signals: { itStaffLeaving: true } }, copy)).toBe(
      `${fill(copy, "recap.summary", { facts: phrase("recap.signal.itStaffLeaving") })} ${phrase("recap.confirm")}`,
    );
  });

  it("reads back at most the most telling signals", () => {
    const recap = renderRecap(
      {
        employees: 60,
        signals: {
          extraCapacityNeeded: true,
          unpredictableCosts: true,
          itStaffLeaving: true,
          singlePersonDependency: true,
          wantsControl: true,
        },
      },
      copy,
    );
    for (const key of ["itStaffLeaving", "singlePersonDependency", "wantsControl"] as const) {
      expect(recap).toContain(phrase(`recap.signal.${key}`));
    }
    expect(recap).not.toContain(phrase("recap.signal.extraCapacityNeeded"));
    expect(RECAP_LIMITS.signals).toBe(3);
  });
});

describe("describeSkillArea", () => {
  it.each(SKILL_AREAS)("words %s from the copy", (area) => {
    expect(describeSkillArea(area, copy)).toBe(phrase(`skill.${area}`));
  });

  it("uses everyday names", () => {
    expect(describeSkillArea("cybersecurity", copy)).toBe("security");
    expect(describeSkillArea("microsoft365", copy)).toBe("Microsoft 365");
    expect(describeSkillArea("servicedesk", copy)).toBe("the service desk");
  });
});
