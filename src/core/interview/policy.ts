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

/** The recommender, as far as the interview needs it: to see whether an answer could change the model. */
export type Recommend = (profile: Profile) => Recommendation;

export interface InterviewProgress {
  profile: Profile;
  recommendation: Recommendation;
  /** Paths the advisor gave up on after failed re-prompts, or already asked. */
  skipped: readonly ProfilePath[];
  /** How many signal questions have been asked so far. */
  signalQuestionsAsked: number;
  /** How many questions of any kind the advisor has asked; 0 = the visitor volunteered everything. */
  questionsAsked: number;
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
  return CORE_PATHS.every(
    (path) =>
      isAnswered(profile, path) ||
      skipped.includes(path) ||
      (path === "burnoutRisk" && profile.itStaff === 0),
  );
}

/**
 * The next question to ask, or null when it is time to recap. Core facts come first, in the
 * recommender's order of what would firm the answer up most; then a few signals, only while the
 * recommendation is not yet sure.
 */
export function nextQuestion(
  progress: InterviewProgress,
  recommend: Recommend,
  limits: InterviewLimits = DEFAULT_INTERVIEW_LIMITS,
): ProfilePath | null {
  const { profile, recommendation, skipped } = progress;
  const open = (path: ProfilePath) => !isAnswered(profile, path) && !skipped.includes(path);
  // With no in-house IT there is no IT team whose workload to ask about.
  const core = CORE_PATHS.filter(open).filter(
    (path) => !(path === "burnoutRisk" && profile.itStaff === 0),
  );
  if (core.length > 0) {
    const ranked = recommendation.missing.filter((path): path is CorePath =>
      (core as readonly string[]).includes(path),
    );
    // Size comes first while nothing is known, so the conversation opens naturally.
    if (open("employees") && !isAnswered(profile, "itStaff")) return "employees";
    return ranked[0] ?? core[0] ?? null;
  }
  // A visitor who volunteered every core fact goes straight to the recap.
  if (progress.questionsAsked === 0) return null;
  if (progress.signalQuestionsAsked >= limits.maxSignalQuestions) return null;
  if (recommendation.confidence >= limits.confidentEnough) return null;
  return (
    recommendation.missing.find(
      (path) =>
        path.startsWith("signals.") &&
        open(path) &&
        couldChangeModel(profile, path, recommendation, recommend),
    ) ?? null
  );
}

/** True when a yes or a no to this signal would give a different model. */
function couldChangeModel(
  profile: Profile,
  path: ProfilePath,
  current: Recommendation,
  recommend: Recommend,
): boolean {
  const name = path.slice("signals.".length);
  return [true, false].some(
    (answer) =>
      recommend({ ...profile, signals: { ...profile.signals, [name]: answer } }).model !==
      current.model,
  );
}
