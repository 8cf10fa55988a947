import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Runs of this many words shared with the source article count as copied wording. */
const RUN = 8;

const read = (path: string): string =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

/**
 * The source article, kept as a fixture because the shared folder beside the project is not there
 * on a fresh clone.
 */
const seed = read("test/fixtures/seed-article.txt");

/** Punctuation is either dropped ("co-managed" -> "comanaged") or split on; both are checked. */
const WORDINGS = [
  (text: string) => text.replace(/[^\p{L}\p{N}\s]/gu, ""),
  (text: string) => text.replace(/[^\p{L}\p{N}\s]/gu, " "),
];

function runs(text: string, toWords: (text: string) => string): string[] {
  const words = toWords(
    text
      .normalize("NFKC")
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase(),
  )
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, Math.max(0, words.length - RUN + 1))
    .map((_, i) => words.slice(i, i + RUN).join(" "));
}

const seedRuns = WORDINGS.map((toWords) => new Set(runs(seed, toWords)));

/** The first run of {@link RUN} words the text shares with the article, if any. */
function sharedRun(text: string): string | undefined {
  for (const [i, toWords] of WORDINGS.entries()) {
    const found = runs(text, toWords).find((run) => seedRuns[i]?.has(run));
    if (found) return found;
  }
  return undefined;
}

/** Every string inside a JSON value, with its path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

const CONTENT = ["content/faq.en.json", "content/copy.en.json", "content/cards.en.json"];

describe("content is written in its own words", () => {
  it("finds the article's own runs (the check works)", () => {
    const sentence = seed.split(/(?<=\.)\s+/).find((line) => line.split(/\s+/).length > RUN);
    expect(sentence && sharedRun(sentence)).toBeTruthy();
    expect(sharedRun("we have fifty people and one person in IT who is very busy")).toBeUndefined();
  });

  it.each(CONTENT)("%s shares no run of 8 words with the source article", (file) => {
    const copied = strings(JSON.parse(read(file)) as unknown, file).flatMap(([path, text]) => {
      const run = sharedRun(text);
      return run ? [`${path}: "${run}"`] : [];
    });
    expect(copied).toEqual([]);
  });
});
