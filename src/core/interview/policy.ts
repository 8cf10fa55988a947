import type { Profile, ProfilePath } from "../profile/index.ts";
import type { Recommendation } from "../recommender/index.ts";

/** The four facts every recommendation needs, asked in this order when the recommender has no view. */
export const CORE_PATHS = ["employees", "itStaff", "skillsGaps", "burnoutRisk"] as const;
export type CorePath = (typeof CORE_PATHS)[number];

/** How far signal questions go once the core facts are in. */
export interface InterviewLimits {
  /** Most yes/no signal questions asked after the core facts. */
  maxSignalQuestions: number;
  /** Signal questions stop once the recommendation is at least this sure. */
  confidentEnough: number;
}

export const DEFAULT_INTERVIEW_LIMITS: InterviewLimits = {
  maxSignalQuestions: 2,
  confidentEnough: 0.75,
};

export interface InterviewProgress {
  profile: Profile;
  recommendation: Recommendation;
  /** Paths the advisor gave up on after failed re-prompts, or already asked. */
  skipped: readonly ProfilePath[];
  /** How many signal questions have been asked so far. */
  signalQuestionsAsked: number;
}

export function valueAt(profile: Profile, path: ProfilePath): unknown {
  if (path.startsWith("signals.")) {
    return profile.signals?.[
      path.slice("signals.".length) as keyof NonNullable<Profile["signals"]>
    ];
  }
  return profile[path as CorePath];
}

export const isAnswered = (profile: Profile, path: ProfilePath): boolean =>
  valueAt(profile, path) !== undefined;

/** True once every core fact is known, "don't know", or given up on. */
export function coreComplete(profile: Profile, skipped: readonly ProfilePath[]): boolean {
  return CORE_PATHS.every((path) => isAnswered(profile, path) || skipped.includes(path));
}

/**
 * The next question to ask, or null when it is time to recap. Core facts come first, in the
 * recommender's order of what would firm the answer up most; then a few signals, only while the
 * recommendation is not yet sure.
 */
export function nextQuestion(
  progress: InterviewProgress,
  limits: InterviewLimits = DEFAULT_INTERVIEW_LIMITS,
): ProfilePath | null {
  const { profile, recommendation, skipped } = progress;
  const open = (path: ProfilePath) => !isAnswered(profile, path) && !skipped.includes(path);
  const core = CORE_PATHS.filter(open);
  if (core.length > 0) {
    const ranked = recommendation.missing.filter((path): path is CorePath =>
      (core as readonly string[]).includes(path),
    );
    // Size comes first while nothing is known, so the conversation opens naturally.
    if (open("employees") && !isAnswered(profile, "itStaff")) return "employees";
    return ranked[0] ?? core[0] ?? null;
  }
  if (progress.signalQuestionsAsked >= limits.maxSignalQuestions) return null;
  if (recommendation.confidence >= limits.confidentEnough) return null;
  return recommendation.missing.find((path) => path.startsWith("signals.") && open(path)) ?? null;
}
