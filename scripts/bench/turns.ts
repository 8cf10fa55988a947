import type { AddressInfo } from "node:net";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import restify from "restify";
import { createApp } from "../../src/app/app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logging/index.ts";
import type { Store } from "../../src/store/index.ts";
import { ms, summarise } from "./stats.ts";
import { expectRepliesMessage } from "../../test/support/message-activity.ts";

const SCRIPT = [
  "hi",
  "we have about 120 staff",
  "3 people in IT",
  "security and backups mostly",
  "they're stretched",
  "yes",
  "how long does onboarding take?",
  "thanks, bye",
];

/** Per-turn latency over HTTP (expectReplies) for a scripted conversation, on a given store. */
export async function turnLatency(store: Store | undefined, conversations = 10): Promise<number[]> {
  const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" });
  const app = createApp({
    config,
    logger: createLogger({ level: "silent" }),
    ...(store ? { store } : {}),
  });
  const url = await listen(app.server);
  try {
    await runConversations(url, 2);
    return await runConversations(url, conversations);
  } finally {
    app.server.close();
  }
}

/** Per-turn latency over HTTP (expectReplies) for a scripted conversation, beside an echo bot. */
export async function benchTurns(conversations = 30): Promise<string[]> {
  const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" });
  const app = createApp({ config, logger: createLogger({ level: "silent" }) });
  const advisorUrl = await listen(app.server);
  const echo = echoServer();
  const echoUrl = await listen(echo);
  try {
    await runConversations(echoUrl, 2);
    await runConversations(advisorUrl, 2);
    const echoSamples = await runConversations(echoUrl, conversations);
    const advisorSamples = await runConversations(advisorUrl, conversations);
    const a = summarise(advisorSamples);
    const e = summarise(echoSamples);
    return [
      `per turn over HTTP, advisor (in-memory state): p50 ${ms(a.p50)}, p99 ${ms(a.p99)} (${a.n} turns)`,
      `per turn over HTTP, echo bot on the same stack: p50 ${ms(e.p50)}, p99 ${ms(e.p99)}`,
      `advisor / echo p50: ${(a.p50 / e.p50).toFixed(2)}x (target <= 1.5x)`,
    ];
  } finally {
    app.server.close();
    echo.close();
  }
}

async function runConversations(url: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let c = 0; c < count; c += 1) {
    const conversationId = `bench-${Math.random().toString(36).slice(2)}`;
    for (const text of SCRIPT) {
      const started = performance.now();
      const response = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(expectRepliesMessage({ conversationId, text })),
      });
      await response.text();
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

function echoServer(): restify.Server {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer();
  server.use(restify.plugins.bodyReader({ maxBodySize: 65536 }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true }));
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
    });
  });
  return server;
}

function listen(server: restify.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}
