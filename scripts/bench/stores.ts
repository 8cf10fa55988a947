import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../../src/logging/index.ts";
import { createStore, type Store } from "../../src/store/index.ts";
import { startPostgres } from "../../test/support/postgres-server.ts";
import { ms, summarise } from "./stats.ts";
import { benchStore } from "./store.ts";
import { turnLatency } from "./turns.ts";

/** Store read/write latency and per-turn latency on the embedded store and on PostgreSQL. */
export async function benchStores(): Promise<string[]> {
  const logger = createLogger({ level: "silent" });
  const lines: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "advisor-bench-store-"));
  try {
    lines.push(...(await measure(await createStore({ dataDir, logger }), "embedded (PGlite)")));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const postgres = await startPostgres();
  try {
    const databaseUrl = await postgres.createDatabase();
    lines.push(
      ...(await measure(
        await createStore({ databaseUrl, dataDir: ".", logger }),
        "PostgreSQL 18 (local server)",
      )),
    );
  } finally {
    await postgres.stop();
  }
  return lines;
}

async function measure(store: Store, label: string): Promise<string[]> {
  try {
    const io = await benchStore(store, 500);
    const turns = summarise(await turnLatency(store));
    return [
      `${label}: write p50 ${ms(io.write.p50)}, p99 ${ms(io.write.p99)}; read p50 ${ms(io.read.p50)}, p99 ${ms(io.read.p99)}`,
      `${label}: per turn over HTTP p50 ${ms(turns.p50)}, p99 ${ms(turns.p99)} (${turns.n} turns)`,
    ];
  } finally {
    await store.close();
  }
}
