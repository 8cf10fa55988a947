import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  createLeadDelivery,
  createStore,
  DataDirBusyError,
  inspectDataDirLock,
} from "../../../src/store/index.ts";
import { aLead } from "../../support/lead-builder.ts";
import { freshDataDir } from "../../support/pglite-data-dir.ts";
import { silentLogger } from "../../support/silent-logger.ts";

/** A pid that belonged to a process which has now exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid ?? 0;
}

describe("the embedded store's data directory", () => {
  let data: { dir: string; remove(): Promise<void> };
  // Only tests that open the database need a ready cluster; the lock tests need an empty folder.
  beforeEach(async (context) => {
    if (context.task.name.includes("[db]")) data = await freshDataDir();
    else {
      const dir = await mkdtemp(join(tmpdir(), "advisor-lock-"));
      data = { dir, remove: () => rm(dir, { recursive: true, force: true }) };
    }
  });
  afterEach(() => data.remove());

  it("[db] is locked to one process while open, and keeps its data across a restart", async () => {
    const store = await createStore({
      dataDir: data.dir,
      logger: silentLogger(),
      queueLeadWebhook: true,
    });
    expect((await readFile(join(data.dir, ".lock"), "utf8")).split("\n")[0]).toBe(
      String(process.pid),
    );
    await expect(createStore({ dataDir: data.dir, logger: silentLogger() })).rejects.toBeInstanceOf(
      DataDirBusyError,
    );
    const lead = aLead();
    await store.leads.commit(lead);
    await store.storage.write({ k: { n: 1 } });
    await createLeadDelivery({
      store,
      url: "http://127.0.0.1:9/unreachable",
      secret: "s",
      logger: silentLogger(),
      backoff: () => 0,
    }).runOnce();
    await store.close();
    expect(await inspectDataDirLock(data.dir)).toEqual({ state: "free" });

    const reopened = await createStore({ dataDir: data.dir, logger: silentLogger() });
    try {
      expect(await reopened.leads.list()).toEqual([lead]);
      expect(await reopened.storage.read(["k"])).toMatchObject({ k: { n: 1 } });
      expect(await reopened.outbox.list()).toEqual([
        expect.objectContaining({ status: "pending", attempts: 1 }),
      ]);
    } finally {
      await reopened.close();
    }
  });

  it("[db] treats a lock left by a process that has gone as free", async () => {
    const pid = await deadPid();
    await writeFile(join(data.dir, ".lock"), `${pid}\n0\n`);
    expect(await inspectDataDirLock(data.dir)).toEqual({ state: "stale", pid });
    const store = await createStore({ dataDir: data.dir, logger: silentLogger() });
    await store.close();
  });

  it("treats our own pid with another start time as a lock from before a restart", async () => {
    await writeFile(join(data.dir, ".lock"), `${process.pid}\n12345\n`);
    expect(await inspectDataDirLock(data.dir)).toEqual({ state: "stale", pid: process.pid });
    const lock = await acquireDataDirLock(data.dir);
    expect(await inspectDataDirLock(data.dir)).toEqual({ state: "held", pid: process.pid });
    await lock.release();
  });

  it("refuses a directory held by another live process", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      await writeFile(join(data.dir, ".lock"), `${child.pid}\n0\n`);
      const attempt = createStore({ dataDir: data.dir, logger: silentLogger() });
      await expect(attempt).rejects.toBeInstanceOf(DataDirBusyError);
      await expect(attempt).rejects.toMatchObject({ pid: child.pid });
    } finally {
      child.kill();
    }
  });
});
