import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Where Web Chat's browser bundle and its notices are on disk, and which version they are. */
export interface WebChatBundle {
  version: string;
  /** `dist/webchat.js`: the full UMD bundle (Adaptive Cards included) that sets `window.WebChat`. */
  scriptPath: string;
  /** The third-party notices the bundle points to. */
  noticesPath: string;
}

const PACKAGE = "botframework-webchat";

/**
 * Finds the installed Web Chat package: its `exports` hide `dist/`, so this resolves the main
 * entry and walks up to the package root. Only the named files are ever served, never `dist/`.
 */
export function locateWebChatBundle(): WebChatBundle {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(PACKAGE));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as {
        name?: string;
        version?: string;
      };
      if (name === PACKAGE && version) {
        return {
          version,
          scriptPath: join(dir, "dist", "webchat.js"),
          noticesPath: join(dir, "dist", "webchat.js.LICENSE.txt"),
        };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE} package root`);
    dir = parent;
  }
}
