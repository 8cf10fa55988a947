import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/** A file the server sends as-is, with an ETag and a gzip copy made once on first demand. */
export interface StaticAsset {
  contentType: string;
  cacheControl: string;
  load(): Promise<LoadedAsset>;
}

export interface LoadedAsset {
  body: Buffer;
  etag: string;
  gzipped(): Promise<Buffer>;
}

/** What to send for a GET, given the request's If-None-Match and Accept-Encoding. */
export interface AssetReply {
  status: 200 | 304;
  headers: Record<string, string>;
  body?: Buffer;
}

const MIN_GZIP_BYTES = 1024;

/** Builds an asset from a loader that runs once (the first request pays for reading it). */
export function createStaticAsset(options: {
  contentType: string;
  cacheControl: string;
  read: () => Promise<Buffer | string>;
}): StaticAsset {
  let loaded: Promise<LoadedAsset> | undefined;
  const load = async (): Promise<LoadedAsset> => {
    const raw = await options.read();
    const body = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    let compressed: Promise<Buffer> | undefined;
    return { body, etag, gzipped: () => (compressed ??= gzipAsync(body, { level: 9 })) };
  };
  return {
    contentType: options.contentType,
    cacheControl: options.cacheControl,
    load() {
      loaded ??= load();
      loaded.catch(() => (loaded = undefined));
      return loaded;
    },
  };
}

const matches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  (ifNoneMatch ?? "")
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");

/** Answers a GET for the asset: 304 when the client's copy is current, else the (gzipped) body. */
export async function replyWithAsset(
  asset: StaticAsset,
  request: { ifNoneMatch?: string | undefined; acceptEncoding?: string | undefined },
): Promise<AssetReply> {
  const { body, etag, gzipped } = await asset.load();
  const headers: Record<string, string> = {
    "Content-Type": asset.contentType,
    "Cache-Control": asset.cacheControl,
    ETag: etag,
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
  };
  if (matches(request.ifNoneMatch, etag)) return { status: 304, headers };
  if (body.length >= MIN_GZIP_BYTES && /\bgzip\b/i.test(request.acceptEncoding ?? "")) {
    const compressed = await gzipped();
    return {
      status: 200,
      headers: {
        ...headers,
        "Content-Encoding": "gzip",
        "Content-Length": String(compressed.length),
      },
      body: compressed,
    };
  }
  return { status: 200, headers: { ...headers, "Content-Length": String(body.length) }, body };
}
