/**
 * `npm run playground [-- --port <n>]`: the advisor in the Microsoft 365 Agents Playground, a local
 * Teams emulator (no tenant, no tunnel, no sign-in). Starts the advisor on PORT (3978) unless one
 * already answers there, then the playground on --port (56150), prints its URL, and stops both on
 * Ctrl-C. The advisor runs without MicrosoftAppId/Password: the playground sends no Bot Framework
 * token. Its log goes to ./devTools/ (git-ignored).
 */
import "dotenv/config";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../src/config/index.ts";
import { startPlaygroundSession, stopChild, type Running } from "./processes.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

async function main(): Promise<void> {
  const { values: flags } = parseArgs({ options: { port: { type: "string", default: "56150" } } });
  const { PORT } = loadConfig(process.env);
  const running: Running[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(running.map(({ child }) => stopChild(child)));
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  const watch = ({ child }: Running, name: string) =>
    child.once("exit", (code, signal) => {
      if (!stopping) console.error(`The ${name} stopped (${code ?? signal}).`);
      void stop(1);
    });

  try {
    const { advisorUrl, playground } = await startPlaygroundSession({
      cwd: root,
      env: process.env,
      advisorPort: PORT,
      playgroundPort: Number(flags.port),
      reuseRunningAdvisor: true,
      onReuse: () => console.log(`An advisor already answers on port ${PORT}; using it.`),
      onAdvisorStarted: (advisor) => {
        running.push(advisor);
        watch(advisor, "advisor");
      },
    });
    running.push(playground);
    watch(playground, "playground");
    console.log(
      `\nTeams playground: ${playground.url}  (advisor: ${advisorUrl}; Ctrl-C stops both)\n`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
