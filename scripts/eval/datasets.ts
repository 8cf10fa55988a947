import { readFileSync } from "node:fs";
import { z } from "zod";
import { FactValueSchema } from "../../intents/facts-model/index.ts";
import { IntentSchema } from "../../intents/intent-names.ts";
import { FaqIdSchema } from "../../src/core/faq/index.ts";
import { ProfilePathSchema, ProfileSchema } from "../../src/core/profile/index.ts";

/** The held-out sets, relative to the project root. Read here only; never fed to training. */
export const EVAL_FILES = {
  faq: "eval/faq.json",
  understand: "eval/understand.json",
  /** A second held-out set, written later by other hands in the ways visitors and IT staff type. */
  understandFresh: "eval/understand-fresh.json",
  /** A third, written by yet other hands after the work the second set had measured. */
  understandFresh2: "eval/understand-fresh-2.json",
  /** A fourth, written by other hands again after the work the third set had measured. */
  understandFresh3: "eval/understand-fresh-3.json",
} as const;

/** `eval/faq.json`: questions with the FAQ id that answers them, or `null` when none should. */
export const FaqEvalSchema = z.object({
  description: z.string(),
  questions: z.array(z.object({ text: z.string().min(1), id: FaqIdSchema.nullable() })),
});
export type FaqEvalSet = z.infer<typeof FaqEvalSchema>;
export type FaqEvalQuestion = FaqEvalSet["questions"][number];

/**
 * `eval/understand.json`: each case gives the message, the profile before it and the path just asked
 * about (both optional), the expected intent, the FAQ id for questions, the facts it states (flat
 * dotted keys) and, for text in another language, its language code.
 */
export const UnderstandEvalSchema = z.object({
  description: z.string(),
  cases: z.array(
    z.object({
      text: z.string(),
      intent: IntentSchema,
      facts: z.record(z.string(), FactValueSchema),
      profile: ProfileSchema.optional(),
      expecting: ProfilePathSchema.optional(),
      faq: FaqIdSchema.optional(),
      lang: z.string().optional(),
    }),
  ),
});
export type UnderstandEvalSet = z.infer<typeof UnderstandEvalSchema>;
export type UnderstandCase = UnderstandEvalSet["cases"][number];

const ROOT = new URL("../../", import.meta.url);
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, ROOT), "utf8")) as unknown;

/** Reads and validates a FAQ set: `eval/faq.json` unless another path (from the root) is given. */
export const loadFaqEval = (path: string = EVAL_FILES.faq): FaqEvalSet =>
  FaqEvalSchema.parse(readJson(path));

/** Reads and validates an understanding set: `eval/understand.json` unless another path is given. */
export const loadUnderstandEval = (path: string = EVAL_FILES.understand): UnderstandEvalSet =>
  UnderstandEvalSchema.parse(readJson(path));
