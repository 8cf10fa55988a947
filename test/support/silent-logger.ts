import { createLogger, type Logger } from "../../src/logging/index.ts";

/** A logger that writes nothing. */
export const silentLogger = (): Logger => createLogger({ level: "silent" });
