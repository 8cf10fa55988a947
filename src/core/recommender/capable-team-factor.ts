import { hasTeam, type Facts } from "./facts.ts";
import type { FactorRule } from "./factor-rule.ts";
import { formatCount, itPeople, lookingAfter } from "./wording.ts";

/** Strength of "an IT team exists" when nothing yet says it is capable or under pressure. */
const TEAM_ONLY = 0.1;

const BAND_PRESSURE = { adequate: 0, stretched: 0.5, understaffed: 0.75, severe: 1 } as const;
const BURNOUT_PRESSURE = { low: 0, medium: 0.6, high: 1 } as const;

/** Above this head count the survey's small-firm ratio is quoted as a rough guide only. */
const SURVEY_FIRM_LIMIT = 500;

/** A visitor who says the workload is fine outweighs a thin ratio: it counts for half. */
function teamPressure(f: Facts): number {
  const fromRatio = f.band ? BAND_PRESSURE[f.band] : 0;
  const fromBurnout = f.burnoutRisk ? BURNOUT_PRESSURE[f.burnoutRisk] : 0;
  return Math.max(f.burnoutRisk === "low" ? fromRatio / 2 : fromRatio, fromBurnout);
}

function ratioDetail(f: Facts): string | null {
  if (!f.band || f.band === "adequate" || f.itStaff === undefined || f.ratio === undefined)
    return null;
  const each = f.itStaff === 1 ? "" : ` (about ${formatCount(f.ratio)} people each)`;
  const typical = `about one IT person for every ${f.thresholds.ratio.adequate} staff`;
  const norm =
    f.employees !== undefined && f.employees >= SURVEY_FIRM_LIMIT
      ? `where surveys find ${typical} is typical, though larger firms often run leaner`
      : `where firms under ${SURVEY_FIRM_LIMIT} staff typically have ${typical}`;
  return `${itPeople(f.itStaff)}${lookingAfter(f.employees)}${each}, ${norm}`;
}

/** What says the team is under pressure, in the visitor's terms; nothing when they say it is fine. */
function pressureDetails(f: Facts): string[] {
  if (f.burnoutRisk === "low") return [];
  const details: string[] = [];
  const ratio = ratioDetail(f);
  if (ratio) details.push(ratio);
  if (f.burnoutRisk === "high")
    details.push("you describe the workload as more than they can take");
  if (f.burnoutRisk === "medium") details.push("you describe the team as stretched");
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
      const workload =
        f.burnoutRisk === "low"
          ? "; you say the workload is under control, so the case is about cover and skills rather than relief"
          : "; knowing whether it is stretched would firm this up";
      return (
        `You have ${itPeople(f.itStaff ?? 1)} of your own${lookingAfter(f.employees)}. ` +
        `Co-managed is built around an in-house IT function like yours${workload}.`
      );
    }
    const who = f.itStaff === 1 ? "Your IT person" : "Your IT team";
    const opening = capable ? `${who} is capable but under pressure` : `${who} is under pressure`;
    return (
      `${opening}: ${details.join("; and ")}. Co-managed keeps your people in charge and takes ` +
      "routine and specialist work off their desks."
    );
  },
};
