import { describe, expect, it } from "vitest";
import { withoutSignature } from "../../../intents/email-signature.ts";

describe("withoutSignature", () => {
  it("drops a signature block after a sign-off line", () => {
    const text = [
      "Hi, could someone call me about IT support? We're 40 staff.",
      "",
      "Kind regards",
      "",
      "James O'Neill",
      "Operations Director",
      "T: 0151 496 0123",
      "Company no. 01234567. This email is confidential.",
    ].join("\n");
    expect(withoutSignature(text)).toBe(
      "Hi, could someone call me about IT support? We're 40 staff.",
    );
  });

  it.each([
    "thanks, we have 3 IT staff",
    "Best regards to Dave, he runs our IT",
    "Kind regards",
    "we're 60 staff\nand 2 in IT",
  ])("leaves %j alone", (text) => {
    expect(withoutSignature(text)).toBe(text);
  });

  it("treats 'Sent from my iPhone' as a sign-off", () => {
    expect(withoutSignature("we need help with backups\nSent from my iPhone")).toBe(
      "we need help with backups",
    );
  });
});
