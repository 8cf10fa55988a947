import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * What a visitor token grants: one conversation, as one user, until `exp` (unix seconds).
 * `user` is the claim Web Chat reads to learn the visitor's user id from a Direct Line token.
 */
export const TokenClaimsSchema = z.object({
  conv: z.string().min(1).max(128),
  user: z.string().min(1).max(128),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

/** Why a token was refused; all of them mean "start again" to the widget. */
export type TokenProblem = "malformed" | "bad-signature" | "expired";
export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: TokenProblem };

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
const SEGMENT = /^[A-Za-z0-9_-]+$/;

const sign = (input: string, secret: string): Buffer =>
  createHmac("sha256", secret).update(input).digest();

/** Signs the claims as a compact HS256 JWT, the shape Direct Line clients expect a token to have. */
export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(TokenClaimsSchema.parse(claims))).toString(
    "base64url",
  );
  return `${HEADER}.${payload}.${sign(`${HEADER}.${payload}`, secret).toString("base64url")}`;
}

/** Checks the signature (in constant time), the header and the expiry; `now` is unix seconds. */
export function verifyToken(token: string, secret: string, now: number): TokenCheck {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((part) => SEGMENT.test(part)))
    return { ok: false, reason: "malformed" };
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) return { ok: false, reason: "malformed" };
  const expected = sign(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "bad-signature" };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const parsed = TokenClaimsSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  if (parsed.data.exp <= now) return { ok: false, reason: "expired" };
  return { ok: true, claims: parsed.data };
}
