import { randomBytes } from "node:crypto";
import { z } from "zod";
import { DirectLineError } from "./errors.ts";

/** Azure Bot Service's Direct Line endpoint: the widget talks to it when a secret is configured. */
export const AZURE_DIRECT_LINE_DOMAIN = "https://directline.botframework.com/v3/directline";

const GeneratedToken = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

/** What the widget gets: a token for Azure's Direct Line and where to use it. */
export interface AzureTicket {
  conversationId: string;
  token: string;
  expires_in: number;
  domain: string;
}

export interface AzureTokenOptions {
  /** DIRECT_LINE_SECRET; it never leaves the server. */
  secret: string;
  fetch: typeof fetch;
  domain?: string;
  timeoutMs?: number;
}

/**
 * Exchanges the Direct Line secret for a conversation token (`POST {domain}/tokens/generate`),
 * with a `dl_` user id embedded so Web Chat uses it. Azure failing or unreachable is a 503.
 */
export function createAzureTokenSource(options: AzureTokenOptions): () => Promise<AzureTicket> {
  const domain = options.domain ?? AZURE_DIRECT_LINE_DOMAIN;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async () => {
    let response: Response;
    try {
      response = await options.fetch(`${domain}/tokens/generate`, {
        method: "POST",
        headers: { Authorization: `Bearer ${options.secret}`, "Content-Type": "application/json" },
        body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString("base64url")}` } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new DirectLineError(
        503,
        "The chat service cannot be reached just now; please try again shortly.",
        { cause: error },
      );
    }
    if (!response.ok) {
      throw new DirectLineError(
        503,
        `The chat service refused a token (status ${response.status}); please try again shortly.`,
      );
    }
    const parsed = GeneratedToken.safeParse(await response.json().catch(() => null));
    if (!parsed.success)
      throw new DirectLineError(503, "The chat service sent an unexpected token reply.");
    return { ...parsed.data, domain };
  };
}
