import type { BurnoutRisk, SignalName, SkillArea } from "../../src/core/profile/index.ts";
import { softmax } from "../classifier/model.ts";
import { FACTS_THRESHOLD } from "./settings.ts";
import { FACT_TASKS } from "./tasks.ts";
import { columnCount, factFeatures, type FactsWeights } from "./train.ts";

/** What the learned model reads in a message: only readings at or above the threshold. */
export interface LearnedFacts {
  skillsGaps: SkillArea[];
  burnoutRisk?: BurnoutRisk;
  signals: Partial<Record<SignalName, boolean>>;
}

/** Reads every task's most likely label from a message's features with trained weights. */
export function readFacts(
  model: FactsWeights,
  text: string,
  threshold: number = FACTS_THRESHOLD,
): LearnedFacts {
  const columns = columnCount();
  const scores = Float64Array.from(model.bias);
  for (const [name, value] of factFeatures(text)) {
    const id = model.features.get(name);
    if (id === undefined) continue;
    const row = id * columns;
    for (let c = 0; c < columns; c += 1)
      scores[c] = (scores[c] as number) + (model.weights[row + c] as number) * value;
  }
  const found: LearnedFacts = { skillsGaps: [], signals: {} };
  let first = 0;
  for (const task of FACT_TASKS) {
    const classes = task.labels.length;
    // "none" scores 0: every other column holds its weight relative to "none".
    const probabilities = softmax(
      Float64Array.from([0, ...scores.subarray(first, first + classes - 1)]),
    );
    first += classes - 1;
    let best = 0;
    for (let c = 1; c < classes; c += 1)
      if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
    if (best === 0 || (probabilities[best] as number) < threshold) continue;
    const label = task.labels[best] as string;
    if (task.kind === "skill") found.skillsGaps.push(task.area);
    else if (task.kind === "burnout") found.burnoutRisk = label as BurnoutRisk;
    else found.signals[task.signal] = label === "true";
  }
  return found;
}
