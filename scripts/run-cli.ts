import { ConfigError, loadConfig } from "../src/config/index.ts";
import { createLogger } from "../src/logging/index.ts";
import { DataDirBusyError, openLeadAdmin, type LeadAdmin } from "../src/store/index.ts";

/**
 * The lead store as the CLIs reach it: PostgreSQL at DATABASE_URL, the running server's admin
 * endpoint on PORT, or the embedded data dir when no server holds it.
 */
export function openAdminFromEnv(): Promise<LeadAdmin> {
  const config = loadConfig(process.env);
  return openLeadAdmin({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    adminUrl: `http://127.0.0.1:${config.PORT}`,
    logger: createLogger({ level: "warn", destination: process.stderr }),
  });
}

/**
 * Runs a command-line entry point and exits with its code. A data dir held by a running server
 * that cannot be reached exits 75 with what to do; a bad setting exits 1 with its one line.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof DataDirBusyError) {
        console.error(
          `${error.message}\nStop that process, or run this where its admin endpoint can be reached.`,
        );
        process.exit(75);
      }
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    },
  );
}
