import { describe, expect, it } from "vitest";
import { emojiAsWords } from "../../../intents/emoji-words.ts";

describe("emoji in a reply", () => {
  it.each([
    ["👍", "yes"],
    ["👎🏽", "no"],
    ["🤷‍♀️", "dunno"],
    ["👋", "hi"],
  ])("reads %s as %j", (text, words) => {
    expect(emojiAsWords(text)).toBe(words);
  });

  it.each([
    ["high 😩", "high"],
    ["we're 40 people 🙂", "we're 40 people"],
    ["🔥 stretched 🔥", "stretched"],
  ])("drops mood emoji beside words: %s", (text, words) => {
    expect(emojiAsWords(text)).toBe(words);
  });

  it("keeps emoji that are the whole message, for the input guard to answer", () => {
    expect(emojiAsWords("🔥🔥🔥")).toBe("🔥🔥🔥");
  });

  it("leaves text without emoji untouched", () => {
    expect(emojiAsWords("about 80 staff")).toBe("about 80 staff");
  });
});
