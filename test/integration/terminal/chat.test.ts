import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadCopy } from "../../../dialogs/index.ts";
import { readJson } from "../../../src/app/content.ts";

const copy = loadCopy(readJson("content/copy.en.json"), { companyName: "Northwind IT" });

/** Runs `npm run chat`'s program, typing each line once the prompt is back, and returns all output. */
function chat(lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--disable-warning=DEP0111", "--import", "tsx", "src/terminal/chat.ts"],
      {
        env: { ...process.env, LOG_LEVEL: "silent" },
      },
    );
    let output = "";
    const queue = [...lines, "quit"];
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.endsWith("you> ")) child.stdin.write(`${queue.shift() ?? "quit"}\n`);
    });
    child.on("error", reject);
    child.on("close", () => resolve(output));
  });
}

describe("npm run chat", () => {
  it("welcomes, numbers the choices, takes a number as a pick and free text as a message", async () => {
    const output = await chat(["1", "about 60 people", "what do you know about me?"]);
    expect(output).toContain(`advisor> ${copy("welcome.intro")}`);
    expect(output).toContain(`[1] ${copy("action.start")}`);
    expect(output).toContain(`advisor> ${copy("ask.employees")}`);
    expect(output).toContain(copy("privacy.show.intro"));
    expect(output).toMatch(/60 staff/);
  });
});
