import { z } from "zod";
import { LeadSchema } from "../core/leads/index.ts";
import { ErasureResultSchema } from "./erase-lead.ts";
import { EventReportSchema } from "./event-report.ts";
import type { LeadAdmin } from "./lead-admin.ts";

/** Paths of the running server's admin endpoint (bearer token from `DATA_DIR/admin.token`). */
export const ADMIN_PATHS = {
  leads: "/api/admin/leads",
  erase: "/api/admin/leads/erase",
  report: "/api/admin/report",
} as const;

export const AdminLeadsReply = z.object({ leads: z.array(LeadSchema) });
export const AdminEraseReply = z.object({ erased: ErasureResultSchema });
export const AdminReportReply = z.object({ report: EventReportSchema });

/** Thrown when the endpoint cannot be reached or refuses; the message is for the operator. */
export class AdminEndpointError extends Error {
  override readonly name = "AdminEndpointError";
}

/** LeadAdmin through a running server's admin endpoint. */
export function createAdminClient({
  baseUrl,
  token,
  fetch = globalThis.fetch,
}: {
  baseUrl: string;
  token: string;
  fetch?: typeof globalThis.fetch;
}): LeadAdmin {
  async function call<S extends z.ZodType>(
    path: string,
    reply: S,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const url = new URL(path, baseUrl);
    let response: Response;
    try {
      response = await fetch(url, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new AdminEndpointError(`${url.origin} did not answer (${(error as Error).message})`, {
        cause: error,
      });
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(json);
      throw new AdminEndpointError(
        `${url.href} answered ${response.status}${message.success ? `: ${message.data.error.message}` : ""}`,
      );
    }
    return reply.parse(json);
  }
  return {
    via: "server",
    list: async () => (await call(ADMIN_PATHS.leads, AdminLeadsReply)).leads,
    erase: async (email) => (await call(ADMIN_PATHS.erase, AdminEraseReply, { email })).erased,
    report: async () => (await call(ADMIN_PATHS.report, AdminReportReply)).report,
    close: async () => undefined,
  };
}
