import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DataDirBusyError } from "./errors.ts";

/** Who holds the embedded store's folder: nobody, a live process, or a process that has gone. */
export type DataDirLockState =
  { state: "free" } | { state: "held"; pid: number } | { state: "stale"; pid: number };

/** A held lock; `release` removes the file if it is still ours. */
export interface DataDirLock {
  release(): Promise<void>;
}

const LOCK_FILE = ".lock";
const lockPath = (dataDir: string) => join(dataDir, LOCK_FILE);

// Rounded to seconds, so the same process always computes the same value.
const thisProcessStartedAt = () => Math.round(Date.now() / 1000 - process.uptime());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Reads `DATA_DIR/.lock` (the holder's pid, then its start time). Our own pid counts as held
 * only when the start time is ours too: a container restarted with the same pid finds its old
 * lock stale instead of locking itself out.
 */
export async function inspectDataDirLock(dataDir: string): Promise<DataDirLockState> {
  let content: string;
  try {
    content = await readFile(lockPath(dataDir), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { state: "free" };
    throw error;
  }
  const [pidLine = "", startedLine = ""] = content.split("\n");
  const pid = Number.parseInt(pidLine, 10);
  if (!Number.isInteger(pid) || pid <= 0) return { state: "stale", pid: 0 };
  if (pid === process.pid) {
    const startedAt = Number.parseInt(startedLine, 10);
    return Math.abs(startedAt - thisProcessStartedAt()) <= 1
      ? { state: "held", pid }
      : { state: "stale", pid };
  }
  return isAlive(pid) ? { state: "held", pid } : { state: "stale", pid };
}

/** Takes the folder for this process, replacing a stale lock; throws DataDirBusyError when held. */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  const content = `${process.pid}\n${thisProcessStartedAt()}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(path, content, { flag: "wx", mode: 0o600 });
      return {
        async release() {
          const current = await readFile(path, "utf8").catch(() => undefined);
          if (current === content) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const seen = await readFile(path, "utf8").catch(() => "");
      const holder = await inspectDataDirLock(dataDir);
      if (holder.state === "held") throw new DataDirBusyError(dataDir, holder.pid);
      // Remove only the stale lock we looked at, not one another process has just written.
      if ((await readFile(path, "utf8").catch(() => "")) === seen) await rm(path, { force: true });
    }
  }
  const holder = await inspectDataDirLock(dataDir);
  throw new DataDirBusyError(dataDir, holder.state === "free" ? 0 : holder.pid);
}
