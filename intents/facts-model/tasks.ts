import {
  BURNOUT_LEVELS,
  SIGNAL_NAMES,
  SKILL_AREAS,
  type ProfilePath,
  type SignalName,
  type SkillArea,
} from "../../src/core/profile/index.ts";

/**
 * One thing the learned model reads from a message, as a choice among `labels`; the first label,
 * "none", is "the message does not say". A skills area is gap or none; the workload is one of
 * the three levels; a signal is said true, said false, or not said.
 */
export type FactTask =
  | { kind: "skill"; area: SkillArea; path: "skillsGaps"; labels: readonly string[] }
  | { kind: "burnout"; path: "burnoutRisk"; labels: readonly string[] }
  | { kind: "signal"; signal: SignalName; path: ProfilePath; labels: readonly string[] };

/** The label every task uses for "not said". */
export const NOT_SAID = "none";

/** Every task, in the fixed order the saved model's columns follow. */
export const FACT_TASKS: readonly FactTask[] = [
  ...SKILL_AREAS.map((area): FactTask => ({
    kind: "skill",
    area,
    path: "skillsGaps",
    labels: [NOT_SAID, "gap"],
  })),
  { kind: "burnout", path: "burnoutRisk", labels: [NOT_SAID, ...BURNOUT_LEVELS] },
  ...SIGNAL_NAMES.map((signal): FactTask => ({
    kind: "signal",
    signal,
    path: `signals.${signal}` as ProfilePath,
    labels: [NOT_SAID, "true", "false"],
  })),
];

/** A readable name for a task: `skill:cloud`, `burnoutRisk`, `signals.teamCapable`. */
export const taskName = (task: FactTask): string =>
  task.kind === "skill" ? `skill:${task.area}` : task.path;
