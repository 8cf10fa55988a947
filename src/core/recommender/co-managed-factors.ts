import { capableTeamUnderPressure } from "./capable-team-factor.ts";
import { hasNoTeam, hasTeam } from "./facts.ts";
import { noisyOr, type FactorRule } from "./factor-rule.ts";
import { lookingAfter, skillList } from "./wording.ts";

const recruitmentDifficulty: FactorRule = {
  id: "recruitment-difficulty",
  favours: "co-managed",
  weight: 1.5,
  strength: (f) => (f.signals.recruitmentDifficulty === true && !hasNoTeam(f) ? 1 : 0),
  text: () =>
    "Hiring IT people is proving hard. A co-managed partner adds skilled engineers now, " +
    "without waiting for a vacancy to be filled or taking on permanent salaries.",
};

const partTimeSpecialistNeed: FactorRule = {
  id: "part-time-specialist-need",
  favours: "co-managed",
  weight: 1.5,
  strength: (f) => (f.signals.specialistNeedPartTime === true && !hasNoTeam(f) ? 1 : 0),
  text: () =>
    "You need specialist skills, but not enough of them to fill a full-time role. Co-managed " +
    "lets you call on specialists for the hours you actually use.",
};

const knowledgeRetention: FactorRule = {
  id: "knowledge-retention",
  favours: "co-managed",
  weight: 2,
  strength(f) {
    if (hasNoTeam(f)) return 0;
    return noisyOr(
      f.signals.knowledgeRetentionCritical === true ? 1 : 0,
      f.signals.itStaffLeaving === true ? 0.7 : 0,
    );
  },
  text(f) {
    const critical = f.signals.knowledgeRetentionCritical === true;
    const leaving = f.signals.itStaffLeaving === true;
    if (critical && leaving) {
      return (
        "What your team knows about your systems is business critical, and an IT person is " +
        "leaving. A co-managed partner working alongside them can capture that knowledge before " +
        "it walks out of the door."
      );
    }
    if (leaving) {
      return (
        "An IT person is leaving, so what they know needs capturing before they go. A co-managed " +
        "partner working alongside them can write it down and keep services running."
      );
    }
    return (
      "Knowledge of your systems and processes is critical to the business and hard to pass on. " +
      "Co-managed keeps that knowledge with your own people while the partner shares the work."
    );
  },
};

const burnoutOrSinglePerson: FactorRule = {
  id: "burnout-or-single-person",
  favours: "co-managed",
  weight: 2,
  strength(f) {
    if (hasNoTeam(f)) return 0;
    return noisyOr(
      f.burnoutRisk === "high" ? 1 : f.burnoutRisk === "medium" ? 0.5 : 0,
      f.signals.singlePersonDependency === true ? 0.9 : 0,
      f.itStaff === 1 ? 0.7 : 0,
    );
  },
  text(f) {
    const sentences: string[] = [];
    const onePerson = f.itStaff === 1 || f.signals.singlePersonDependency === true;
    if (f.itStaff === 1) {
      sentences.push(
        `With one IT person${lookingAfter(f.employees)}, everything rests on one pair of ` +
          "hands: holidays, sickness or a resignation leave you exposed.",
      );
    } else if (f.signals.singlePersonDependency === true) {
      sentences.push(
        "Your IT knowledge sits with one person, which makes them a single point of failure.",
      );
    } else {
      sentences.push(
        f.burnoutRisk === "high"
          ? "A team that runs flat out for long makes mistakes and loses people, which is a " +
              "risk to the business in itself."
          : "A team kept stretched for long starts to make mistakes and lose people.",
      );
    }
    sentences.push(
      onePerson
        ? "A co-managed partner gives cover, shares the load and holds a copy of the knowledge, " +
            "so no single person carries it all."
        : "A co-managed partner shares the load, so the team is not stretched to the limit.",
    );
    return sentences.join(" ");
  },
};

const wantsControl: FactorRule = {
  id: "wants-control",
  favours: "co-managed",
  weight: 2.5,
  strength: (f) => (f.signals.wantsControl === true ? (hasNoTeam(f) ? 0.5 : 1) : 0),
  text: (f) =>
    "You want to keep IT strategy and decisions in-house. Co-managed leaves control with your " +
    "own people, whereas fully managed passes day-to-day control to the provider." +
    (hasNoTeam(f)
      ? " Bear in mind that co-managed needs someone on your side to own that role, and you " +
        "have no IT staff today."
      : ""),
};

const extraCapacity: FactorRule = {
  id: "extra-capacity",
  favours: "co-managed",
  weight: 1,
  strength: (f) => (f.signals.extraCapacityNeeded === true && !hasNoTeam(f) ? 1 : 0),
  text: () =>
    "Projects or busy periods need more hands than you have. A co-managed partner can add " +
    "capacity for an office move, a migration or a seasonal peak, then step back.",
};

const itIsStrategic: FactorRule = {
  id: "it-is-strategic",
  favours: "co-managed",
  weight: 1.5,
  strength: (f) => (f.signals.itIsStrategic === true ? (hasNoTeam(f) ? 0.5 : 1) : 0),
  text: () =>
    "IT is part of what sets you apart, which argues for keeping its direction in-house. " +
    "Co-managed does that while sharing the day-to-day delivery.",
};

const GAP_STRENGTH = [0, 0.6, 0.8, 1] as const;

const skillsGapsWithTeam: FactorRule = {
  id: "skills-gaps-with-team",
  favours: "co-managed",
  weight: 1.5,
  strength(f) {
    const gaps = f.skillsGaps?.length ?? 0;
    return hasTeam(f) ? (GAP_STRENGTH[Math.min(gaps, 3)] ?? 1) : 0;
  },
  text(f) {
    const areas = skillList(f.skillsGaps ?? [], 4);
    const team = f.itStaff === 1 ? "Your IT person lacks" : "Your IT team lacks";
    return (
      `${team} expertise in ${areas}. Co-managed brings in specialists for those areas while ` +
      "your own people keep doing what they do well."
    );
  },
};

/** The article's reasons for co-managed IT, as scored rules. */
export const CO_MANAGED_FACTORS: readonly FactorRule[] = [
  capableTeamUnderPressure,
  recruitmentDifficulty,
  partTimeSpecialistNeed,
  knowledgeRetention,
  burnoutOrSinglePerson,
  wantsControl,
  extraCapacity,
  itIsStrategic,
  skillsGapsWithTeam,
];
