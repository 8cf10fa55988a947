import { describe, expect, it } from "vitest";
import { readJson } from "../../../src/app/content.ts";
import { FAQ_IDS, FaqContentError, loadFaqContent } from "../../../src/core/faq/index.ts";

const content = readJson("content/faq.en.json") as { entries: Array<Record<string, unknown>> };
const terms = readJson("content/service-terms.json");
const business = {
  companyName: "Acme IT",
  bookingUrl: "https://acme.example/book",
  privacyUrl: "https://acme.example/privacy",
};
const withEntries = (entries: Array<Record<string, unknown>>) => ({ ...content, entries });

describe("loading the FAQ content", () => {
  it("has an entry with eight or more phrasings for every contract id, with every placeholder filled", () => {
    const loaded = loadFaqContent(content, terms, business);
    expect(loaded.entries.map((entry) => entry.id).sort()).toEqual([...FAQ_IDS].sort());
    for (const entry of loaded.entries) {
      expect(entry.phrasings.length).toBeGreaterThanOrEqual(8);
      expect(entry.answer).not.toMatch(/\{\{\w+\}\}/);
    }
    expect(loaded.entries.find((entry) => entry.id === "contact")?.answer).toContain(
      "https://acme.example/book",
    );
  });

  it("names the entry and field at fault", () => {
    const broken = content.entries.map((entry) =>
      entry.id === "cost" ? { ...entry, phrasings: ["too few"] } : entry,
    );
    expect(() => loadFaqContent(withEntries(broken), terms, business)).toThrow(FaqContentError);
    expect(() => loadFaqContent(withEntries(broken), terms, business)).toThrow(/"cost".*phrasings/);
  });

  it("refuses a missing entry and an unknown placeholder", () => {
    const missing = content.entries.filter((entry) => entry.id !== "sla");
    expect(() => loadFaqContent(withEntries(missing), terms, business)).toThrow(/no entry for sla/);
    const unknown = content.entries.map((entry) =>
      entry.id === "contract"
        ? { ...entry, answer: "Our terms are {{nonsenseTerm}} long, as agreed." }
        : entry,
    );
    expect(() => loadFaqContent(withEntries(unknown), terms, business)).toThrow(
      /"contract".*nonsenseTerm/,
    );
  });
});
