import restify, { type Request, type Response, type Server } from "restify";
import type { Logger } from "../logging/index.ts";
import { ApiError, fromFrameworkError, toErrorBody, type ErrorStatus } from "./errors.ts";
import { createRateLimiter } from "./rate-limit.ts";

/** Limits the HTTP edge enforces, from configuration. */
export interface HttpLimits {
  maxBodyBytes: number;
  maxMessageChars: number;
  rateLimitPerMinute: number;
  corsOrigins: readonly string[];
}

export interface ServerOptions {
  logger: Logger;
  limits: HttpLimits;
  /** Adds the routes; each feature registers its own (see routes/). */
  routes: ReadonlyArray<(server: Server) => void>;
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json$/i;

/**
 * The restify server with the contract's error shape on every route (its own 404/405/parse
 * errors included), body and rate limits, and one log line per request.
 */
export function createServer({ logger, limits, routes }: ServerOptions): Server {
  const server = restify.createServer({ name: "advisor", handleUncaughtExceptions: false });
  const limiter = createRateLimiter({ perMinute: limits.rateLimitPerMinute });

  server.pre((req: Request, _res: Response, next) => {
    (req as Request & { startedAt?: number }).startedAt = performance.now();
    next();
  });
  server.pre(cors(limits.corsOrigins));
  server.use((req, _res, next) => {
    if (req.getPath().startsWith("/api/v1/")) {
      const verdict = limiter.hit(req.socket.remoteAddress ?? "unknown");
      if (!verdict.allowed) {
        return next(
          new ApiError(429, "Too many requests; please wait a moment.", {
            "Retry-After": String(verdict.retryAfterSeconds),
          }),
        );
      }
    }
    return next();
  });
  server.use((req, _res, next) => {
    if (req.method !== "POST" && req.method !== "PUT") return next();
    const type = (req.header("content-type") ?? "").split(";")[0]?.trim() ?? "";
    if (!JSON_TYPE.test(type))
      return next(new ApiError(415, "Send JSON with Content-Type: application/json."));
    return next();
  });
  server.use(restify.plugins.bodyReader({ maxBodySize: limits.maxBodyBytes }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true }));

  for (const register of routes) register(server);

  server.on("restifyError", (req: Request, res: Response, err: Error, callback: () => void) => {
    const { status, message } = fromFrameworkError(err);
    if (status === 500) logger.error({ err, route: req.getPath() }, "request failed");
    if (err instanceof ApiError) for (const [k, v] of Object.entries(err.headers)) res.header(k, v);
    Object.assign(err, { toJSON: () => toErrorBody(status, message), statusCode: status });
    (err as Error & { body?: unknown }).body = toErrorBody(status, message);
    return callback();
  });
  server.on("after", (req: Request, res: Response) => {
    const startedAt = (req as Request & { startedAt?: number }).startedAt ?? performance.now();
    logger.info(
      {
        method: req.method,
        route: req.getRoute()?.path ?? req.getPath(),
        status: res.statusCode,
        ms: Math.round((performance.now() - startedAt) * 10) / 10,
      },
      "request",
    );
  });
  return server;
}

function cors(origins: readonly string[]) {
  const allowAll = origins.includes("*");
  return (req: Request, res: Response, next: () => void) => {
    const origin = req.header("origin");
    if (origin && (allowAll || origins.includes(origin))) {
      res.header("Access-Control-Allow-Origin", allowAll ? "*" : origin);
      res.header("Vary", "Origin");
      res.header("Access-Control-Allow-Headers", "Content-Type, Authorization, x-ms-bot-agent");
      res.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      if (req.method === "OPTIONS") {
        res.send(204);
        return;
      }
    }
    next();
  };
}

/** Sends a contract-shaped error directly (for handlers that do not go through next(err)). */
export function sendError(res: Response, status: ErrorStatus, message: string): void {
  res.send(status, toErrorBody(status, message));
}
