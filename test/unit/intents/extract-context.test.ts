import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BURNOUT_LEVELS,
  mergeProfile,
  PROFILE_PATHS,
  ProfileSchema,
  SIGNAL_NAMES,
  SKILL_AREAS,
} from "../../../src/core/profile/index.ts";
import type { Profile, ProfilePath, ProfileUpdate } from "../../../src/core/profile/index.ts";
import { extractFacts } from "../../../intents/extract/index.ts";
import { growthOfRepeats } from "../../support/cpu-time.ts";
import type { ExtractContext, ExtractionFailure } from "../../../intents/extract/index.ts";
import { aContext } from "../../support/extract-expect.ts";

describe("extractFacts: a bare answer lands in the field just asked about", () => {
  const rows: [string, ProfilePath, ProfileUpdate][] = [
    ["80", "employees", { employees: 80 }],
    ["about a dozen", "employees", { employees: 12 }],
    ["1,200", "employees", { employees: 1200 }],
    ["50-80", "employees", { employees: 65 }],
    ["just under 60", "employees", { employees: 58 }],
    ["three", "itStaff", { itStaff: 3 }],
    ["none", "itStaff", { itStaff: 0 }],
    ["zero", "itStaff", { itStaff: 0 }],
    ["nobody", "itStaff", { itStaff: 0 }],
    ["no one", "itStaff", { itStaff: 0 }],
    ["not sure, maybe 50", "employees", { employees: 50 }],
  ];
  it.each(rows)("%j for %s", (text, expecting, update) => {
    const facts = extractFacts(text, aContext(expecting));
    expect(facts.update).toEqual(update);
    expect(facts.dontKnow).toBe(false);
    expect(facts.failures).toEqual({});
  });

  const yesNo: [string, boolean][] = [
    ["yes", true],
    ["yeah", true],
    ["Yep!", true],
    ["yes, definitely", true],
    ["absolutely", true],
    ["I think so", true],
    ["no", false],
    ["nope", false],
    ["nah", false],
    ["no, not really", false],
    ["not really", false],
    ["probably not", false],
  ];
  it.each(yesNo)("reads %j as %s for a signal question", (text, value) => {
    const facts = extractFacts(text, aContext("signals.teamCapable"));
    expect(facts.update.signals?.teamCapable).toBe(value);
    expect(facts.failures).toEqual({});
  });

  it("does not read a mixed or unrelated reply as yes or no", () => {
    for (const text of ["yes and no", "no one knows", "what do you mean?", "no IT people"]) {
      const facts = extractFacts(text, aContext("signals.itIsStrategic"));
      expect(facts.update.signals?.itIsStrategic).toBeUndefined();
      expect(facts.failures["signals.itIsStrategic"]).toBe("not-mentioned");
    }
  });

  it("fills other fields from the same reply as well", () => {
    const facts = extractFacts("120 staff, 3 in IT", aContext("employees"));
    expect(facts.update).toMatchObject({ employees: 120, itStaff: 3 });
  });
});

describe("extractFacts: don't know", () => {
  const phrases = [
    "don't know",
    "I don't know",
    "not sure",
    "I'm not sure, sorry",
    "no idea",
    "no idea to be honest",
    "skip",
    "skip this one",
    "pass",
    "I'd rather not say",
    "rather not say",
    "dunno",
    "can't say",
    "no clue",
    "I don't know how many",
  ];

  it.each(phrases)("%j sets the expected count to null", (text) => {
    const facts = extractFacts(text, aContext("employees"));
    expect(facts.update).toEqual({ employees: null });
    expect(facts.dontKnow).toBe(true);
    expect(facts.failures).toEqual({});
  });

  const paths: [ProfilePath, ProfileUpdate][] = [
    ["employees", { employees: null }],
    ["itStaff", { itStaff: null }],
    ["skillsGaps", { skills: { replace: null } }],
    ["burnoutRisk", { burnoutRisk: null }],
    ["signals.wantsControl", { signals: { wantsControl: null } }],
    ["signals.recruitmentDifficulty", { signals: { recruitmentDifficulty: null } }],
  ];
  it.each(paths)("'not sure' for %s records that field as null", (expecting, update) => {
    const facts = extractFacts("not sure", aContext(expecting));
    expect(facts.update).toEqual(update);
    expect(facts.dontKnow).toBe(true);
  });

  it.each(phrases)("%j without a question is a don't-know with no update", (text) => {
    const facts = extractFacts(text, aContext());
    expect(facts.update).toEqual({});
    expect(facts.dontKnow).toBe(true);
  });

  it("is not fooled by 'not sure' in a longer statement", () => {
    const facts = extractFacts("I'm not sure we have the skills for cloud work", aContext());
    expect(facts.dontKnow).toBe(false);
    expect(extractFacts("I'm the only one who knows the systems", aContext()).dontKnow).toBe(false);
  });

  it("keeps facts given alongside a don't-know for another field", () => {
    const facts = extractFacts("no idea, but we have 80 staff", aContext("itStaff"));
    expect(facts.update).toMatchObject({ itStaff: null, employees: 80 });
    expect(facts.dontKnow).toBe(true);
  });
});

describe("extractFacts: failures pick the re-prompt", () => {
  const rows: [string, ProfilePath, ExtractionFailure][] = [
    ["loads", "employees", "unparseable"],
    ["lots", "employees", "unparseable"],
    ["loads of people", "employees", "unparseable"],
    ["quite a few", "itStaff", "unparseable"],
    ["2.5", "itStaff", "unparseable"],
    ["£40k", "employees", "unparseable"],
    ["since 2015", "employees", "unparseable"],
    ["none", "employees", "out-of-range"],
    ["0", "employees", "out-of-range"],
    ["99999999999", "employees", "out-of-range"],
    ["80, 90", "employees", "ambiguous"],
    ["yes", "itStaff", "ambiguous"],
    ["hello", "employees", "not-mentioned"],
    ["we have 3 offices", "employees", "unparseable"],
    ["what does co-managed mean?", "employees", "not-mentioned"],
    ["what does co-managed mean?", "signals.wantsControl", "not-mentioned"],
  ];
  it.each(rows)("%j for %s -> %s", (text, expecting, reason) => {
    const facts = extractFacts(text, aContext(expecting));
    expect(facts.failures[expecting]).toBe(reason);
    expect(facts.dontKnow).toBe(false);
    expect(facts.update.employees ?? facts.update.itStaff).toBeUndefined();
  });

  it("records a rejected count even without a question", () => {
    expect(extractFacts("we have 2.5 IT staff", aContext()).failures).toEqual({
      itStaff: "unparseable",
    });
  });
});

describe("extractFacts: corrections", () => {
  const rows: [string, Profile, ProfilePath | undefined, ProfileUpdate][] = [
    ["actually it's 5", { employees: 80, itStaff: 3 }, undefined, { itStaff: 5 }],
    ["sorry, I meant 50 staff", { employees: 500, itStaff: 3 }, undefined, { employees: 50 }],
    ["make that 4 in IT", { employees: 40, itStaff: 3 }, undefined, { itStaff: 4 }],
    ["no wait, 3", { employees: 80, itStaff: 2 }, undefined, { itStaff: 3 }],
    ["sorry I meant 150", { itStaff: 2 }, undefined, { employees: 150 }],
    ["actually it's 5", { employees: 80, itStaff: 3 }, "employees", { employees: 5 }],
    ["no wait we do have an IT person", { itStaff: 0 }, undefined, { itStaff: 1 }],
  ];
  it.each(rows)("%j after %j", (text, profile, expecting, update) => {
    const facts = extractFacts(text, aContext(expecting, profile));
    expect(facts.update).toMatchObject(update);
    const other = "employees" in update ? "itStaff" : "employees";
    expect(facts.update[other]).toBeUndefined();
    const merged = mergeProfile(profile, facts.update).profile;
    expect(merged).toMatchObject({ ...profile, ...update });
  });
});

describe("extractFacts: signals from headcount phrases", () => {
  it("marks 'it's just me' about IT as one person holding it all", () => {
    const facts = extractFacts("it's just me", aContext("itStaff"));
    expect(facts.update.itStaff).toBe(1);
    expect(facts.update.signals?.singlePersonDependency).toBe(true);
  });

  it("does not mark a sole trader's 'just me' for employees as an IT dependency", () => {
    const facts = extractFacts("just me", aContext("employees"));
    expect(facts.update).toEqual({ employees: 1 });
  });
});

describe("extractFacts: never throws, always mergeable", () => {
  const profileArb: fc.Arbitrary<Profile> = fc.record(
    {
      employees: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      itStaff: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      skillsGaps: fc.option(fc.uniqueArray(fc.constantFrom(...SKILL_AREAS)), { nil: null }),
      burnoutRisk: fc.option(fc.constantFrom(...BURNOUT_LEVELS), { nil: null }),
      signals: fc.dictionary(
        fc.constantFrom(...SIGNAL_NAMES),
        fc.option(fc.boolean(), { nil: null }),
      ),
    },
    { requiredKeys: [] },
  );
  const contextArb: fc.Arbitrary<ExtractContext> = fc.record({
    profile: profileArb.filter((p) => ProfileSchema.safeParse(p).success),
    expecting: fc.option(fc.constantFrom(...PROFILE_PATHS), { nil: undefined }),
  });

  const WORDS = [
    "IT",
    "it",
    "staff",
    "people",
    "users",
    "employees",
    "team",
    "of",
    "in",
    "no",
    "none",
    "about",
    "just under",
    "between",
    "and",
    "a",
    "couple",
    "dozen",
    "half",
    "few",
    "one",
    "twenty",
    "hundred",
    "thousand",
    "-",
    ",",
    ".",
    "+",
    "£",
    "%",
    "/",
    ":",
    "~",
    "ish",
    "actually",
    "sorry",
    "not",
    "me",
    "just me",
    "it's",
    "office manager",
    "does",
    "sysadmin",
    "don't know",
    "yes",
    "0",
    "1",
    "3",
    "80",
    "1,200",
    "2.5",
    "40k",
    "2015",
    "24/7",
    "07700",
  ];
  const wordySentence = fc
    .array(fc.constantFrom(...WORDS), { maxLength: 60 })
    .map((words) => words.join(" "));

  const check = (text: string, ctx: ExtractContext): void => {
    const facts = extractFacts(text, ctx);
    const merged = mergeProfile(ctx.profile, facts.update);
    expect(ProfileSchema.safeParse(merged.profile).success).toBe(true);
    expect(typeof facts.dontKnow).toBe("boolean");
  };

  it("holds for arbitrary grapheme strings up to 10,000 characters", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 10_000 }), contextArb, check), {
      numRuns: 60,
    });
  });

  it("holds for arbitrary code points, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 2_000 }), contextArb, check), {
      numRuns: 100,
    });
  });

  it("holds for sentences made of the words the extractors look for", () => {
    fc.assert(fc.property(wordySentence, contextArb, check), { numRuns: 500 });
  });

  const hostile: [string, string, number][] = [
    ["10k digits", "1", 10_000],
    ["1,1,1,...", "1,", 5_000],
    ["1-1-1-...", "1-", 5_000],
    ["1 1 1 ...", "1 ", 5_000],
    ["one, one, ...", "one, ", 2_000],
    ["no IT no IT ...", "no IT ", 1_666],
    ["just me just me ...", "just me ", 1_250],
    ["1 IT staff, ...", "1 IT staff, ", 833],
    ["office manager handles ...", "office manager handles ", 430],
  ];
  it.each(hostile)("handles %s in linear time", (_name, unit, count) => {
    const ctx = aContext("itStaff", { employees: 80 });
    check(unit.repeat(count), ctx);
    const growth = growthOfRepeats(unit, count, (text) => extractFacts(text, ctx));
    expect(growth).toBeLessThan(8);
  });
});

describe("extractFacts: a correction with no noun", () => {
  it.each([
    ["actually we have two", { employees: 80, itStaff: 1 }, { itStaff: 2 }],
    ["sorry, actually it's 60", { employees: 80, itStaff: 1 }, { employees: 60 }],
  ] as const)("%j against %j fixes the count it is closest to", (text, profile, expected) => {
    const { update } = extractFacts(text, { profile });
    expect(update).toMatchObject(expected);
    const other = "itStaff" in expected ? "employees" : "itStaff";
    expect(update[other]).toBeUndefined();
  });
});

describe("extractFacts: what is not the organisation's", () => {
  it.each(["one person does everything", "only one person knows the admin passwords"])(
    "%j names who does the work, not how many people work there",
    (text) => {
      const { update } = extractFacts(text, { profile: {} });
      expect(update.employees).toBeUndefined();
      expect(update.signals?.singlePersonDependency).toBe(true);
    },
  );

  it.each(["my wifi at home keeps dropping, any tips?", "my laptop is rubbish with bluetooth"])(
    "%j is about someone's own kit, not a skills gap",
    (text) => {
      expect(extractFacts(text, { profile: {} }).update.skills).toBeUndefined();
    },
  );
});

describe("extractFacts: a skills contrast is not a statement about risk", () => {
  it("reads 'security's fine, it's networking we struggle with' as a networking gap only", () => {
    const { update } = extractFacts(
      "actually security's fine, it's more networking we struggle with",
      {
        profile: {},
      },
    );
    expect(update.signals?.securityComplianceRisk).toBeUndefined();
    expect(update.skills?.add ?? update.skills?.replace).toContain("networking");
  });
});
