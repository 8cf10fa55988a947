/**
 * Child processes for `npm run playground`: the advisor, the Agents Playground CLI, a health wait
 * and a clean stop. Kept apart from the script so a test can start the playground on its own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";

/** A running child process and the address it serves. */
export interface Running {
  child: ChildProcess;
  url: string;
}

/** True when `url` answers 200 within a second. */
export async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Waits until `url` answers 200; fails early if `child` exits first, or after `timeoutMs`. */
export async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the process exited (${child.exitCode ?? child.signalCode}) before ${url} answered`,
      );
    }
    if (await isHealthy(url)) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Starts the advisor (`src/main.ts` under tsx) on `port` and waits for `/healthz`. */
export async function startAdvisor(options: {
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
}): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: options.cwd,
    env: { ...options.env, PORT: String(options.port) },
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(`${url}/healthz`, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { child, url };
}

/**
 * Starts the Microsoft 365 Agents Playground CLI in Teams mode against a bot endpoint, with no
 * browser and no telemetry, and resolves once it listens. It writes its log to `cwd`/devTools/,
 * and picks a random port when `port` is taken, so the URL comes from its own output.
 */
export async function startPlayground(options: {
  endpoint: string;
  port: number;
  cwd: string;
  /** Where the playground's own output goes; dropped when absent. */
  output?: NodeJS.WritableStream;
  timeoutMs?: number;
}): Promise<Running> {
  const cli = createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/cli.js");
  const args = [
    "-e",
    options.endpoint,
    "-c",
    "msteams",
    "-p",
    String(options.port),
    "--disable-telemetry",
  ];
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(
      () => reject(new Error("the playground did not start")),
      options.timeoutMs ?? 30_000,
    );
    child.stdout?.on("data", (data: Buffer) => {
      options.output?.write(data);
      if (seen.length > 10_000) return;
      seen += data.toString();
      const match = /Listening on (\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (${code}) before it listened:\n${seen}`));
    });
  }).catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  });
  return { child, url: `http://localhost:${port}` };
}

/** Sends SIGTERM and waits for the exit; SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
