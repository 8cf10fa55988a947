import type { AddressInfo } from "node:net";
import { createApp, type App } from "../../src/app/app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logging/index.ts";

export interface RunningApp {
  app: App;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the advisor in-process on a free port, with the given environment over the defaults. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const config = loadConfig({ LOG_LEVEL: "silent", ...env });
  const app = createApp({ config, logger: createLogger({ level: "silent" }) });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => app.server.close(() => resolve())),
  };
}

/** POSTs JSON (or a raw string) and returns the status, headers and parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text so a test can show it
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
