/**
 * Draws the Teams app icons into appPackage/: a white ring holding a half-filled disc (one side
 * shared, one side handed over), on the accent colour (color.png, 192x192) and as a white outline
 * on transparency (outline.png, 32x32). Run with `npx tsx scripts/teams/make-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { encodePng } from "../../src/teams/index.ts";

const ACCENT = [0x1b, 0x4f, 0x8a] as const;
const SAMPLES = 8;

/** True where the symbol covers the point, in a unit square centred on 0 with radius 1. */
function inSymbol(x: number, y: number): boolean {
  const r = Math.hypot(x, y);
  const ring = r >= 0.78 && r <= 1;
  const halfDisc = r <= 0.6 && x <= -0.06;
  return ring || halfDisc;
}

/** Share of each pixel the symbol covers (0..1), the symbol drawn with `radius` pixels. */
function coverage(size: number, radius: number): Float64Array {
  const out = new Float64Array(size * size);
  const centre = size / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES - centre) / radius;
          const y = (py + (sy + 0.5) / SAMPLES - centre) / radius;
          if (inSymbol(x, y)) hits++;
        }
      }
      out[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return out;
}

function colourIcon(): Buffer {
  const size = 192;
  const cover = coverage(size, 54);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    const [r, g, b] = ACCENT.map((channel) => Math.round(channel + (255 - channel) * c));
    rgba.set([r ?? 0, g ?? 0, b ?? 0, 255], i * 4);
  });
  return encodePng({ width: size, height: size, rgba });
}

function outlineIcon(): Buffer {
  const size = 32;
  const cover = coverage(size, 15);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => rgba.set([255, 255, 255, Math.round(255 * c)], i * 4));
  return encodePng({ width: size, height: size, rgba });
}

const dir = new URL("../../appPackage/", import.meta.url);
writeFileSync(new URL("color.png", dir), colourIcon());
writeFileSync(new URL("outline.png", dir), outlineIcon());
console.log("wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32)");
