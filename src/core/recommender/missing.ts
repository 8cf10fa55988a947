import {
  PROFILE_PATHS,
  SKILL_AREAS,
  type Profile,
  type ProfilePath,
  type SignalName,
} from "../profile/index.ts";
import { assess, type Assessment, type RecommenderConfig } from "./assess.ts";

type Answer = Profile[Exclude<keyof Profile, "signals">] | boolean;

/** Signals that describe the firm's own IT staff or running IT in-house. */
const ABOUT_THE_TEAM: ReadonlySet<ProfilePath> = new Set([
  "signals.teamCapable",
  "signals.knowledgeRetentionCritical",
  "signals.itStaffLeaving",
  "signals.itNotDeliveringValue",
  "signals.wantsControl",
]);

/** Weight of a change of model against a change of confidence when ranking questions. */
const MODEL_CHANGE = 0.5;

const isAbsent = (profile: Profile, path: ProfilePath): boolean => {
  if (!path.startsWith("signals.")) return profile[path as keyof Profile] === undefined;
  return profile.signals?.[path.slice("signals.".length) as SignalName] === undefined;
};

/**
 * The answers at either end of what a visitor could say for a path: none and some IT staff (one
 * person, and a team of a typical size), the smallest and a very stretched head count, no gaps
 * and every gap, low and high burnout, yes and no. Counts stay consistent with each other.
 */
function extremes(path: ProfilePath, profile: Profile, config: RecommenderConfig): Answer[] {
  const { employees, itStaff } = profile;
  const { ratio, coManagedTeam } = config.thresholds;
  switch (path) {
    case "employees":
      return typeof itStaff === "number" && itStaff >= 1
        ? [itStaff, itStaff * (ratio.understaffed + 1)]
        : [1, 1000];
    case "itStaff": {
      if (typeof employees !== "number") return [0, 1, coManagedTeam.typical];
      const team = Math.max(2, Math.ceil(employees / ratio.adequate));
      return [0, 1, team].filter((n) => n <= employees);
    }
    case "skillsGaps":
      return [[], [...SKILL_AREAS]];
    case "burnoutRisk":
      return ["low", "high"];
    case "signals.singlePersonDependency":
      // Not worth asking with no IT staff, and hardly the case in a team of three or more.
      if (itStaff === 0) return [];
      return typeof itStaff === "number" && itStaff >= 3 ? [false] : [true, false];
    default:
      // Questions about the in-house team mean nothing to a firm that has none.
      return itStaff === 0 && ABOUT_THE_TEAM.has(path) ? [] : [true, false];
  }
}

function answer(profile: Profile, path: ProfilePath, value: Answer): Profile {
  if (path.startsWith("signals.")) {
    const name = path.slice("signals.".length) as SignalName;
    return { ...profile, signals: { ...profile.signals, [name]: value as boolean } };
  }
  return { ...profile, [path]: value };
}

/**
 * Unknown (absent, not `null`) paths whose answer would firm up the recommendation, most decisive
 * first. Each is tried at its extremes; a path is listed only when some answer changes the model
 * or moves the confidence by at least `thresholds.missing.minShift`, and paths are ranked by the
 * total change their answers make.
 */
export function findMissing(
  profile: Profile,
  base: Assessment,
  config: RecommenderConfig,
): ProfilePath[] {
  const minShift = config.thresholds.missing.minShift - 1e-9;
  const ranked: { path: ProfilePath; weight: number }[] = [];
  for (const path of PROFILE_PATHS) {
    if (!isAbsent(profile, path)) continue;
    let weight = 0;
    let decisive = false;
    for (const value of extremes(path, profile, config)) {
      const next = assess(answer(profile, path, value), config);
      const shift = Math.abs(next.confidence - base.confidence);
      const modelChanged = next.model !== base.model;
      decisive ||= modelChanged || shift >= minShift;
      weight += shift + (modelChanged ? MODEL_CHANGE : 0);
    }
    if (decisive) ranked.push({ path, weight });
  }
  return ranked.sort((a, b) => b.weight - a.weight).map(({ path }) => path);
}
