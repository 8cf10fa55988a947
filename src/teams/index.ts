/**
 * @module teams: the Microsoft Teams app package (manifest from a template, schema validation,
 * icon checks, zip). A build-time tool; the running advisor never imports it.
 */
export {
  buildAppPackage,
  TEMPLATE_FILE,
  type AppPackageOptions,
  type AppPackageResult,
} from "./app-package.ts";
export { checkIcons, ICON_SIZES, type IconFiles } from "./icons.ts";
export {
  fillManifest,
  manifestVersionOf,
  placeholdersAt,
  reviewManifestValues,
  toManifestValues,
  validateManifest,
  type ManifestConfig,
  type ManifestIssue,
  type ManifestOptions,
  type ManifestValues,
} from "./manifest.ts";
export { loadManifestSchema, ManifestSchemaError } from "./manifest-schema.ts";
export {
  decodePng,
  encodePng,
  PngError,
  readPngHeader,
  type PngHeader,
  type RgbaImage,
} from "./png.ts";
