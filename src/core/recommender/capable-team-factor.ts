import { hasTeam, type Facts } from "./facts.ts";
import type { FactorRule } from "./factor-rule.ts";
import { formatCount, itPeople, lookingAfter } from "./wording.ts";

/** Strength of "an IT team exists" when nothing yet says it is capable or under pressure. */
const TEAM_ONLY = 0.1;

const BAND_PRESSURE = { adequate: 0, stretched: 0.5, understaffed: 0.75, severe: 1 } as const;
const BURNOUT_PRESSURE = { low: 0, medium: 0.6, high: 1 } as const;

function teamPressure(f: Facts): number {
  const fromRatio = f.band ? BAND_PRESSURE[f.band] : 0;
  const fromBurnout = f.burnoutRisk ? BURNOUT_PRESSURE[f.burnoutRisk] : 0;
  return Math.max(fromRatio, fromBurnout);
}

function pressureDetails(f: Facts): string[] {
  const details: string[] = [];
  if (f.band && f.band !== "adequate" && f.itStaff !== undefined && f.ratio !== undefined) {
    const each = f.itStaff === 1 ? "" : ` (one for every ${formatCount(f.ratio)})`;
    details.push(
      `${itPeople(f.itStaff)}${lookingAfter(f.employees)}${each} is above the one for every ` +
        `${f.thresholds.ratio.adequate} or so that is typical in firms under 500 staff`,
    );
  }
  if (f.burnoutRisk === "high" || f.burnoutRisk === "medium") {
    details.push(`you rate the risk of burnout as ${f.burnoutRisk}`);
  }
  return details;
}

/**
 * The article's headline case for co-managed: an in-house team that is capable but under sustained
 * pressure. A team that merely exists counts a little, since co-managed builds on it.
 */
export const capableTeamUnderPressure: FactorRule = {
  id: "capable-team-under-pressure",
  favours: "co-managed",
  weight: 3,
  strength(f) {
    if (!hasTeam(f)) return 0;
    const capable = f.signals.teamCapable === undefined ? 0.5 : f.signals.teamCapable ? 1 : 0;
    const pressure = teamPressure(f);
    if (capable !== 1 && pressure === 0) return TEAM_ONLY;
    return 0.45 * capable + 0.55 * pressure;
  },
  text(f) {
    const details = pressureDetails(f);
    const capable = f.signals.teamCapable === true;
    if (details.length === 0 && capable) {
      return (
        "You describe your IT team as capable. Co-managed builds on a team like that instead " +
        "of replacing it, and adds cover where they are thin."
      );
    }
    if (details.length === 0) {
      return (
        `You have ${itPeople(f.itStaff ?? 1)} of your own${lookingAfter(f.employees)}. ` +
        "Co-managed is built around an in-house IT function like yours; knowing whether it " +
        "is stretched would firm this up."
      );
    }
    const opening = capable
      ? "Your IT team is capable but under pressure"
      : "Your IT team is under pressure";
    return (
      `${opening}: ${details.join("; and ")}. Co-managed keeps your people in charge and takes ` +
      "routine and specialist work off their desks."
    );
  },
};
