import type { ManifestIssue } from "./manifest.ts";
import { decodePng, PngError, readPngHeader } from "./png.ts";

/** The pixel sizes Teams requires for the two app icons. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** The icon files' bytes, keyed like the manifest's `icons` object. */
export interface IconFiles {
  color: Uint8Array;
  outline: Uint8Array;
}

function isWhiteOnTransparent(png: Uint8Array): boolean {
  const { rgba } = decodePng(png);
  for (let i = 0; i < rgba.length; i += 4) {
    const white = rgba[i] === 255 && rgba[i + 1] === 255 && rgba[i + 2] === 255;
    if (!white && rgba[i + 3] !== 0) return false;
  }
  return true;
}

function iconProblem(kind: keyof IconFiles, png: Uint8Array): string | undefined {
  const size = ICON_SIZES[kind];
  const { width, height } = readPngHeader(png);
  if (width !== size || height !== size) {
    return `must be ${size}x${size} pixels, not ${width}x${height}`;
  }
  if (kind === "outline" && !isWhiteOnTransparent(png)) {
    return "must be white on a transparent background";
  }
  return undefined;
}

/**
 * Checks the icons as Teams does on upload: both real PNGs of the right size, and the outline icon
 * white on transparency (every pixel white, or fully transparent).
 */
export function checkIcons(icons: IconFiles): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const kind of ["color", "outline"] as const) {
    try {
      const message = iconProblem(kind, icons[kind]);
      if (message) issues.push({ path: `/icons/${kind}`, message });
    } catch (error) {
      if (!(error instanceof PngError)) throw error;
      issues.push({ path: `/icons/${kind}`, message: `is not a usable PNG: ${error.message}` });
    }
  }
  return issues;
}
