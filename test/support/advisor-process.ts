import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port.ts";
import { expectRepliesMessage } from "./message-activity.ts";

/** The advisor as a separate process, the way `npm start` runs it. */
export interface AdvisorProcess {
  url: string;
  /** Sends the signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startAdvisorProcess(env: Record<string, string>): Promise<AdvisorProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ["--disable-warning=DEP0111", "--import", "tsx", "src/main.ts"],
    {
      env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the advisor exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the advisor did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

/** One visitor talking to an advisor over /api/messages with expectReplies. */
export async function sayTo(
  url: string,
  conversationId: string,
  text: string,
): Promise<Array<{ type: string; text?: string; name?: string; value?: any }>> {
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(expectRepliesMessage({ conversationId, text })),
  });
  if (response.status !== 200)
    throw new Error(`turn failed with ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { activities: any[] }).activities;
}

/** The recommendation event's profile, after asking for the recommendation. */
export async function profileOf(
  url: string,
  conversationId: string,
): Promise<Record<string, unknown>> {
  const replies = await sayTo(url, conversationId, "what do you recommend?");
  const event = replies.find((a) => a.type === "event" && a.name === "advisor.recommendation");
  if (!event) throw new Error("no recommendation event");
  return event.value.profile as Record<string, unknown>;
}
