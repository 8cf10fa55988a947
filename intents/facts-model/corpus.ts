import { z } from "zod";
import { ProfilePathSchema, ProfileSchema } from "../../src/core/profile/index.ts";
import { NOT_SAID, type FactTask } from "./tasks.ts";

/** A value a flat dotted fact can hold; `null` is "said they don't know". */
export const FactValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
]);

/**
 * `intents/facts-corpus.en.json`: visitor messages with the facts each states, as flat dotted
 * profile paths; `profile` is what was known before the message and `expecting` the question it
 * answers, as in the held-out sets.
 */
export const FactsCorpusSchema = z.object({
  description: z.string(),
  cases: z.array(
    z.object({
      text: z.string().trim().min(1),
      facts: z.record(z.string(), FactValueSchema),
      profile: ProfileSchema.optional(),
      expecting: ProfilePathSchema.optional(),
    }),
  ),
});
export type FactsCorpus = z.infer<typeof FactsCorpusSchema>;
export type FactsCase = FactsCorpus["cases"][number];

/**
 * What `task` should read from one case, or `undefined` when the case cannot teach it: a bare
 * answer to the task's own question ("yes" means nothing without the question), or an area that
 * was already known and is only repeated in a merged list.
 */
export function labelFor(task: FactTask, item: FactsCase): string | undefined {
  if (item.expecting === task.path) return undefined;
  if (task.kind === "skill") {
    const gaps = item.facts.skillsGaps;
    if (!Array.isArray(gaps) || !gaps.includes(task.area)) return NOT_SAID;
    return item.profile?.skillsGaps?.includes(task.area) ? undefined : "gap";
  }
  const value = item.facts[task.path];
  if (task.kind === "burnout") return typeof value === "string" ? value : NOT_SAID;
  return typeof value === "boolean" ? String(value) : NOT_SAID;
}
