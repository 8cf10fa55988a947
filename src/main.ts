/**
 * The composition root: the only place that reads the environment. Starts the advisor and stops
 * it cleanly on SIGTERM/SIGINT.
 */
import "dotenv/config";
import { openStore } from "./app/open-store.ts";
import { ConfigError, loadConfig, type Config } from "./config/index.ts";
import { createLogger } from "./logging/index.ts";

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.LOG_LEVEL });
  // The store opens while the bot framework loads: both take most of start-up.
  const store = openStore(config, logger);
  const { startAdvisor } = await import("./app/start.ts");
  const advisor = await startAdvisor(config, logger, await store);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    advisor.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
