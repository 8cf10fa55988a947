import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPgliteClient, createStoreOn, MIGRATIONS } from "../../src/store/index.ts";
import { silentLogger } from "./silent-logger.ts";

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * A migrated PGlite cluster kept in the system temp folder, named by a hash of the migrations,
 * so test files copy it (~0.6 s) instead of running initdb each (~5 s). Built atomically; a
 * template for older migrations is removed when a new one is built.
 */
async function template(): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(MIGRATIONS)).digest("hex").slice(0, 12);
  const path = join(tmpdir(), `advisor-pglite-template-${hash}`);
  if (await exists(path)) return path;
  const building = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  const store = await createStoreOn(await createPgliteClient(building), { logger: silentLogger() });
  await store.close();
  await rename(building, path).catch(async () => rm(building, { recursive: true, force: true }));
  for (const name of await readdir(tmpdir())) {
    const stale =
      name.startsWith("advisor-pglite-template-") && !name.includes(hash) && !name.endsWith(".tmp");
    if (stale) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
  return path;
}

/** A new DATA_DIR holding a ready embedded database (`<dir>/db`), removed by `remove()`. */
export async function freshDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "advisor-data-"));
  await mkdir(dir, { recursive: true });
  await cp(await template(), join(dir, "db"), { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
