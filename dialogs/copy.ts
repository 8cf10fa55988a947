import { z } from "zod";
import type copyFile from "../content/copy.en.json";

/** A key of the conversation copy (content/copy.en.json). */
export type CopyKey = keyof typeof copyFile;

/** The copy file is unusable; the message names the key at fault. */
export class CopyError extends Error {
  override readonly name = "CopyError";
}

export type CopyParams = Record<string, string | number>;

/** Looks up a copy key and fills `{name}` placeholders; business values fill in by default. */
export interface Copy {
  (key: CopyKey, params?: CopyParams): string;
  has(text: string, key: CopyKey): boolean;
}

const CopySchema = z.record(z.string(), z.string().min(1));

export function loadCopy(raw: unknown, defaults: CopyParams): Copy {
  const parsed = CopySchema.safeParse(raw);
  if (!parsed.success) {
    throw new CopyError(
      `Copy file: key "${parsed.error.issues[0]?.path.join(".")}" ${parsed.error.issues[0]?.message}`,
    );
  }
  const entries = parsed.data;
  const copy = ((key: CopyKey, params: CopyParams = {}) => {
    const template = entries[key];
    if (template === undefined) throw new CopyError(`Copy file: no key "${key}"`);
    const values = { ...defaults, ...params };
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      values[name] === undefined ? match : String(values[name]),
    );
  }) as Copy;
  copy.has = (text, key) => normalise(text) === normalise(copy(key));
  return copy;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, "");
