import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, stopChild } from "../../../scripts/teams/processes.ts";

/** A stand-in bot: answers every Bot Framework POST with 200 and records it. */
let bot: Server;
let endpoint: string;
const cwd = mkdtempSync(join(tmpdir(), "teams-playground-"));

beforeAll(async () => {
  bot = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => bot.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => bot.close(() => resolve()));
  rmSync(cwd, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("the Agents Playground", () => {
  it("starts in Teams mode against a bot endpoint, serves its page and stops", async () => {
    const port = await freePort();
    const playground = await startPlayground({ endpoint, port, cwd });
    try {
      expect(playground.url).toBe(`http://localhost:${port}`);
      const page = await fetch(playground.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Agents Playground");
      expect(readdirSync(join(cwd, "devTools"))).not.toHaveLength(0);
    } finally {
      await stopChild(playground.child);
    }
    expect(playground.child.exitCode !== null || playground.child.signalCode !== null).toBe(true);
  });
});
