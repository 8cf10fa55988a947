import { describe, expect, it } from "vitest";
import { cleanName, cleanPhone } from "../../../dialogs/contact-validation.ts";

describe("cleanName", () => {
  it.each(["a REAL PERSON", "bye", "yes", "hello", "correct", "talk to someone"])(
    "refuses %j, which is a reply rather than a name",
    (text) => {
      expect(cleanName(text)).toBeNull();
    },
  );

  it.each([
    ["Megan Price", "Megan Price"],
    ["my name is Sam", "Sam"],
    ["Dr. Anne-Marie O'Neill", "Dr. Anne-Marie O'Neill"],
    ["Will", "Will"],
    ["Na Li", "Na Li"],
  ])("keeps %j as %j", (text, name) => {
    expect(cleanName(text)).toBe(name);
  });
});

describe("cleanPhone", () => {
  it.each(["Email me first", "email is fine", "by email please", "skip", "no phone"])(
    "reads %j as no phone number",
    (text) => {
      expect(cleanPhone(text)).toBe("");
    },
  );

  it("keeps a number with spaces", () => {
    expect(cleanPhone("07700 900123")).toBe("07700 900123");
  });
});
