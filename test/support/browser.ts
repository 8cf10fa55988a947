import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

/** The flags headless Chromium needs on a CI box with no GPU, no sandbox and no outside network. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Where a browser is: Debian's chromium when installed, else the one inside the
 * `@sparticuz/chromium` package (unpacked to the temp folder on first use), so `npm ci && npm test`
 * needs no apt step and never downloads a browser.
 */
export async function chromiumExecutable(): Promise<{ path: string; source: "debian" | "npm" }> {
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: "debian" };
  const { default: packaged } = await import("@sparticuz/chromium");
  return { path: await packaged.executablePath(), source: "npm" };
}

/** Launches headless Chromium with playwright-core. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const { path } = await chromiumExecutable();
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: path,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}
