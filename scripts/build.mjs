// `npm start` runs the advisor from one bundle of its TypeScript (esbuild, a few hundred
// milliseconds), which starts much faster than compiling every module on load. The bundle is
// rebuilt only when a source or content file is newer than it.
import { build } from "esbuild";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const OUT_DIR = ".build/app";
const ENTRY = join(OUT_DIR, "main.js");
const SOURCES = ["src", "dialogs", "intents", "content", "package.json"];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    0,
  );
}

function builtAt() {
  try {
    return statSync(ENTRY).mtimeMs;
  } catch {
    return 0;
  }
}

if (Math.max(...SOURCES.map(newestChange)) > builtAt()) {
  // Chunks sit two folders below the project root, like the sources under src/, so paths that
  // modules resolve from their own location (content files, the widget script) still hold.
  await build({
    entryPoints: ["src/main.ts"],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: OUT_DIR,
    logLevel: "warning",
  });
}
