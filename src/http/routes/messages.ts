import type { CloudAdapter, TurnContext } from "botbuilder";
import type { Request, Response, Server } from "restify";
import { z } from "zod";
import { ApiError, toErrorBody, type ErrorStatus } from "../errors.ts";

type TurnLogic = (context: TurnContext) => Promise<void>;

/** The least an inbound activity needs before it is handed to the adapter. */
const InboundActivity = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1).optional(),
  conversation: z
    .object({ id: z.string().min(1) })
    .passthrough()
    .optional(),
  serviceUrl: z.string().optional(),
  text: z.string().optional(),
});

/**
 * `POST /api/messages`: the Bot Framework Activity protocol through CloudAdapter. Malformed
 * activities get a 400 before they reach the adapter; the adapter's own failures (401 for a missing
 * or bad token, a reply that could not be delivered) come back in the contract's error shape.
 */
export const messagesRoutes =
  (adapter: CloudAdapter, logic: TurnLogic) =>
  (server: Server): void => {
    server.post("/api/messages", (req: Request, res: Response, next) => {
      if (typeof req.body !== "object" || req.body === null || Array.isArray(req.body)) {
        return next(
          new ApiError(400, "The request body must be a Bot Framework activity (a JSON object)."),
        );
      }
      const parsed = InboundActivity.safeParse(req.body);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join(".") || "body";
        return next(new ApiError(400, `Invalid activity field "${field}".`));
      }
      if (parsed.data.type === "message" && !parsed.data.conversation) {
        return next(new ApiError(400, 'Invalid activity field "conversation.id".'));
      }
      const reply = captureReply();
      adapter.process(req, reply.shim, logic).then(
        () => {
          respond(res, reply.result());
          next();
        },
        () => next(new ApiError(400, "The activity could not be processed.")),
      );
    });
  };

function respond(res: Response, { status, body }: { status: number; body: unknown }): void {
  if (status < 400) {
    res.send(status, body ?? "");
    return;
  }
  // 501 is the bot's own answer to an invoke it does not support (a Teams card or extension action).
  const mapped: ErrorStatus =
    status === 401 ? 401 : status === 400 ? 400 : status === 501 ? 501 : 503;
  const message =
    mapped === 401
      ? "Missing or invalid Bot Framework credentials."
      : mapped === 400
        ? "The activity could not be processed."
        : mapped === 501
          ? "The advisor does not support this activity."
          : "The reply could not be delivered to the channel.";
  res.send(mapped, toErrorBody(mapped, message));
}

/** A minimal response object the adapter writes into, so this route decides what goes out. */
function captureReply() {
  let status = 200;
  let body: unknown;
  const shim = {
    status(code: number) {
      status = code;
      return shim;
    },
    send(payload: unknown) {
      body = payload;
      return shim;
    },
    header() {
      return shim;
    },
    end() {
      return shim;
    },
  };
  return { shim: shim as unknown as Response, result: () => ({ status, body }) };
}
