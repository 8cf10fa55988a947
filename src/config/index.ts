/** @module config: the environment, parsed once at start-up into a typed, validated object. */
export { ConfigSchema, type Config } from "./schema.ts";
export { ConfigError, loadConfig } from "./load.ts";
