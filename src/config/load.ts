import { ConfigSchema, type Config } from "./schema.ts";

/** A configuration value is missing or wrong; the message names the variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parses the environment into a typed config, or throws one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return `${name}: expected ${issue.message} (got ${JSON.stringify(env[name] ?? "")})`;
  });
  throw new ConfigError(`Invalid configuration: ${lines.join("; ")}`);
}
