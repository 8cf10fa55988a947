import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("start-up with a wrong setting", () => {
  it("stops with exit code 1 and one line naming the variable and what it expects", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, PORT: "eighty", DOTENV_CONFIG_QUIET: "true" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr
      .trim()
      .split("\n")
      .filter((line) => !line.includes("DEP0111") && !line.includes("trace-deprecation"));
    expect(lines).toEqual([
      expect.stringMatching(/^Invalid configuration: PORT: expected .*"eighty"/),
    ]);
  });
});
