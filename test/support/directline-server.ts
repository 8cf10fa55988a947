import type { AddressInfo } from "node:net";
import type { TurnContext } from "botbuilder";
import { InProcessAdapter } from "../../src/channel/adapters.ts";
import { loadConfig } from "../../src/config/index.ts";
import type { DirectLineStore } from "../../src/directline/index.ts";
import { createWebChannel } from "../../src/http/routes/web-channel.ts";
import { createServer } from "../../src/http/server.ts";
import { silentLogger } from "./silent-logger.ts";

/** A bot that welcomes a visitor who joins and echoes messages: enough to see the channel work. */
export async function echoBot(context: TurnContext): Promise<void> {
  if (context.activity.type === "conversationUpdate") {
    await context.sendActivity({ type: "message", text: "Welcome", textFormat: "plain" });
  } else if (context.activity.type === "message") {
    const said = context.activity.text ?? JSON.stringify(context.activity.value ?? null);
    await context.sendActivity({
      type: "message",
      text: `You said: ${said.slice(0, 40)}`,
      textFormat: "plain",
    });
  }
}

export interface DirectLineServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The website channel's routes on the real HTTP edge (limits, CORS, error shape) with the real
 * in-process adapter, in front of a small bot instead of the advisor's dialogs.
 */
export async function startDirectLineServer(
  options: {
    env?: Record<string, string>;
    logic?: (context: TurnContext) => Promise<void>;
    fetch?: typeof fetch;
    store?: DirectLineStore;
  } = {},
): Promise<DirectLineServer> {
  const config = loadConfig({ LOG_LEVEL: "silent", ...options.env });
  const logger = silentLogger();
  const web = createWebChannel({
    config,
    logger,
    inProcess: new InProcessAdapter(),
    logic: options.logic ?? echoBot,
    fetch: options.fetch,
    store: options.store,
  });
  const server = createServer({
    logger,
    limits: {
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxMessageChars: config.MAX_MESSAGE_CHARS,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      corsOrigins: config.CORS_ORIGINS,
    },
    routes: web.routes,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Direct Line client for tests: JSON calls with the token as a bearer header. */
export function directLineClient(baseUrl: string) {
  const call = async (
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-type"] ??= "application/json";
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === "string"
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body };
  };
  return {
    call,
    token: () => call("POST", "/api/directline/token", { body: {} }),
    start: (token: string) =>
      call("POST", "/v3/directline/conversations", { token, body: { user: {} } }),
    reconnect: (token: string, id: string) =>
      call("GET", `/v3/directline/conversations/${id}?watermark=`, { token }),
    post: (token: string, id: string, activity: unknown) =>
      call("POST", `/v3/directline/conversations/${id}/activities`, { token, body: activity }),
    poll: (token: string, id: string, watermark = "") =>
      call("GET", `/v3/directline/conversations/${id}/activities?watermark=${watermark}`, {
        token,
      }),
    refresh: (token: string) => call("POST", "/v3/directline/tokens/refresh", { token }),
  };
}
