/** @module logging: structured JSON logs (pino). Personal data never goes into a log line. */
import { pino, type Logger, type LoggerOptions } from "pino";

export type { Logger };

export interface LoggerSettings {
  level: LoggerOptions["level"];
  /** Where lines go; defaults to stdout. Tests pass a sink to read what was logged. */
  destination?: pino.DestinationStream;
}

export function createLogger({ level, destination }: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: "advisor" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["*.email", "*.name", "*.phone", "*.text", "*.contact", "req.headers.authorization"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
