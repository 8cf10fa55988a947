import type { Profile, ProfilePath } from "../../src/core/profile/index.ts";

/** What an extractor knows besides the text: the profile so far and the question just asked. */
export interface ExtractContext {
  profile: Profile;
  /** The dotted profile path the advisor just asked about, so a bare answer lands there. */
  expecting?: ProfilePath | undefined;
}

/** Why nothing usable came out of the text; the reason picks the re-prompt. */
export type ExtractionFailure = "not-mentioned" | "unparseable" | "ambiguous" | "out-of-range";

/** Expected bad input is a value, never an exception (STYLE.md). */
export type Extraction<T> = { ok: true; value: T } | { ok: false; reason: ExtractionFailure };

export const found = <T>(value: T): Extraction<T> => ({ ok: true, value });
export const notFound = <T>(reason: ExtractionFailure = "not-mentioned"): Extraction<T> => ({
  ok: false,
  reason,
});
