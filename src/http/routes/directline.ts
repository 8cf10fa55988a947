import type { Next, Request, Response, Server } from "restify";
import {
  DirectLineError,
  PostedActivitySchema,
  type AzureTicket,
  type DirectLineService,
} from "../../directline/index.ts";
import { ApiError, fromZodError } from "../errors.ts";
import { createRateLimiter } from "../rate-limit.ts";

export interface DirectLineRouteOptions {
  service: DirectLineService;
  /** Set when DIRECT_LINE_SECRET is: visitor tokens then come from Azure's Direct Line. */
  azureToken?: (() => Promise<AzureTicket>) | undefined;
  /** New conversations (visitor tokens) one address may start per minute. */
  newConversationsPerMinute: number;
  /** Activities one conversation may post per minute. */
  postsPerMinute: number;
}

const PREFIX = "/v3/directline";

const bearerOf = (req: Request): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(req.header("authorization") ?? "")?.[1];

const toApiError = (error: unknown): Error => {
  if (error instanceof DirectLineError) return new ApiError(error.status, error.message);
  return error instanceof Error ? error : new Error(String(error));
};

/** An async handler in restify's callback style: the reply is JSON, never cached; a throw goes to the one error handler. */
const handle =
  (work: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: Next): void => {
    work(req, res).then(
      (reply) => {
        res.header("Cache-Control", "no-store");
        res.send(200, reply);
        next();
      },
      (error: unknown) => next(toApiError(error)),
    );
  };

const jsonObject = (body: unknown): Record<string, unknown> => {
  if (body === undefined || body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new ApiError(400, "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
};

/**
 * The self-hosted Direct Line 3.0 subset under `/v3/directline/` (polling: start, reconnect,
 * post, get activities, refresh) and `POST /api/directline/token`, which issues a visitor token
 * (signed here, or exchanged with Azure when DIRECT_LINE_SECRET is set).
 */
export const directLineRoutes =
  ({ service, azureToken, newConversationsPerMinute, postsPerMinute }: DirectLineRouteOptions) =>
  (server: Server): void => {
    const starts = createRateLimiter({ perMinute: newConversationsPerMinute });
    const posts = createRateLimiter({ perMinute: postsPerMinute });
    const limit = (limiter: typeof starts, key: string, message: string) => {
      const verdict = limiter.hit(key);
      if (!verdict.allowed)
        throw new ApiError(429, message, { "Retry-After": String(verdict.retryAfterSeconds) });
    };

    // Direct Line clients refresh with an empty POST and no Content-Type; the server wants JSON on every POST.
    server.pre((req: Request, _res: Response, next: () => void) => {
      if (
        req.method === "POST" &&
        req.getPath() === `${PREFIX}/tokens/refresh` &&
        !req.header("content-type")
      ) {
        req.headers["content-type"] = "application/json";
      }
      next();
    });

    server.post(
      "/api/directline/token",
      handle(async (req) => {
        limit(
          starts,
          req.socket.remoteAddress ?? "unknown",
          "Too many new conversations from here; please wait a moment.",
        );
        return azureToken ? azureToken() : service.issueToken();
      }),
    );
    server.post(
      `${PREFIX}/conversations`,
      handle(async (req) => service.start(await service.authorise(bearerOf(req)))),
    );
    server.get(
      `${PREFIX}/conversations/:conversationId`,
      handle(async (req) =>
        service.start(await service.authorise(bearerOf(req), req.params.conversationId)),
      ),
    );
    server.post(
      `${PREFIX}/conversations/:conversationId/activities`,
      handle(async (req) => {
        const claims = await service.authorise(bearerOf(req), req.params.conversationId);
        const parsed = PostedActivitySchema.safeParse(jsonObject(req.body));
        if (!parsed.success) throw fromZodError(parsed.error);
        limit(posts, claims.conv, "Too many messages at once; please wait a moment.");
        return service.post(claims, parsed.data);
      }),
    );
    server.get(
      `${PREFIX}/conversations/:conversationId/activities`,
      handle(async (req, res) => {
        const claims = await service.authorise(bearerOf(req), req.params.conversationId);
        const watermark =
          new URL(req.url ?? "/", "http://localhost").searchParams.get("watermark") ?? undefined;
        const gone = new AbortController();
        res.once("close", () => gone.abort());
        return service.activities(claims, watermark, gone.signal);
      }),
    );
    server.post(
      `${PREFIX}/tokens/refresh`,
      handle(async (req) => service.refresh(await service.authorise(bearerOf(req)))),
    );
  };
