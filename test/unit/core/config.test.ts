import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/index.ts";

describe("configuration from the environment", () => {
  it("has a working default for every setting", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.DATA_DIR).toBe("./data");
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CORS_ORIGINS).toEqual([]);
  });

  it.each([
    ["PORT", "eighty"],
    ["PUBLIC_BASE_URL", "not a url"],
    ["DATABASE_URL", "mysql://localhost/x"],
    ["MAX_MESSAGE_CHARS", "-5"],
    ["LOG_LEVEL", "loud"],
  ])("stops with one line naming %s when it is %j", (name, value) => {
    const attempt = () => loadConfig({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${name}: expected`));
  });

  it("reads lists and numbers from text", () => {
    const config = loadConfig({
      CORS_ORIGINS: "https://a.example, https://b.example",
      RATE_LIMIT_PER_MINUTE: "5",
    });
    expect(config.CORS_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
    expect(config.RATE_LIMIT_PER_MINUTE).toBe(5);
  });
});
