import { ConfigError } from "../src/config/index.ts";
import { DataDirBusyError } from "../src/store/index.ts";

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
