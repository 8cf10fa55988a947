/**
 * Child processes for `npm run playground` and `npm run playground:e2e`: the advisor, the Agents
 * Playground CLI, both together as a session, a health wait and a clean stop. Kept apart from the
 * scripts so a test can start the playground on its own.
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

/**
 * Starts the advisor (`src/main.ts` under tsx) on `port` and waits for `/healthz`. Its output goes
 * to this terminal, or to `output` when given.
 */
export async function startAdvisor(options: {
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
  output?: NodeJS.WritableStream;
}): Promise<Running> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: options.cwd,
    env: { ...options.env, PORT: String(options.port) },
    stdio: options.output ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  if (options.output) {
    child.stdout?.pipe(options.output, { end: false });
    child.stderr?.pipe(options.output, { end: false });
  }
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
  /**
   * The connector address the bot posts its replies to (`--service-url`); the playground's default
   * is `http://localhost:<port>/_connector`. Given, the playground must get `port` itself, since a
   * fallback port would leave the bot posting to the wrong place.
   */
  serviceUrl?: string;
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
    ...(options.serviceUrl ? ["--service-url", options.serviceUrl] : []),
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
  })
    .then((listening) => {
      if (options.serviceUrl && listening !== options.port)
        throw new Error(
          `the playground fell back to port ${listening} (${options.port} was taken), so ${options.serviceUrl} is wrong`,
        );
      return listening;
    })
    .catch(async (error: unknown) => {
      await stopChild(child);
      throw error;
    });
  return { child, url: `http://localhost:${port}` };
}

/** The advisor and the playground pointed at it: what `npm run playground` runs. */
export interface PlaygroundSession {
  /** The advisor this session started; absent when one already answered on the port. */
  advisor?: Running;
  advisorUrl: string;
  playground: Running;
}

/**
 * Starts the advisor on `advisorPort` (or uses one that already answers there when
 * `reuseRunningAdvisor`), then the playground against its `/api/messages`. The advisor runs without
 * MicrosoftAppId/Password: the playground sends no Bot Framework token. `env` is the advisor's
 * environment before that change (`process.env` for `npm run playground`).
 */
export async function startPlaygroundSession(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  advisorPort: number;
  playgroundPort: number;
  reuseRunningAdvisor: boolean;
  advisorOutput?: NodeJS.WritableStream;
  playgroundOutput?: NodeJS.WritableStream;
  /** Where the bot should post replies; see `startPlayground`. */
  serviceUrl?: string;
  /** Told when the advisor is already running and gets reused. */
  onReuse?: (advisorUrl: string) => void;
  /**
   * Told as soon as the advisor is up, before the playground starts; the caller then owns it and
   * stops it, also when the playground fails to start.
   */
  onAdvisorStarted?: (advisor: Running) => void;
}): Promise<PlaygroundSession> {
  const advisorUrl = `http://127.0.0.1:${options.advisorPort}`;
  let advisor: Running | undefined;
  if (options.reuseRunningAdvisor && (await isHealthy(`${advisorUrl}/healthz`))) {
    options.onReuse?.(advisorUrl);
  } else {
    advisor = await startAdvisor({
      cwd: options.cwd,
      port: options.advisorPort,
      env: {
        ...options.env,
        MicrosoftAppId: "",
        MicrosoftAppPassword: "",
        MicrosoftAppTenantId: "",
      },
      output: options.advisorOutput,
    });
    options.onAdvisorStarted?.(advisor);
  }
  try {
    const playground = await startPlayground({
      endpoint: `${advisorUrl}/api/messages`,
      port: options.playgroundPort,
      cwd: options.cwd,
      output: options.playgroundOutput,
      serviceUrl: options.serviceUrl,
    });
    return { advisor, advisorUrl, playground };
  } catch (error) {
    if (advisor && !options.onAdvisorStarted) await stopChild(advisor.child);
    throw error;
  }
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
