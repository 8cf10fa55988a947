import { describe, expect, it } from "vitest";
import { newConversationData, readConversationData } from "../../../dialogs/state.ts";

describe("reading stored conversation state", () => {
  it("reads back what was stored", () => {
    const stored = { ...newConversationData(), welcomed: true, profile: { employees: 40 } };
    expect(readConversationData(JSON.parse(JSON.stringify(stored)))).toEqual({
      data: stored,
      reset: false,
    });
  });

  it("starts a fresh conversation, without a reset flag, when nothing is stored", () => {
    expect(readConversationData(undefined)).toEqual({ data: newConversationData(), reset: false });
  });

  it.each([
    ["an older version", { version: 0, profile: {} }],
    ["a corrupt profile", { ...newConversationData(), profile: { employees: "eighty" } }],
    ["not an object", "garbage"],
  ])("replaces %s with a fresh conversation and says so", (_label, raw) => {
    expect(readConversationData(raw)).toEqual({ data: newConversationData(), reset: true });
  });
});
