import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";

/** A fixed entry time, so the same inputs always give the same zip bytes. */
const ENTRY_TIME = new Date(2020, 0, 1);

/** Writes the given files (name -> bytes) at the root of a new zip file, creating its folder. */
export async function writeZip(file: string, entries: Record<string, Uint8Array>): Promise<void> {
  const zip = new ZipFile();
  for (const [name, bytes] of Object.entries(entries)) {
    zip.addBuffer(Buffer.from(bytes), name, { mtime: ENTRY_TIME, mode: 0o100644 });
  }
  zip.end();
  await mkdir(dirname(file), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(file));
}
