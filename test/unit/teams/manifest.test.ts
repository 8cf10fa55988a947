import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/index.ts";
import {
  checkIcons,
  decodePng,
  encodePng,
  fillManifest,
  ICON_SIZES,
  loadManifestSchema,
  ManifestSchemaError,
  placeholdersAt,
  readPngHeader,
  reviewManifestValues,
  toManifestValues,
  validateManifest,
  type ManifestValues,
} from "../../../src/teams/index.ts";

const APP_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const appPackage = new URL("../../../appPackage/", import.meta.url);
const template: unknown = JSON.parse(
  readFileSync(new URL("manifest.template.json", appPackage), "utf8"),
);

const sampleConfig = loadConfig({
  MicrosoftAppId: APP_ID,
  PUBLIC_BASE_URL: "https://advisor.example.co.uk",
  COMPANY_NAME: "Contoso IT",
  PRIVACY_URL: "https://example.co.uk/privacy",
});

function values(overrides: Partial<ManifestValues> = {}): ManifestValues {
  const result = toManifestValues(sampleConfig, { version: "1.2.3" });
  if (!result.ok) throw new Error(result.reason);
  return { ...result.value, ...overrides };
}

async function issuesFor(manifest: Record<string, unknown>) {
  return validateManifest(manifest, await loadManifestSchema(String(manifest.manifestVersion)));
}

describe("toManifestValues", () => {
  it("derives the host and the terms link from PUBLIC_BASE_URL", () => {
    expect(values()).toMatchObject({
      MicrosoftAppId: APP_ID,
      PUBLIC_HOST: "advisor.example.co.uk",
      TERMS_URL: "https://advisor.example.co.uk/terms",
      APP_VERSION: "1.2.3",
    });
    const nested = toManifestValues(
      { ...sampleConfig, PUBLIC_BASE_URL: "https://example.com:8443/advisor" },
      { version: "1.0.0" },
    );
    expect(nested.ok && nested.value).toMatchObject({
      PUBLIC_HOST: "example.com",
      TERMS_URL: "https://example.com:8443/advisor/terms",
    });
  });

  it("says a bot id is missing, and takes --app-id over the environment", () => {
    const noId = { ...sampleConfig, MicrosoftAppId: undefined };
    expect(toManifestValues(noId, { version: "1.0.0" })).toEqual({
      ok: false,
      reason: "missing-app-id",
    });
    const other = "00000000-0000-4000-8000-000000000001";
    const flagged = toManifestValues(sampleConfig, { appId: other, version: "1.0.0" });
    expect(flagged.ok && flagged.value.MicrosoftAppId).toBe(other);
  });
});

describe("the manifest template", () => {
  it("declares the newest numbered schema version @microsoft/app-manifest ships", () => {
    const require = createRequire(import.meta.url);
    const schemas = dirname(require.resolve("@microsoft/app-manifest/package.json"));
    const newest = readdirSync(`${schemas}/build/json-schemas/teams`)
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
      .at(-1);
    expect((template as { manifestVersion: string }).manifestVersion).toBe(newest);
  });

  it("fills to a manifest the schema accepts with no errors", async () => {
    const { manifest, issues } = fillManifest(template, values());
    expect(issues).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain("{{");
    expect(await issuesFor(manifest)).toEqual([]);
  });

  it("describes a conversational bot in personal, team and group chats", () => {
    const { manifest } = fillManifest(template, values());
    expect(manifest).toMatchObject({
      id: APP_ID,
      version: "1.2.3",
      developer: {
        name: "Contoso IT",
        websiteUrl: "https://advisor.example.co.uk",
        privacyUrl: "https://example.co.uk/privacy",
        termsOfUseUrl: "https://advisor.example.co.uk/terms",
      },
      icons: { color: "color.png", outline: "outline.png" },
      validDomains: ["advisor.example.co.uk"],
    });
    const [bot] = manifest.bots as Array<Record<string, unknown>>;
    expect(bot).toMatchObject({ botId: APP_ID, supportsFiles: false, isNotificationOnly: false });
    expect(bot?.scopes).toEqual(["personal", "team", "groupChat"]);
    const [list] = bot?.commandLists as Array<{ commands: Array<{ title: string }> }>;
    expect(list?.commands.map((command) => command.title)).toEqual([
      "assess",
      "ask",
      "talk",
      "help",
    ]);
  });

  it("reports a bot id that is not a GUID, naming the setting it came from", async () => {
    const { manifest } = fillManifest(template, values({ MicrosoftAppId: "my-bot" }));
    const issues = await issuesFor(manifest);
    expect(issues.map((issue) => issue.path).sort()).toEqual(["/bots/0/botId", "/id"]);
    expect(issues[0]?.message).toMatch(/must match pattern/);
    expect(placeholdersAt(template, "/bots/0/botId")).toEqual(["MicrosoftAppId"]);
  });

  it("reports a company name too long for the developer and app names", async () => {
    const { manifest } = fillManifest(template, values({ COMPANY_NAME: "X".repeat(40) }));
    const paths = (await issuesFor(manifest)).map((issue) => issue.path).sort();
    expect(paths).toEqual(["/developer/name", "/name/short"]);
  });

  it("keeps quotes in values intact and flags unknown placeholders", () => {
    const filled = fillManifest(
      { a: "{{COMPANY_NAME}}", b: ["{{NOPE}}"] },
      values({ COMPANY_NAME: 'A "B" \\ C' }),
    );
    expect(filled.manifest.a).toBe('A "B" \\ C');
    expect(filled.issues).toEqual([{ path: "/b/0", message: "unknown placeholder {{NOPE}}" }]);
  });

  it("refuses a manifest version it has no schema for", async () => {
    await expect(loadManifestSchema("9.99")).rejects.toBeInstanceOf(ManifestSchemaError);
  });
});

describe("reviewManifestValues", () => {
  it("warns about a local or plain-http address and is quiet for public https", () => {
    expect(reviewManifestValues(values())).toEqual([]);
    const local = values({
      PUBLIC_BASE_URL: "http://localhost:3978",
      PUBLIC_HOST: "localhost",
      PRIVACY_URL: "http://localhost:3978/privacy",
    });
    expect(reviewManifestValues(local)).toHaveLength(2);
  });
});

describe("the icons", () => {
  const color = readFileSync(new URL("color.png", appPackage));
  const outline = readFileSync(new URL("outline.png", appPackage));

  it("are real PNGs of the sizes Teams requires", () => {
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect(readPngHeader(outline)).toMatchObject({ width: 32, height: 32, bitDepth: 8 });
    expect(ICON_SIZES).toEqual({ color: 192, outline: 32 });
  });

  it("has a colour icon that is fully opaque, with the accent colour in the corners", () => {
    const { rgba } = decodePng(color);
    const alphas = new Set(Array.from({ length: 192 * 192 }, (_, i) => rgba[i * 4 + 3]));
    expect(alphas).toEqual(new Set([255]));
    const hex = [...rgba.subarray(0, 3)].map((v) => v.toString(16).padStart(2, "0")).join("");
    expect(`#${hex}`).toBe((template as { accentColor: string }).accentColor.toLowerCase());
  });

  it("has an outline icon of only white and transparent pixels, with some of each", () => {
    const { rgba } = decodePng(outline);
    let opaque = 0;
    let clear = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const alpha = rgba[i + 3] ?? 0;
      if (alpha === 0) clear++;
      else expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(100);
    expect(clear).toBeGreaterThan(100);
    expect(checkIcons({ color, outline })).toEqual([]);
  });

  it("are rejected when the size is wrong, the outline has colour, or the bytes are not a PNG", () => {
    const square = (size: number, pixel: number[]) =>
      encodePng({
        width: size,
        height: size,
        rgba: new Uint8Array(size * size * 4).map((_, i) => pixel[i % 4] ?? 0),
      });
    expect(checkIcons({ color: square(32, [0, 0, 0, 255]), outline })).toEqual([
      { path: "/icons/color", message: "must be 192x192 pixels, not 32x32" },
    ]);
    expect(checkIcons({ color, outline: square(32, [27, 79, 138, 255]) })).toEqual([
      { path: "/icons/outline", message: "must be white on a transparent background" },
    ]);
    expect(checkIcons({ color: Buffer.from("GIF89a"), outline })[0]?.message).toMatch(
      /not a usable PNG/,
    );
  });
});
