import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/index.ts";
import {
  buildAppPackage,
  toManifestValues,
  type ManifestValues,
} from "../../../src/teams/index.ts";
import { readZip } from "./read-zip.ts";

const sourceDir = fileURLToPath(new URL("../../../appPackage/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "teams-package-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sampleValues(overrides: Partial<ManifestValues> = {}): ManifestValues {
  const config = loadConfig({
    MicrosoftAppId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    PUBLIC_BASE_URL: "https://advisor.example.co.uk",
    PRIVACY_URL: "https://example.co.uk/privacy",
  });
  const result = toManifestValues(config, { version: "0.1.0" });
  if (!result.ok) throw new Error(result.reason);
  return { ...result.value, ...overrides };
}

describe("buildAppPackage", () => {
  it("writes a zip with the manifest and both icons at its root", async () => {
    const outFile = join(work, "nested", "advisor-teams.zip");
    const result = await buildAppPackage({ values: sampleValues(), sourceDir, outFile });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result).toMatchObject({ outFile, warnings: [] });

    const entries = readZip(readFileSync(outFile));
    expect(entries.map((entry) => entry.name)).toEqual([
      "manifest.json",
      "color.png",
      "outline.png",
    ]);
    const manifest = JSON.parse(entries[0]?.data.toString("utf8") ?? "") as Record<string, unknown>;
    expect(manifest).toEqual(result.manifest);
    expect(manifest).toMatchObject({ manifestVersion: "1.30", version: "0.1.0" });
    expect(entries[1]?.data).toEqual(readFileSync(join(sourceDir, "color.png")));
    expect(entries[2]?.data).toEqual(readFileSync(join(sourceDir, "outline.png")));
  });

  it("gives the same bytes for the same inputs", async () => {
    const [a, b] = [join(work, "a.zip"), join(work, "b.zip")];
    await buildAppPackage({ values: sampleValues(), sourceDir, outFile: a });
    await buildAppPackage({ values: sampleValues(), sourceDir, outFile: b });
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it("writes nothing and names the setting when the bot id is not a GUID", async () => {
    const outFile = join(work, "bad.zip");
    const result = await buildAppPackage({
      values: sampleValues({ MicrosoftAppId: "not-a-guid" }),
      sourceDir,
      outFile,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({ path: "/id", settings: ["MicrosoftAppId"] }),
      expect.objectContaining({ path: "/bots/0/botId", settings: ["MicrosoftAppId"] }),
    ]);
    expect(existsSync(outFile)).toBe(false);
  });
});
