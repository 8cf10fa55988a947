import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ms } from "./stats.ts";

/**
 * Time from `npm start` to the first 200 from /healthz: the first start creates the embedded
 * database in a new DATA_DIR; the later ones reopen it, as every restart does.
 */
export async function benchStartup(runs = 4): Promise<string[]> {
  const samples: number[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "advisor-bench-"));
  for (let run = 0; run < runs; run += 1) {
    const port = 4100 + run;
    const started = performance.now();
    const child = spawn("npm", ["start"], {
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: "silent",
        DATA_DIR: dataDir,
      },
      stdio: "ignore",
      detached: true,
    });
    try {
      samples.push(await waitForHealth(port, started));
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  }
  const [first, ...restarts] = samples;
  return [
    `npm start to /healthz 200, new data dir: ${ms(first ?? Number.NaN, 0)}`,
    `npm start to /healthz 200, existing data dir: ${restarts.map((s) => ms(s, 0)).join(", ")} (target < 2000 ms)`,
  ];
}

async function waitForHealth(port: number, started: number): Promise<number> {
  const deadline = started + 30_000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no /healthz on port ${port} within 30 s`);
}
