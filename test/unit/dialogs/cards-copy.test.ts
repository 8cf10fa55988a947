import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CARD_COPY_KEYS, CardCopyError, loadCardCopy } from "../../../dialogs/cards/index.ts";

const raw = JSON.parse(
  readFileSync(new URL("../../../content/cards.en.json", import.meta.url), "utf8"),
) as Record<string, string>;

const loadError = (json: unknown): CardCopyError => {
  try {
    loadCardCopy(json);
  } catch (error) {
    if (error instanceof CardCopyError) return error;
    throw error;
  }
  throw new Error("expected a CardCopyError");
};

describe("loadCardCopy", () => {
  it("loads the content file with every key", () => {
    const copy = loadCardCopy(raw);
    expect(Object.keys(copy).sort()).toEqual([...CARD_COPY_KEYS].sort());
  });

  it.each<[string, unknown, string]>([
    ["a missing key", { ...raw, "card.title": undefined }, "card.title"],
    ["an unknown key", { ...raw, "card.subtitle": "Extra" }, "card.subtitle"],
    ["an empty text", { ...raw, "action.restart": "  " }, "action.restart"],
    [
      "an unknown placeholder",
      { ...raw, "recap.itStaff.many": "{cont} IT staff" },
      "recap.itStaff.many",
    ],
    [
      "a missing placeholder",
      { ...raw, "card.missing": "It would help to know more." },
      "card.missing",
    ],
    ["a stray placeholder", { ...raw, "card.title": "My {thing}" }, "card.title"],
    ["not an object", ["card.title"], "(root)"],
  ])("names the key at fault for %s", (_name, json, key) => {
    const error = loadError(json);
    expect(error.key).toBe(key);
    expect(error.message).toContain(key);
  });
});
