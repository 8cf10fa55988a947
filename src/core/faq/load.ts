import { FAQ_IDS, FaqContentSchema, ServiceTermsSchema, type FaqContent } from "./schema.ts";

/** The FAQ content is unusable; the message names the entry and field at fault. */
export class FaqContentError extends Error {
  override readonly name = "FaqContentError";
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Validates the FAQ content and fills every `{{term}}` in the answers from the service terms and
 * business values. Throws FaqContentError naming the entry and field at fault.
 */
export function loadFaqContent(
  rawContent: unknown,
  rawTerms: unknown,
  business: Record<string, string>,
): FaqContent {
  const content = FaqContentSchema.safeParse(rawContent);
  if (!content.success) {
    const issue = content.error.issues[0];
    const path = issue?.path ?? [];
    const index = path[1];
    const entry =
      typeof index === "number"
        ? (rawContent as { entries?: Array<{ id?: unknown }> }).entries?.[index]?.id
        : undefined;
    throw new FaqContentError(
      `FAQ content: entry ${JSON.stringify(entry ?? index ?? "?")} field "${path.slice(2).join(".") || path.join(".")}": ${issue?.message}`,
    );
  }
  const terms = ServiceTermsSchema.safeParse(rawTerms);
  if (!terms.success) {
    throw new FaqContentError(
      `Service terms: ${terms.error.issues[0]?.path.join(".")}: ${terms.error.issues[0]?.message}`,
    );
  }
  const values: Record<string, string> = { ...terms.data.terms, ...business };

  const seen = new Set<string>();
  for (const entry of content.data.entries) {
    if (seen.has(entry.id))
      throw new FaqContentError(`FAQ content: entry "${entry.id}" appears twice`);
    seen.add(entry.id);
    for (const related of entry.related) {
      if (related === entry.id)
        throw new FaqContentError(`FAQ content: entry "${entry.id}" field "related" names itself`);
    }
  }
  const absent = FAQ_IDS.filter((id) => !seen.has(id));
  if (absent.length > 0)
    throw new FaqContentError(`FAQ content: no entry for ${absent.join(", ")}`);

  return {
    ...content.data,
    entries: content.data.entries.map((entry) => ({
      ...entry,
      answer: entry.answer.replace(PLACEHOLDER, (_match, name: string) => {
        const value = values[name];
        if (value === undefined) {
          throw new FaqContentError(
            `FAQ content: entry "${entry.id}" field "answer": unknown placeholder {{${name}}}`,
          );
        }
        return value;
      }),
    })),
  };
}
