import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { demoPageCsp, renderDemoPage } from "./demo-page.ts";
import { createStaticAsset, type StaticAsset } from "./static-asset.ts";
import { locateWebChatBundle } from "./webchat-bundle.ts";
import { webChatLicence } from "./webchat-licence.ts";

/** Everything the website side serves, by route. */
export interface WebAssets {
  page: StaticAsset;
  widget: StaticAsset;
  webchat: StaticAsset;
  licence: StaticAsset;
  webchatVersion: string;
  /** The Content-Security-Policy the demo page is served with. */
  pageCsp: string;
}

export interface WebAssetsOptions {
  companyName: string;
  privacyUrl: string;
  /** The embed script; defaults to `public/widget.js` in the project. */
  widgetPath?: string;
  year?: number;
  /** Origins the page may talk to besides this server (Azure's Direct Line when it is in use). */
  connectSources?: readonly string[];
}

const YEAR = 365 * 24 * 3600;
const DEFAULT_WIDGET = fileURLToPath(new URL("../../public/widget.js", import.meta.url));

/**
 * The demo page, the embed script and Web Chat's bundle with its licence. Web Chat's URL carries
 * its version, so browsers may keep it for a year; the others revalidate by ETag.
 */
export function createWebAssets(options: WebAssetsOptions): WebAssets {
  const bundle = locateWebChatBundle();
  return {
    webchatVersion: bundle.version,
    pageCsp: demoPageCsp(options.connectSources),
    page: createStaticAsset({
      contentType: "text/html; charset=utf-8",
      cacheControl: "no-cache",
      read: async () =>
        renderDemoPage({
          companyName: options.companyName,
          privacyUrl: options.privacyUrl,
          year: options.year ?? new Date().getFullYear(),
        }),
    }),
    widget: createStaticAsset({
      contentType: "text/javascript; charset=utf-8",
      cacheControl: "public, max-age=300",
      read: async () =>
        (await readFile(options.widgetPath ?? DEFAULT_WIDGET, "utf8")).replaceAll(
          "__WEBCHAT_VERSION__",
          encodeURIComponent(bundle.version),
        ),
    }),
    webchat: createStaticAsset({
      contentType: "text/javascript; charset=utf-8",
      cacheControl: `public, max-age=${YEAR}, immutable`,
      read: () => readFile(bundle.scriptPath),
    }),
    licence: createStaticAsset({
      contentType: "text/plain; charset=utf-8",
      cacheControl: "public, max-age=86400",
      read: async () => webChatLicence(bundle.version, await readFile(bundle.noticesPath, "utf8")),
    }),
  };
}
