import { z } from "zod";
import { normaliseText } from "../src/core/text/index.ts";
import { INTENTS, IntentSchema, type Intent } from "./intent-names.ts";

/** The fewest training utterances an intent may have. */
export const MIN_UTTERANCES_PER_INTENT = 30;

/** The training corpus file as stored (contract: Training data). */
export const CorpusSchema = z.object({
  locale: z.string().min(2),
  intents: z.array(
    z.object({
      intent: IntentSchema,
      utterances: z.array(z.string().trim().min(1)),
    }),
  ),
});

/** A corpus that passed {@link parseCorpus}: every intent present and balanced enough to train. */
export type Corpus = z.infer<typeof CorpusSchema>;

/** Why a corpus file was refused; `intent` and `utterance` name the entry at fault when there is one. */
export class CorpusError extends Error {
  override readonly name = "CorpusError";
  readonly intent: Intent | undefined;
  readonly utterance: string | undefined;

  constructor(
    message: string,
    details: { intent?: Intent; utterance?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.intent = details.intent;
    this.utterance = details.utterance;
  }
}

/**
 * Parses and checks a training corpus: the shape, every intent present once with at least
 * {@link MIN_UTTERANCES_PER_INTENT} utterances, and no utterance (after normalising case and
 * spacing) repeated within or across intents.
 * @throws CorpusError naming the intent or utterance at fault.
 */
export function parseCorpus(json: unknown): Corpus {
  const parsed = CorpusSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const value = path.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === "object"
          ? (node as Record<PropertyKey, unknown>)[key]
          : undefined,
      json,
    );
    const shown = value === undefined ? "" : ` (${JSON.stringify(value)?.slice(0, 80)})`;
    throw new CorpusError(
      `corpus is malformed at ${path.join(".") || "the top level"}${shown}: ${issue?.message ?? "invalid"}`,
      { cause: parsed.error },
    );
  }
  const corpus = parsed.data;
  const owner = new Map<string, Intent>();
  const seen = new Set<Intent>();
  for (const { intent, utterances } of corpus.intents) {
    if (seen.has(intent)) throw new CorpusError(`intent "${intent}" is listed twice`, { intent });
    seen.add(intent);
    if (utterances.length < MIN_UTTERANCES_PER_INTENT) {
      throw new CorpusError(
        `intent "${intent}" has ${utterances.length} utterances; at least ${MIN_UTTERANCES_PER_INTENT} are needed`,
        { intent },
      );
    }
    for (const utterance of utterances) {
      const key = normaliseText(utterance);
      const previous = owner.get(key);
      if (previous !== undefined) {
        const where =
          previous === intent ? `twice in "${intent}"` : `in "${previous}" and "${intent}"`;
        throw new CorpusError(`utterance "${utterance}" appears ${where}`, { intent, utterance });
      }
      owner.set(key, intent);
    }
  }
  const absent = INTENTS.find((intent) => !seen.has(intent));
  if (absent !== undefined) {
    throw new CorpusError(`intent "${absent}" has no utterances`, { intent: absent });
  }
  return corpus;
}
