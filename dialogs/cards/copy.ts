import { z } from "zod";
import { CARD_COPY_KEYS, placeholdersOf, type CardCopyKey, type CopyValues } from "./copy-keys.ts";

/** The words the cards, the plain-text rendering and the recap use (content/cards.en.json). */
export type CardCopy = Readonly<Record<CardCopyKey, string>>;

/** The card copy is unusable; `key` names the entry at fault ("(root)" for the file itself). */
export class CardCopyError extends Error {
  override readonly name = "CardCopyError";
  constructor(
    readonly key: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`Card copy "${key}": ${message}`, options);
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

const namesIn = (template: string): Set<string> =>
  new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""));

function template(key: CardCopyKey): z.ZodType<string> {
  const wanted = placeholdersOf(key);
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((text, ctx) => {
      const used = namesIn(text);
      for (const name of used) {
        if (!wanted.includes(name))
          ctx.addIssue({ code: "custom", message: `unknown placeholder {${name}}` });
      }
      for (const name of wanted) {
        if (!used.has(name))
          ctx.addIssue({ code: "custom", message: `needs the placeholder {${name}}` });
      }
    });
}

const CardCopySchema = z
  .object({ locale: z.string().min(2) })
  .extend(
    Object.fromEntries(CARD_COPY_KEYS.map((key) => [key, template(key)])) as Record<
      CardCopyKey,
      z.ZodType<string>
    >,
  )
  .strict();

/**
 * Validates the card copy: every key present, no unknown keys, each template with exactly the
 * placeholders its key takes. Throws CardCopyError naming the first key at fault.
 */
export function loadCardCopy(json: unknown): CardCopy {
  const parsed = CardCopySchema.safeParse(json);
  if (parsed.success) {
    const { locale: _locale, ...copy } = parsed.data;
    return copy as CardCopy;
  }
  const issue = parsed.error.issues[0];
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const key = unknownKey ?? (issue?.path.length ? issue.path.join(".") : "(root)");
  const message = unknownKey ? "is not a card copy key" : (issue?.message ?? "invalid");
  throw new CardCopyError(key, message, { cause: parsed.error });
}

/**
 * The text for a key with its placeholders filled. Keys with placeholders require their values
 * (checked by the compiler); a missing value at run time is a programming error.
 */
export function fill<K extends CardCopyKey>(
  copy: CardCopy,
  key: K,
  ...values: [CopyValues<K>] extends [never] ? [] : [CopyValues<K>]
): string {
  const given = (values[0] ?? {}) as Record<string, string | number>;
  return copy[key].replace(PLACEHOLDER, (_match, name: string) => {
    const value = given[name];
    if (value === undefined) throw new CardCopyError(key, `no value for {${name}}`);
    return String(value);
  });
}
