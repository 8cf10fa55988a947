import { spawn, type ChildProcess } from "node:child_process";

/** What a finished script printed and how it exited. */
export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const nodeArgs = (script: string, args: readonly string[]) => ["--import", "tsx", script, ...args];

/** Runs a TypeScript script (through tsx) with extra environment, to completion. */
export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(script, args), {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts a long-running script and resolves once it prints `readyLine`; `stop()` sends SIGTERM. */
export function startScript(
  script: string,
  env: Record<string, string>,
  readyLine = "ready",
): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(script, []), {
      env: { ...process.env, ...env },
    });
    let stderr = "";
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString("utf8").includes(readyLine)) resolve({ child, stop });
    });
    child.on("exit", (code) =>
      reject(new Error(`${script} exited (${code}) before it was ready: ${stderr}`)),
    );
  });
}
