import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The `X-Advisor-Signature` value for a webhook body (contract): `sha256=` and the hex
 * HMAC-SHA256 of `"<timestamp>.<body>"` keyed with LEAD_WEBHOOK_SECRET.
 */
export function signLeadBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Checks a received signature in constant time; what a receiving CRM does with our headers. */
export function verifyLeadSignature(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signLeadBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
