/** @module interview: what to ask next and when to stop asking. Pure; the dialogs do the talking. */
export {
  CORE_PATHS,
  DEFAULT_INTERVIEW_LIMITS,
  coreComplete,
  isAnswered,
  nextQuestion,
  valueAt,
} from "./policy.ts";
export type { CorePath, InterviewLimits, InterviewProgress, Recommend } from "./policy.ts";
