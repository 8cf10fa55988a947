/**
 * `npm run bench`: speed reports. Figures are measured on this machine each run; the README
 * quotes a recent run.
 */
import { benchCore } from "./bench/core.ts";
import { benchStartup } from "./bench/startup.ts";
import { benchStores } from "./bench/stores.ts";
import { benchTurns } from "./bench/turns.ts";
import { benchVisitors } from "./bench/visitors.ts";
import { benchWeb } from "./bench/web.ts";

async function main(): Promise<void> {
  const sections: Array<[string, () => Promise<string[]> | string[]]> = [
    ["Core (in-process)", benchCore],
    ["Conversation over HTTP", () => benchTurns()],
    ["Scripted visitors", benchVisitors],
    ["Storage", benchStores],
    ["Website widget in headless Chromium", () => benchWeb()],
    ["Start-up", () => benchStartup()],
  ];
  for (const [title, run] of sections) {
    console.log(`\n## ${title}`);
    for (const line of await run()) console.log(`- ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
