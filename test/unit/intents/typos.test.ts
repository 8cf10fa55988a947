import { describe, expect, it } from "vitest";
import { correctTypos } from "../../../intents/extract/typos.ts";

describe("correctTypos", () => {
  it.each([
    ["we have arround 200 employes", "we have around 200 employees"],
    ["2 it staf, 65 empoyees", "2 it staff, 65 employees"],
    ["the netwrok side is beyond them", "the network side is beyond them"],
    ["we r abt 85 ppl", "we r about 85 people"],
    ["hes ok, bit strechd", "hes ok, bit stretched"],
  ])("fixes typos and shorthand of the words extraction keys on: %s", (typed, meant) => {
    expect(correctTypos(typed)).toBe(meant);
  });

  it.each([
    "my wifi keeps dropping",
    "there's loads of stuff to do",
    "we serve customers",
    "he uses the service desk",
    "a strategic partner",
    "our engineering firm",
    "my colleague handles it",
  ])("leaves real words alone: %s", (text) => {
    expect(correctTypos(text)).toBe(text);
  });
});
