import type { Next, Request, Response, Server } from "restify";
import { replyWithAsset, type StaticAsset, type WebAssets } from "../../web/index.ts";

const serve =
  (asset: StaticAsset, extraHeaders: Record<string, string> = {}) =>
  (req: Request, res: Response, next: Next): void => {
    replyWithAsset(asset, {
      ifNoneMatch: req.header("if-none-match"),
      acceptEncoding: req.header("accept-encoding"),
    }).then(
      (reply) => {
        res.writeHead(reply.status, { ...reply.headers, ...extraHeaders });
        res.end(reply.body);
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
    );
  };

/**
 * `GET /` (demo page), `GET /widget.js` (the embed), `GET /webchat/webchat.js` (Web Chat's
 * bundle, from node_modules) and `GET /webchat/LICENSE` (its licence and notices).
 */
export const webRoutes =
  (assets: WebAssets) =>
  (server: Server): void => {
    server.get(
      "/",
      serve(assets.page, {
        "Content-Security-Policy": assets.pageCsp,
        "Referrer-Policy": "strict-origin-when-cross-origin",
      }),
    );
    const sendWidget = serve(assets.widget);
    server.get("/widget.js", (req, res, next) => {
      // A page with the widget is loading: read and compress Web Chat's bundle before it is asked for.
      assets.webchat
        .load()
        .then((loaded) => loaded.gzipped())
        .catch(() => undefined);
      sendWidget(req, res, next);
    });
    server.get("/webchat/webchat.js", serve(assets.webchat));
    server.get("/webchat/LICENSE", serve(assets.licence));
    // The bundle's own comment points here for its notices.
    server.get("/webchat/webchat.js.LICENSE.txt", serve(assets.licence));
  };
