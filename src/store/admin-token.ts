import { randomBytes } from "node:crypto";
import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const tokenPath = (dataDir: string) => join(dataDir, "admin.token");

/**
 * Generates the admin endpoint's bearer token for this server run and writes it to
 * `DATA_DIR/admin.token`, readable by the owner only, for `npm run leads` on the same machine.
 */
export async function writeAdminToken(dataDir: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const path = tokenPath(dataDir);
  await rm(path, { force: true });
  await writeFile(path, `${token}\n`, { flag: "wx", mode: 0o600 });
  await chmod(path, 0o600);
  return token;
}

/** The token the running server wrote, if any. */
export async function readAdminToken(dataDir: string): Promise<string | undefined> {
  const content = await readFile(tokenPath(dataDir), "utf8").catch(() => undefined);
  const token = content?.trim();
  return token ? token : undefined;
}

/** Removes the token file at shutdown, unless a newer server run has replaced it. */
export async function removeAdminToken(dataDir: string, token: string): Promise<void> {
  if ((await readAdminToken(dataDir)) === token) await rm(tokenPath(dataDir), { force: true });
}
