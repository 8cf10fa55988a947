import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodePng, encodePng, PngError, readPngHeader } from "../../../src/teams/index.ts";

/** A 5x3 RGBA image with varied pixels, so every filter has something to predict. */
const WIDTH = 5;
const HEIGHT = 3;
const PIXELS = Uint8Array.from(
  { length: WIDTH * HEIGHT * 4 },
  (_, i) => (i * 37 + (i >> 2) * 11) & 0xff,
);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Applies PNG filter `type` to every row (the encoder's side), as other encoders may. */
function filtered(type: number): Buffer {
  const stride = WIDTH * 4;
  const out = Buffer.alloc((stride + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    out[y * (stride + 1)] = type;
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x;
      const a = x >= 4 ? (PIXELS[at - 4] ?? 0) : 0;
      const b = y > 0 ? (PIXELS[at - stride] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (PIXELS[at - stride - 4] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type] ?? 0;
      out[y * (stride + 1) + 1 + x] = ((PIXELS[at] ?? 0) - predictor) & 0xff;
    }
  }
  return out;
}

/** The encoder's PNG with its IDAT swapped for differently filtered data. */
function withIdat(raw: Buffer): Buffer {
  const png = encodePng({ width: WIDTH, height: HEIGHT, rgba: PIXELS });
  const idat = deflateSync(raw);
  const head = png.subarray(0, 33);
  const chunk = Buffer.alloc(12 + idat.length);
  chunk.writeUInt32BE(idat.length, 0);
  chunk.write("IDAT", 4, "latin1");
  idat.copy(chunk, 8);
  const end = png.subarray(png.length - 12);
  return Buffer.concat([head, chunk, end]);
}

describe("png", () => {
  it("round-trips an image through encode and decode", () => {
    const png = encodePng({ width: WIDTH, height: HEIGHT, rgba: PIXELS });
    expect(readPngHeader(png)).toEqual({
      width: 5,
      height: 3,
      bitDepth: 8,
      colorType: 6,
      interlace: 0,
    });
    expect(decodePng(png).rgba).toEqual(PIXELS);
  });

  it.each([
    [0, "none"],
    [1, "sub"],
    [2, "up"],
    [3, "average"],
    [4, "paeth"],
  ])("decodes rows written with filter %i (%s)", (type) => {
    expect(decodePng(withIdat(filtered(type))).rgba).toEqual(PIXELS);
  });

  it("rejects bytes that are not a PNG, a broken header and corrupt data", () => {
    expect(() => readPngHeader(Buffer.from("not a png at all, not even close"))).toThrow(PngError);
    const png = encodePng({ width: WIDTH, height: HEIGHT, rgba: PIXELS });
    const badCrc = Buffer.from(png);
    badCrc[20] = 99;
    expect(() => readPngHeader(badCrc)).toThrow(/CRC/);
    expect(() => decodePng(withIdat(Buffer.from("garbage")))).toThrow(PngError);
  });
});
