import { createHash, timingSafeEqual } from "node:crypto";
import type { Next, Request, Response, Server } from "restify";
import { z } from "zod";
import { ADMIN_PATHS, type Store } from "../../store/index.ts";
import { ApiError, fromZodError } from "../errors.ts";

export interface AdminRouteOptions {
  store: Pick<Store, "leads" | "report">;
  /** The bearer token this server run wrote to `DATA_DIR/admin.token`. */
  token: string;
}

const EraseBody = z.object({ email: z.email() }).strict();

const digest = (value: string) => createHash("sha256").update(value).digest();
const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function authorise(req: Request, token: string): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header("authorization") ?? "");
  if (!match?.[1]) {
    throw new ApiError(401, "Send the admin token as an Authorization: Bearer header.", {
      "WWW-Authenticate": 'Bearer realm="advisor-admin"',
    });
  }
  if (!LOOPBACK.has(req.socket.remoteAddress ?? "")) {
    throw new ApiError(403, "The admin endpoint answers only on this machine.");
  }
  if (!timingSafeEqual(digest(match[1]), digest(token)))
    throw new ApiError(403, "That admin token is not valid.");
}

/** Runs an async handler with restify's callback style: a throw goes to the one error handler. */
const handle =
  (work: (req: Request) => Promise<unknown>) =>
  (req: Request, res: Response, next: Next): void => {
    work(req).then(
      (reply) => {
        res.header("Cache-Control", "no-store");
        res.send(200, reply);
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
    );
  };

/**
 * The operator's endpoint for `npm run leads` / `npm run report` while this server holds the
 * embedded store: `GET /api/admin/leads` -> `{ leads }`, `POST /api/admin/leads/erase { email }`
 * -> `{ erased }`, `GET /api/admin/report` -> `{ report }`. Loopback callers with the token only.
 */
export const adminRoutes =
  ({ store, token }: AdminRouteOptions) =>
  (server: Server): void => {
    server.get(
      ADMIN_PATHS.leads,
      handle(async (req) => {
        authorise(req, token);
        return { leads: await store.leads.list() };
      }),
    );
    server.post(
      ADMIN_PATHS.erase,
      handle(async (req) => {
        authorise(req, token);
        const body: unknown = req.body;
        if (body === null || typeof body !== "object" || Array.isArray(body)) {
          throw new ApiError(400, "The request body must be a JSON object.");
        }
        const parsed = EraseBody.safeParse(body);
        if (!parsed.success) throw fromZodError(parsed.error);
        return { erased: await store.leads.erase({ email: parsed.data.email }) };
      }),
    );
    server.get(
      ADMIN_PATHS.report,
      handle(async (req) => {
        authorise(req, token);
        return { report: await store.report() };
      }),
    );
  };
