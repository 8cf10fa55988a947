import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signToken, verifyToken, type TokenClaims } from "../../../src/directline/index.ts";

const SECRET = "test-secret-0123456789";
const NOW = 1_800_000_000;
const claims = (overrides: Partial<TokenClaims> = {}): TokenClaims => ({
  conv: "conv-1",
  user: "dl_user1",
  iat: NOW,
  exp: NOW + 1800,
  ...overrides,
});
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("visitor tokens", () => {
  it("verifies what it signed and returns the claims", () => {
    const token = signToken(claims(), SECRET);
    expect(verifyToken(token, SECRET, NOW + 10)).toEqual({ ok: true, claims: claims() });
  });

  it("is a three-part JWT whose payload Web Chat can read the user id from", () => {
    const [header, payload] = signToken(claims(), SECRET).split(".");
    expect(JSON.parse(Buffer.from(header!, "base64url").toString())).toEqual({
      alg: "HS256",
      typ: "JWT",
    });
    expect(JSON.parse(Buffer.from(payload!, "base64url").toString()).user).toBe("dl_user1");
  });

  it.each([
    ["at the expiry second", NOW + 1800],
    ["after expiry", NOW + 5000],
  ])("refuses a token %s", (_label, now) => {
    expect(verifyToken(signToken(claims(), SECRET), SECRET, now)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyToken(signToken(claims(), "other-secret"), SECRET, NOW)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("refuses a payload changed after signing (another conversation)", () => {
    const [header, , signature] = signToken(claims(), SECRET).split(".");
    const forged = `${header}.${b64(claims({ conv: "conv-2" }))}.${signature}`;
    expect(verifyToken(forged, SECRET, NOW)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it.each([
    ["an empty string", ""],
    ["two parts", "a.b"],
    ["four parts", "a.b.c.d"],
    ["non-base64url characters", "a.b+/.c"],
    ["an unsigned 'none' token", `${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`],
  ])("refuses %s as malformed", (_label, token) => {
    expect(verifyToken(token, SECRET, NOW)).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses a correctly signed payload that is not the claims' shape", () => {
    const header = b64({ alg: "HS256", typ: "JWT" });
    const payload = b64({ conv: "c" });
    const signature = createHmac("sha256", SECRET)
      .update(`${header}.${payload}`)
      .digest("base64url");
    expect(verifyToken(`${header}.${payload}.${signature}`, SECRET, NOW)).toEqual({
      ok: false,
      reason: "malformed",
    });
  });
});
