import { defineConfig } from "vitest/config";

/** restify 11 reads process.binding('http_parser'); the deprecation warning is known and harmless. */
const QUIET = ["--disable-warning=DEP0111"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          execArgv: QUIET,
          // Growth checks run an extractor on 10,000-character input several times over; on a
          // busy machine that takes seconds, which is not what they measure.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          execArgv: QUIET,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          execArgv: QUIET,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
