import type { BurnoutRisk, Profile, SignalName, SkillArea } from "./schema.ts";

/** How a message changes the skills list: grow it, shrink it, or replace it outright. */
export interface SkillsUpdate {
  add?: readonly SkillArea[];
  remove?: readonly SkillArea[];
  /** `[]` = "no gaps"; `null` = "don't know". Applied before add/remove. */
  replace?: readonly SkillArea[] | null;
}

/** Facts heard in one message. A key that is present sets the field; `null` = "don't know". */
export interface ProfileUpdate {
  employees?: number | null;
  itStaff?: number | null;
  burnoutRisk?: BurnoutRisk | null;
  skills?: SkillsUpdate;
  signals?: Partial<Record<SignalName, boolean | null>>;
}

/** A fact that was heard but not accepted, with the reason (contract: understand `issues`). */
export interface ProfileIssue {
  field: string;
  reason: string;
  /** Machine-readable kind, so a dialog can pick its clarifying question. */
  code: "it-staff-exceeds-employees" | "invalid-count";
  /** The value that was heard and rejected. */
  value?: number;
}

export interface MergeResult {
  profile: Profile;
  issues: ProfileIssue[];
}

const isCount = (n: number, min: number): boolean => Number.isInteger(n) && n >= min;

/**
 * Applies one message's facts to a profile. Pure: corrections replace earlier values, the skills
 * list grows or is replaced as the update says, and impossible facts are left out with a reason.
 */
export function mergeProfile(profile: Profile, update: ProfileUpdate): MergeResult {
  const issues: ProfileIssue[] = [];
  const next: Profile = { ...profile };
  if (profile.signals) next.signals = { ...profile.signals };
  if (profile.skillsGaps) next.skillsGaps = [...profile.skillsGaps];

  if (update.employees !== undefined) {
    if (update.employees === null || isCount(update.employees, 1))
      next.employees = update.employees;
    else
      issues.push({
        field: "employees",
        reason: "must be a whole number of at least 1",
        code: "invalid-count",
        value: update.employees,
      });
  }
  if (update.itStaff !== undefined) {
    if (update.itStaff === null || isCount(update.itStaff, 0)) next.itStaff = update.itStaff;
    else
      issues.push({
        field: "itStaff",
        reason: "must be a whole number of 0 or more",
        code: "invalid-count",
        value: update.itStaff,
      });
  }
  if (update.burnoutRisk !== undefined) next.burnoutRisk = update.burnoutRisk;
  if (update.skills) next.skillsGaps = applySkills(next.skillsGaps, update.skills);
  if (update.signals) {
    for (const [name, value] of Object.entries(update.signals)) {
      if (value !== undefined) next.signals = { ...next.signals, [name]: value };
    }
  }

  const employees = next.employees;
  const itStaff = next.itStaff;
  if (typeof employees === "number" && typeof itStaff === "number" && itStaff > employees) {
    const blame = update.itStaff !== undefined ? "itStaff" : "employees";
    issues.push({
      field: blame,
      reason: `more IT staff (${itStaff}) than employees (${employees})`,
      code: "it-staff-exceeds-employees",
      value: blame === "itStaff" ? itStaff : employees,
    });
    restore(next, profile, blame);
  }
  return { profile: next, issues };
}

function applySkills(current: Profile["skillsGaps"], update: SkillsUpdate): Profile["skillsGaps"] {
  let skills: SkillArea[] | null | undefined =
    update.replace !== undefined ? (update.replace === null ? null : [...update.replace]) : current;
  if (update.add?.length) skills = [...new Set([...(skills ?? []), ...update.add])];
  if (update.remove?.length) {
    const removed = new Set(update.remove);
    skills = (skills ?? []).filter((area) => !removed.has(area));
  }
  return skills;
}

function restore(next: Profile, previous: Profile, field: "employees" | "itStaff"): void {
  if (previous[field] === undefined) delete next[field];
  else next[field] = previous[field];
}
