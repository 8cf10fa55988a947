import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { createApp } from "../../src/app/app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logging/index.ts";
import { launchBrowser } from "../../test/support/browser.ts";
import type { PageGlobals } from "../../test/support/widget-page.ts";
import { ms, summarise } from "./stats.ts";

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const BOT_TEXT = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__text-content";
const QUESTIONS = [
  "how long does onboarding take?",
  "what's the difference between co-managed and managed IT?",
  "do you cover nights and weekends?",
  "who owns the monitoring tools?",
];

export interface WebBenchOptions {
  /** Page loads to time (each in a fresh profile, so Web Chat's bundle is fetched every time). */
  loads?: number;
  /** Messages to time, in one conversation. */
  messages?: number;
  /** A browser to reuse; one is launched (and closed) when omitted. */
  browser?: Browser;
  /** A running advisor; one is started in-process when omitted. */
  baseUrl?: string;
}

export interface WebBenchResult {
  /** Navigation to a send box a visitor can type into (launcher clicked, bot's welcome shown). */
  interactiveMs: number[];
  /** Pressing Enter to the bot's reply rendered in the transcript. */
  replyMs: number[];
}

/** Opens the demo page, opens the widget and waits until the bot has greeted the visitor. */
async function timeToInteractive(page: Page, baseUrl: string): Promise<number> {
  const started = performance.now();
  await page.goto(`${baseUrl}/`);
  await page.click(".advisor-launcher");
  await page.locator(SEND_BOX).waitFor({ state: "visible" });
  await page.locator(BOT_TEXT).first().waitFor();
  return performance.now() - started;
}

/** Sends one message and waits for the first new bot bubble after it. */
async function timeToReply(page: Page, text: string): Promise<number> {
  const before = await page.locator(BOT_TEXT).count();
  const input = page.locator(SEND_BOX);
  await input.fill(text);
  const started = performance.now();
  await input.press("Enter");
  await page.waitForFunction(
    ({ selector, count }) =>
      (globalThis as unknown as PageGlobals).document.querySelectorAll(selector).length > count,
    { selector: BOT_TEXT, count: before },
    { polling: 10 },
  );
  return performance.now() - started;
}

/**
 * Measures the website widget in the e2e tests' headless Chromium: navigation to an interactive
 * send box, and send to reply rendered (Direct Line polling through the in-process bot).
 */
export async function measureWebWidget(options: WebBenchOptions = {}): Promise<WebBenchResult> {
  const { loads = 5, messages = 8 } = options;
  let stopApp: (() => void) | undefined;
  let baseUrl = options.baseUrl;
  if (!baseUrl) {
    const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000" });
    const app = createApp({ config, logger: createLogger({ level: "silent" }) });
    await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    stopApp = () => app.server.close();
  }
  const browser = options.browser ?? (await launchBrowser());
  try {
    const interactiveMs: number[] = [];
    // One warm-up load: the server reads and compresses Web Chat's bundle on first request.
    for (let i = 0; i <= loads; i += 1) {
      const context = await browser.newContext();
      try {
        const took = await timeToInteractive(await context.newPage(), baseUrl);
        if (i > 0) interactiveMs.push(took);
      } finally {
        await context.close();
      }
    }
    const replyMs: number[] = [];
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await timeToInteractive(page, baseUrl);
      for (let i = 0; i <= messages; i += 1) {
        const took = await timeToReply(page, QUESTIONS[i % QUESTIONS.length] ?? "hello");
        if (i > 0) replyMs.push(took);
      }
    } finally {
      await context.close();
    }
    return { interactiveMs, replyMs };
  } finally {
    if (!options.browser) await browser.close();
    stopApp?.();
  }
}

/** The bench runner's section: p50 and p99 of both measures, as report lines. */
export async function benchWeb(options: WebBenchOptions = {}): Promise<string[]> {
  const { interactiveMs, replyMs } = await measureWebWidget(options);
  const load = summarise(interactiveMs);
  const reply = summarise(replyMs);
  return [
    `widget, navigation to interactive send box (fresh profile): p50 ${ms(load.p50, 0)}, p99 ${ms(load.p99, 0)} (${load.n} loads)`,
    `widget, send to reply rendered: p50 ${ms(reply.p50, 0)}, p99 ${ms(reply.p99, 0)} (${reply.n} messages)`,
  ];
}
