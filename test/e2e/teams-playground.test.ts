import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Under the e2e project's 120 s test timeout; the script bounds a run at 80 s plus clean-up. */
const LIMIT_MS = 110_000;

/** Runs `npm run playground:e2e -- --runs 1` (without npm) and stops it with SIGTERM at `LIMIT_MS`. */
function runPlaygroundE2e(): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/teams/playground-e2e.ts", "--runs", "1"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, LIMIT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

describe("the advisor in the Microsoft 365 Agents Playground (Teams emulator)", () => {
  it("recommends in the personal chat and answers an @mention in a channel thread", async () => {
    const { code, output, timedOut } = await runPlaygroundE2e();
    expect(timedOut, output).toBe(false);
    expect(code, output).toBe(0);
    expect(output).toContain("1/1 runs passed");
    expect(output).not.toContain("FAIL");
  });
});
