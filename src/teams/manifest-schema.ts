import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/** No Teams manifest schema for the requested version ships with `@microsoft/app-manifest`. */
export class ManifestSchemaError extends Error {
  override readonly name = "ManifestSchemaError";
}

const require = createRequire(import.meta.url);

/**
 * Loads the Teams manifest JSON schema for a manifest version (e.g. "1.30") from the copy bundled
 * in `@microsoft/app-manifest`, so validation never goes to the network.
 */
export async function loadManifestSchema(version: string): Promise<object> {
  if (!/^(\d+\.\d+|DevPreview)$/.test(version)) {
    throw new ManifestSchemaError(`"${version}" is not a Teams manifest version`);
  }
  const file = `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  let text: string;
  try {
    text = await readFile(require.resolve(file), "utf8");
  } catch (cause) {
    throw new ManifestSchemaError(
      `no schema for manifest version ${version} in @microsoft/app-manifest`,
      {
        cause,
      },
    );
  }
  // Some published schemas carry regex escapes (\a, \v) that JavaScript regexes reject.
  return JSON.parse(text.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b")) as object;
}
