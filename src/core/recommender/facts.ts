import type { BurnoutRisk, Profile, SignalName, SkillArea } from "../profile/index.ts";
import type { Thresholds } from "./thresholds.ts";

/** How stretched an internal IT team is, from employees per IT person. */
export type RatioBand = "adequate" | "stretched" | "understaffed" | "severe";

/**
 * The profile as the rules read it: `null` (don't know) and absent (not asked) both become
 * `undefined`, and the staffing ratio is worked out once.
 */
export interface Facts {
  employees?: number;
  itStaff?: number;
  /** Employees per internal IT person, rounded; set only when both counts are known. */
  ratio?: number;
  band?: RatioBand;
  skillsGaps?: readonly SkillArea[];
  burnoutRisk?: BurnoutRisk;
  signals: Partial<Record<SignalName, boolean>>;
  thresholds: Thresholds;
}

/** Reads a profile into facts; pure and cheap, so it can be called for every simulated answer. */
export function toFacts(profile: Profile, thresholds: Thresholds): Facts {
  const signals: Partial<Record<SignalName, boolean>> = {};
  for (const [name, value] of Object.entries(profile.signals ?? {})) {
    if (typeof value === "boolean") signals[name as SignalName] = value;
  }
  const facts: Facts = { signals, thresholds };
  if (typeof profile.employees === "number") facts.employees = profile.employees;
  if (typeof profile.itStaff === "number") facts.itStaff = profile.itStaff;
  if (Array.isArray(profile.skillsGaps)) facts.skillsGaps = profile.skillsGaps;
  if (typeof profile.burnoutRisk === "string") facts.burnoutRisk = profile.burnoutRisk;
  if (facts.employees !== undefined && facts.itStaff !== undefined && facts.itStaff >= 1) {
    const ratio = facts.employees / facts.itStaff;
    facts.ratio = Math.round(ratio);
    facts.band = toRatioBand(ratio, thresholds);
  }
  return facts;
}

function toRatioBand(ratio: number, { ratio: bands }: Thresholds): RatioBand {
  if (ratio <= bands.adequate) return "adequate";
  if (ratio <= bands.stretched) return "stretched";
  if (ratio <= bands.understaffed) return "understaffed";
  return "severe";
}

/** True when the organisation is known to have at least one IT person of its own. */
export const hasTeam = (facts: Facts): boolean => facts.itStaff !== undefined && facts.itStaff >= 1;

/** True when the organisation is known to have no IT staff at all. */
export const hasNoTeam = (facts: Facts): boolean => facts.itStaff === 0;
