import type { Server } from "restify";

/** `GET /healthz`: 200 while the server is serving. */
export const healthRoutes = (server: Server): void => {
  server.get("/healthz", (_req, res, next) => {
    res.send(200, { status: "ok" });
    return next();
  });
};
