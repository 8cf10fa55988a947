/**
 * The composition root: the only place that reads the environment. Starts the advisor's HTTP
 * server and stops it cleanly on SIGTERM/SIGINT.
 */
import "dotenv/config";
import { createApp } from "./app/app.ts";
import { ConfigError, loadConfig } from "./config/index.ts";
import { createLogger } from "./logging/index.ts";

function start(): void {
  let config;
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
  const app = createApp({ config, logger });
  app.server.listen(config.PORT, () => {
    logger.info({ port: config.PORT, url: app.server.url }, "advisor listening");
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    app.server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

start();
