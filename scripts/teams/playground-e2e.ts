/**
 * `npm run playground:e2e [-- --runs <n>]`: the advisor end to end in the Microsoft 365 Agents
 * Playground (the local Teams emulator), driven through the playground's own web page in headless
 * Chromium.
 *
 * Each run starts the advisor and the playground the way `npm run playground` does (the same
 * session helper, the advisor without MicrosoftAppId/Password), with four differences that keep runs
 * apart and on this machine: free ports instead of 3978/56150, a fresh temporary DATA_DIR (and no
 * DATABASE_URL or lead webhook), the bot's replies posted to the playground on 127.0.0.1, and the
 * page's requests to anywhere but 127.0.0.1 (web fonts) blocked. Then it:
 *
 * 1. in the personal chat: waits for the welcome, sends the four facts, checks the recap, answers
 *    "yes" and checks that the recommendation card renders;
 * 2. in the team's General channel: checks the welcome posted on install, posts "@<bot> hello"
 *    with a real @mention and checks that the welcome comes back in that post's thread.
 *
 * It prints PASS/FAIL per step and exits non-zero when any run fails. `--runs <n>` repeats the
 * whole run, processes and browser included, and reports how many passed in a row. Screenshots of
 * every step, the advisor's log and the playground's output go to test-results/playground/run-NN/.
 * Every wait is bounded (a step, a run, process start-up and shutdown), and all processes stop on
 * exit, Ctrl-C or SIGTERM.
 */
import "dotenv/config";
import type { ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser, Locator, Page } from "playwright-core";
import { loadCardCopy, fill, type CardCopy } from "../../dialogs/cards/copy.ts";
import { loadCopy, type Copy } from "../../dialogs/copy.ts";
import { CONTENT_FILES, readJson } from "../../src/app/content.ts";
import { ConfigError, loadConfig } from "../../src/config/index.ts";
import { chromiumExecutable, launchBrowser } from "../../test/support/browser.ts";
import { freePort } from "../../test/support/free-port.ts";
import { startPlaygroundSession, stopChild } from "./processes.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const OUT_DIR = join(root, "test-results", "playground");

/** One run, start-up to clean-up, must finish within this (the e2e vitest project allows 120 s). */
const RUN_TIMEOUT_MS = 80_000;
/** Any single wait for the page. */
const STEP_TIMEOUT_MS = 20_000;
/** Closing the browser. */
const CLOSE_TIMEOUT_MS = 10_000;

/** The playground's own bot name: the repo has no .m365agentsplayground.yml to change it. */
const BOT_NAME = "Test Bot";
const FACTS = "we're 80 people, one IT guy, he's drowning and nobody knows Azure";
const VIEWPORT = { width: 1400, height: 900 };

// ---------------------------------------------------------------------------------------------
// Clean-up that survives Ctrl-C: every child and browser a run starts is tracked until stopped.

const children = new Set<ChildProcess>();
const browsers = new Set<Browser>();
const dataDirs = new Set<string>();

async function stopEverything(): Promise<void> {
  await Promise.all([
    ...[...browsers].map((browser) => closeBrowser(browser)),
    ...[...children].map((child) => stopChild(child).finally(() => children.delete(child))),
  ]);
}

async function closeBrowser(browser: Browser): Promise<void> {
  browsers.delete(browser);
  await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, "closing the browser").catch(() => {});
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the advisor, the playground and the browser.`);
    const force = setTimeout(() => process.exit(130), 15_000);
    force.unref();
    void stopEverything().finally(() => process.exit(130));
  });
}
// Last resort if the process ends some other way: no orphaned advisor or playground.
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What the advisor should say, from the same copy files it reads.

interface Expected {
  welcome: string;
  recapConfirm: string;
  recapQuestion: string;
  recapFacts: string[];
  cardTitle: string;
  models: string[];
}

function expectedTexts(copy: Copy, cards: CardCopy): Expected {
  return {
    welcome: copy("welcome.intro"),
    recapConfirm: cards["recap.confirm"],
    recapQuestion: copy("interview.recap.confirm"),
    recapFacts: [
      fill(cards, "recap.employees.many", { count: 80 }),
      cards["recap.itStaff.one"],
      fill(cards, "recap.skillsGaps.some", { areas: cards["skill.cloud"] }),
      cards["recap.burnout.high"],
    ],
    cardTitle: cards["card.title"],
    models: [
      cards["model.co-managed"],
      cards["model.managed"],
      cards["model.co-managed-then-managed"],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// One run.

interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  detail?: string;
}

interface RunResult {
  ok: boolean;
  ms: number;
  steps: StepResult[];
  notes: string[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printStep(step: StepResult): void {
  const label = step.ok ? "PASS" : "FAIL";
  const detail = step.detail ? `: ${step.detail}` : "";
  console.log(`  ${label}  ${step.name} (${seconds(step.ms)})${detail}`);
}

async function runOnce(index: number): Promise<RunResult> {
  const started = Date.now();
  const dir = join(OUT_DIR, `run-${String(index).padStart(2, "0")}`);
  mkdirSync(dir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), "playground-e2e-"));
  dataDirs.add(dataDir);
  const advisorLog = createWriteStream(join(dir, "advisor.log"));
  const playgroundLog = createWriteStream(join(dir, "playground.log"));
  const steps: StepResult[] = [];
  const notes: string[] = [];
  let finished = false;
  let shots = 0;

  /** Runs one step, records and prints PASS/FAIL, and takes a screenshot either way. */
  const step = async (
    name: string,
    page: Page | undefined,
    body: () => Promise<string | void>,
  ): Promise<boolean> => {
    const t0 = Date.now();
    let result: StepResult;
    try {
      const detail = await body();
      result = { name, ok: true, ms: Date.now() - t0, ...(detail ? { detail } : {}) };
    } catch (error) {
      result = { name, ok: false, ms: Date.now() - t0, detail: firstLine(error) };
    }
    if (finished || interrupted) return false;
    if (page) {
      shots += 1;
      const file = `${String(shots).padStart(2, "0")}-${slug(name)}.png`;
      await page
        .screenshot({ path: join(dir, file), timeout: STEP_TIMEOUT_MS })
        .catch((error: unknown) => notes.push(`no screenshot for "${name}": ${firstLine(error)}`));
    }
    steps.push(result);
    printStep(result);
    return result.ok;
  };

  const body = async () => {
    const advisorPort = await freePort();
    let playgroundPort = await freePort();
    while (playgroundPort === advisorPort) playgroundPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      LEAD_WEBHOOK_URL: "",
    };
    const up = await step("start the advisor and the playground", undefined, async () => {
      const session = await startPlaygroundSession({
        cwd: root,
        env,
        advisorPort,
        playgroundPort,
        reuseRunningAdvisor: false,
        advisorOutput: advisorLog,
        playgroundOutput: playgroundLog,
        serviceUrl: `http://127.0.0.1:${playgroundPort}/_connector`,
        onAdvisorStarted: ({ child }) => children.add(child),
      });
      children.add(session.playground.child);
      return `advisor :${advisorPort}, playground :${playgroundPort}`;
    });
    if (!up) return;
    // Read after the advisor has started, so both hold the same copy even while it is being edited.
    const config = loadConfig({ ...env, PORT: String(advisorPort) });
    const copy = loadCopy(readJson(CONTENT_FILES.copy), {
      companyName: config.COMPANY_NAME,
      privacyUrl: config.PRIVACY_URL,
      bookingUrl: config.BOOKING_URL,
      retentionDays: config.RETENTION_DAYS,
    });
    const expected = expectedTexts(copy, loadCardCopy(readJson(CONTENT_FILES.cardCopy)));

    const browser = await launchBrowser({
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    browsers.add(browser);
    const context = await browser.newContext({ viewport: VIEWPORT });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
    const blocked = new Set<string>();
    await context.route("**/*", (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === "127.0.0.1") return route.continue();
      blocked.add(hostname);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    // 1. Personal chat: the four facts, the recap, "yes", the recommendation card.
    const botSays = (text: string) => page.locator(".fai-OutputCard").filter({ hasText: text });
    const personal =
      (await step("personal chat: the welcome arrives on install", page, async () => {
        await page.goto(`http://127.0.0.1:${playgroundPort}/`);
        await see(botSays(expected.welcome).first(), "welcome");
      })) &&
      (await step("personal chat: four facts in one message give the recap", page, async () => {
        await send(page, FACTS);
        const recap = botSays(expected.recapConfirm).last();
        await see(recap, "recap");
        await see(botSays(expected.recapQuestion).last(), "question after the recap");
        const text = await recap.innerText();
        const missing = expected.recapFacts.filter((fact) => !text.includes(fact));
        if (missing.length > 0)
          throw new Error(`the recap "${text.trim()}" lacks: ${missing.join("; ")}`);
        return `"${text.trim()}"`;
      })) &&
      (await step('personal chat: "yes" brings the recommendation card', page, async () => {
        await send(page, "yes");
        const card = page
          .locator(".ac-adaptiveCard")
          .filter({ has: page.getByRole("heading", { name: expected.cardTitle }) })
          .last();
        await see(card, "recommendation card");
        await card.scrollIntoViewIfNeeded();
        const text = await card.innerText();
        const model = expected.models.find((name) => text.includes(name));
        if (!model) throw new Error(`the card names no model: "${text.slice(0, 200)}"`);
        return `recommends "${model}"`;
      }));
    if (!personal) notes.push("the personal chat stopped at its first failure");

    // 2. Team channel: the install welcome, then an @mention answered in its own thread.
    const threads = page.locator('[role="group"].fui-Card');
    await step("channel: the advisor greets the team when added", page, async () => {
      await page.getByRole("treeitem", { name: /General/ }).click();
      await see(threads.filter({ hasText: expected.welcome }).first(), "welcome in the channel");
    });
    await step(`channel: "@${BOT_NAME} hello" is answered in its thread`, page, async () => {
      await page.getByRole("textbox").first().click();
      await page.keyboard.type("@");
      const bot = page.getByRole("menuitem", { name: BOT_NAME });
      await see(bot, `@mention picker offering ${BOT_NAME}`);
      await bot.click();
      await page.keyboard.type(" hello");
      await page.getByRole("button", { name: "Post", exact: true }).click();
      const thread = threads.filter({ hasText: new RegExp(`${BOT_NAME}\\s*hello`) }).first();
      await see(thread, "thread of the post");
      await see(thread.getByText(expected.welcome), "welcome in the post's thread");
      await thread.scrollIntoViewIfNeeded();
      const invalid = await thread.getByText("Invalid message", { exact: true }).count();
      if (invalid > 0)
        notes.push(
          `the playground shows ${invalid} reply in the channel thread as "Invalid message" ` +
            "(it renders no message with suggested actions outside the personal chat)",
        );
    });

    if (blocked.size > 0) notes.push(`blocked off-machine requests to: ${[...blocked].join(", ")}`);
    if (pageErrors.length > 0) notes.push(`page errors: ${pageErrors.join(" | ")}`);
  };

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the run took longer than ${seconds(RUN_TIMEOUT_MS)}`)),
      RUN_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([body(), deadline]);
  } catch (error) {
    const failure = { name: "run", ok: false, ms: Date.now() - started, detail: firstLine(error) };
    steps.push(failure);
    printStep(failure);
  } finally {
    finished = true;
    clearTimeout(timer);
    // The browser, the playground and the advisor, also one started by a session that then failed.
    await stopEverything();
    await Promise.all([endStream(advisorLog), endStream(playgroundLog)]);
    rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
  for (const note of notes) console.log(`  note  ${note}`);
  const ok = steps.length > 0 && steps.every((s) => s.ok);
  return { ok, ms: Date.now() - started, steps, notes };
}

/** Types into the chat's message box and sends with Enter. */
async function send(page: Page, text: string): Promise<void> {
  const box: Locator = page.getByRole("textbox");
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await see(page.getByText(text, { exact: true }).last(), `"${text}" in the chat`);
}

/** Waits (bounded by the context's timeout) for `locator`, and says what was missing if it never came. */
async function see(locator: Locator, what: string): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    throw new Error(`no ${what}: ${firstLine(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${seconds(ms)}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const endStream = (stream: WriteStream) =>
  withTimeout(new Promise<void>((resolve) => stream.end(resolve)), 5_000, "closing a log").catch(
    () => {},
  );

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").slice(0, 300);
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({ options: { runs: { type: "string", default: "1" } } });
  const runs = Number(flags.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
    console.error("--runs takes a whole number from 1 to 100.");
    process.exit(2);
  }
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const version = (
    createRequire(import.meta.url)("@microsoft/m365agentsplayground/package.json") as {
      version: string;
    }
  ).version;
  const { source } = await chromiumExecutable();
  console.log(
    `Agents Playground ${version}, headless Chromium (${source === "debian" ? "Debian" : "@sparticuz/chromium"}); ${runs} run(s).`,
  );

  const results: RunResult[] = [];
  for (let i = 1; i <= runs && !interrupted; i += 1) {
    console.log(`\nRun ${i}/${runs}`);
    const result = await runOnce(i);
    results.push(result);
    console.log(`Run ${i}/${runs}: ${result.ok ? "PASS" : "FAIL"} in ${seconds(result.ms)}`);
  }

  const passed = results.filter((r) => r.ok).length;
  let streak = 0;
  let longest = 0;
  for (const r of results) {
    streak = r.ok ? streak + 1 : 0;
    longest = Math.max(longest, streak);
  }
  const times = results.map((r) => r.ms);
  console.log(
    `\n${passed}/${results.length} runs passed; ${streak} in a row at the end, longest streak ${longest}. ` +
      `Run time: min ${seconds(Math.min(...times))}, median ${seconds(median(times))}, max ${seconds(Math.max(...times))}. ` +
      `Screenshots and logs: ${OUT_DIR}`,
  );
  process.exit(passed === runs ? 0 : 1);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  await stopEverything();
  process.exit(1);
});
