import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkIcons, type IconFiles } from "./icons.ts";
import {
  fillManifest,
  manifestVersionOf,
  placeholdersAt,
  reviewManifestValues,
  validateManifest,
  type ManifestIssue,
  type ManifestValues,
} from "./manifest.ts";
import { loadManifestSchema } from "./manifest-schema.ts";
import { writeZip } from "./zip.ts";

/** Where the package's parts come from and where the zip goes. */
export interface AppPackageOptions {
  values: ManifestValues;
  /** The folder holding `manifest.template.json` and the icon files it names. */
  sourceDir: string;
  outFile: string;
}

/** A written package, or the problems that stopped it; warnings never stop it. */
export type AppPackageResult =
  | { ok: true; outFile: string; manifest: Record<string, unknown>; warnings: string[] }
  | { ok: false; issues: ManifestIssue[]; warnings: string[] };

/** The file name the template is read from, inside `sourceDir`. */
export const TEMPLATE_FILE = "manifest.template.json";

function iconNames(manifest: Record<string, unknown>): Record<keyof IconFiles, string> | undefined {
  const icons = manifest.icons as Partial<Record<keyof IconFiles, unknown>> | undefined;
  const { color, outline } = icons ?? {};
  const plain = (name: unknown): name is string =>
    typeof name === "string" && /^[\w.-]+\.png$/.test(name) && !name.startsWith(".");
  return plain(color) && plain(outline) ? { color, outline } : undefined;
}

/**
 * Fills the template, validates the manifest against the schema of the version it declares and
 * checks the icons; when all is well, writes a zip with `manifest.json` and both icons at its root.
 */
export async function buildAppPackage(options: AppPackageOptions): Promise<AppPackageResult> {
  const { values, sourceDir, outFile } = options;
  const warnings = reviewManifestValues(values);
  const template: unknown = JSON.parse(await readFile(join(sourceDir, TEMPLATE_FILE), "utf8"));
  const { manifest, issues } = fillManifest(template, values);

  const version = manifestVersionOf(manifest);
  if (!version)
    return {
      ok: false,
      issues: [...issues, { path: "/manifestVersion", message: "is missing" }],
      warnings,
    };
  for (const issue of await validateManifest(manifest, await loadManifestSchema(version))) {
    const settings = placeholdersAt(template, issue.path);
    issues.push(settings.length > 0 ? { ...issue, settings } : issue);
  }

  const names = iconNames(manifest);
  if (!names) {
    issues.push({ path: "/icons", message: "must name two .png files beside the template" });
    return { ok: false, issues, warnings };
  }
  const icons: IconFiles = {
    color: await readFile(join(sourceDir, names.color)),
    outline: await readFile(join(sourceDir, names.outline)),
  };
  issues.push(...checkIcons(icons));
  if (issues.length > 0) return { ok: false, issues, warnings };

  await writeZip(outFile, {
    "manifest.json": Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
    [names.color]: icons.color,
    [names.outline]: icons.outline,
  });
  return { ok: true, outFile, manifest, warnings };
}
