import { hasNoTeam, hasTeam, type Facts } from "./facts.ts";
import { noisyOr } from "./factor-rule.ts";

/**
 * The two pulls behind the co-managed-then-managed path, each 0..1: `keep` = an internal team
 * whose knowledge must not be lost; `away` = a business moving away from running IT itself.
 */
export interface PathPulls {
  keep: number;
  away: number;
}

export function toPathPulls(f: Facts): PathPulls {
  if (hasNoTeam(f)) return { keep: 0, away: 0 };
  const keep = noisyOr(
    f.signals.knowledgeRetentionCritical === true ? 1 : 0,
    f.signals.itStaffLeaving === true ? 1 : 0,
    f.signals.singlePersonDependency === true ? 0.8 : 0,
    f.itStaff === 1 ? 0.5 : 0,
    // A team the business would rather not keep running IT: what they know has to be handed over.
    hasTeam(f) && f.signals.wantsControl === false ? 0.6 : 0,
  );
  const away =
    f.signals.wantsControl === true
      ? 0
      : noisyOr(
          f.signals.wantsControl === false ? 1 : 0,
          f.signals.itNotDeliveringValue === true ? 0.8 : 0,
          f.signals.itIsStrategic === false ? 0.5 : 0,
          // The only IT person is going: unless they are replaced, nobody will run IT in-house.
          f.itStaff === 1 && f.signals.itStaffLeaving === true ? 0.6 : 0,
        );
  return { keep, away };
}

/**
 * The stepping stone applies when both pulls are substantial at once. When the only thing to keep
 * is a team the firm would rather not run, it applies only while the case for fully managed does
 * not dwarf the case for co-managed (`coManaged` and `managed` are the two sides' weights):
 * a firm that wants out and whose in-house IT is failing is better served by handing over.
 */
export function isSteppingStone(
  f: Facts,
  sides: { coManaged: number; managed: number } = { coManaged: 0, managed: 0 },
): boolean {
  const { keep, away } = toPathPulls(f);
  if (keep < f.thresholds.path.minKeep || away < f.thresholds.path.minAway) return false;
  return !onlyTheTeamToKeep(f) || sides.managed <= 2 * sides.coManaged;
}

/** Nothing marks the in-house knowledge as critical, leaving or resting on one person. */
const onlyTheTeamToKeep = (f: Facts): boolean =>
  f.signals.knowledgeRetentionCritical !== true &&
  f.signals.itStaffLeaving !== true &&
  f.signals.singlePersonDependency !== true &&
  f.itStaff !== 1;

function keepClause(f: Facts): string {
  if (f.signals.itStaffLeaving === true) {
    return f.itStaff === 1 ? "Your IT person is leaving" : "One of your IT people is leaving";
  }
  if (f.signals.knowledgeRetentionCritical === true) {
    return "What your team knows about your systems is business critical";
  }
  if (f.signals.singlePersonDependency === true || f.itStaff === 1) {
    return "Your IT knowledge sits with one person";
  }
  return "Your IT team knows your systems and the way you work";
}

function awayClause(f: Facts): string {
  if (f.signals.wantsControl === false) return "you would rather not run IT yourselves";
  if (f.signals.itNotDeliveringValue === true)
    return "running IT in-house is no longer paying its way";
  if (f.signals.itIsStrategic === false) return "IT is not what sets you apart";
  return "once they go, nobody will be left to run IT in-house";
}

/** Why the path suits this profile, naming the facts on both sides. */
export function steppingStoneText(f: Facts): string {
  const still =
    f.signals.itStaffLeaving === true
      ? "while they are still with you"
      : "while your people are still in post";
  return (
    `${keepClause(f)}, yet ${awayClause(f)}. Handing over in one go would risk losing what ` +
    `only your people know, so we suggest starting co-managed: that knowledge gets written down ` +
    `and shared with us ${still}. Once it is, moving to fully managed is a straightforward ` +
    "next step."
  );
}
