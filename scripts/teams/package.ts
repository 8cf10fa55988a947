/**
 * `npm run teams:package [-- --app-id <guid>]`: builds appPackage/build/advisor-teams.zip for
 * sideloading in Teams. The bot id comes from `--app-id`, else from MicrosoftAppId in the
 * environment (or .env); without either it stops, since a package with a made-up id cannot reach
 * the bot. The app version is package.json's.
 */
import "dotenv/config";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../src/config/index.ts";
import { buildAppPackage, toManifestValues } from "../../src/teams/index.ts";

const root = new URL("../../", import.meta.url);
const sourceDir = fileURLToPath(new URL("appPackage/", root));
const outFile = fileURLToPath(new URL("appPackage/build/advisor-teams.zip", root));

async function main(): Promise<number> {
  const { values: flags } = parseArgs({ options: { "app-id": { type: "string" } } });
  const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
    version: string;
  };
  const config = loadConfig(process.env);
  const values = toManifestValues(config, { appId: flags["app-id"], version });
  if (!values.ok) {
    console.error(
      "A Teams app package needs the bot's Microsoft App ID (a GUID from its Azure Bot registration).\n" +
        "Set MicrosoftAppId in .env, or run: npm run teams:package -- --app-id <guid>",
    );
    return 1;
  }
  const result = await buildAppPackage({ values: values.value, sourceDir, outFile });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  if (!result.ok) {
    console.error("The Teams manifest is not valid:");
    for (const { path, message, settings } of result.issues) {
      const from = settings ? ` (from ${settings.join(", ")})` : "";
      console.error(`  ${path || "/"} ${message}${from}`);
    }
    return 1;
  }
  console.log(
    `Wrote ${result.outFile} (manifest ${String(result.manifest.manifestVersion)}, app version ${version})`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
