/** The part of yazl (which ships no types) that the Teams packager uses. */
declare module "yazl" {
  import type { Readable } from "node:stream";

  export interface EntryOptions {
    mtime?: Date;
    mode?: number;
    compress?: boolean;
  }

  export class ZipFile {
    readonly outputStream: Readable;
    addBuffer(buffer: Buffer, metadataPath: string, options?: EntryOptions): void;
    end(): void;
  }
}
