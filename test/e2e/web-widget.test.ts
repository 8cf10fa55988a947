import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CopyKey } from "../../dialogs/copy.ts";
import { startApp, type RunningApp } from "../support/app.ts";
import { launchBrowser } from "../support/browser.ts";
import { widgetOn, type PageGlobals } from "../support/widget-page.ts";

const SHOTS = "test-results/web-widget";
const COMPANY = "Northwind IT";

let browser: Browser;
beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const contexts: BrowserContext[] = [];
/** A fresh browser profile (its own cache and session storage), closed after each test even when it fails. */
async function newContext(options: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  return context;
}
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** A page on the demo site that records script errors and the host page's recommendation events. */
async function openDemo(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${baseUrl}/`);
  return { page, errors };
}

const listenForRecommendations = (page: Page) =>
  page.evaluate(() => {
    const host = globalThis as unknown as PageGlobals;
    const seen: unknown[] = [];
    host.recommendations = seen;
    host.addEventListener("advisor:recommendation", (event) => seen.push(event.detail));
  });

const recommendationsSeen = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).recommendations ?? []);

describe("the website widget over the self-hosted Direct Line", () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ COMPANY_NAME: COMPANY, RATE_LIMIT_PER_MINUTE: "1000" });
  });
  afterAll(() => running?.close());

  const copy = (key: CopyKey, params?: Record<string, string | number>) =>
    running.app.services.copy(key, params);

  it("takes a visitor from the demo page to a recommendation, with an FAQ and a reload on the way", async () => {
    const context = await newContext({ viewport: { width: 1280, height: 860 } });
    const { page, errors } = await openDemo(context, running.baseUrl);
    const widget = widgetOn(page);
    await expect(page.locator("h1")).toBeDefined();
    expect(await page.title()).toContain(COMPANY);

    // The launcher is a real button that says what it opens and whether it is open.
    const launcher = page.getByRole("button", { name: `Chat with ${COMPANY}` });
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await widget.dialog.isHidden()).toBe(true);
    await launcher.click();
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("dialog", { name: `Chat with ${COMPANY}` }).waitFor();

    // The bot's welcome arrives, and focus lands in the send box.
    await widget.botSaid(copy("welcome.intro")).waitFor();
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute("data-id") ===
        "webchat-sendbox-input",
    );
    await page.screenshot({ path: `${SHOTS}/1-welcome.png` });

    // A suggested action, then free text.
    await widget.choose(copy("action.start"));
    expect(await widget.lastBotText()).toBe(copy("ask.employees"));
    await widget.say("we're 80 people with 2 IT staff");
    await page
      .locator(".webchat__bubble--from-user", { hasText: "we're 80 people with 2 IT staff" })
      .waitFor();
    expect(await widget.lastBotText()).toBe(copy("ask.burnoutRisk"));
    await widget.choose(copy("ask.choice.medium"));

    // An FAQ in the middle of the assessment is answered, then the interview resumes.
    const difference = running.app.services.faq.entry("difference").answer;
    await widget.say("what's the difference between co-managed and fully managed IT?");
    await widget.botSaid(difference.slice(0, 60)).waitFor();
    await page.screenshot({ path: `${SHOTS}/2-faq.png` });

    // A reload in the same tab resumes the conversation with its history.
    await page.reload();
    await widget.dialog.waitFor({ state: "visible" });
    await page
      .locator(".webchat__bubble--from-user", { hasText: "we're 80 people with 2 IT staff" })
      .waitFor();
    await widget.botSaid(difference.slice(0, 60)).waitFor();
    expect(await widget.botTexts.filter({ hasText: copy("welcome.intro") }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/3-after-reload.png` });
    await listenForRecommendations(page);

    // Answer whatever the advisor asks until the recommendation card shows.
    for (let turn = 0; turn < 15 && (await widget.cards.count()) === 0; turn += 1) {
      const asked = await widget.lastBotText();
      const is = (...keys: CopyKey[]) => keys.some((key) => asked.includes(copy(key)));
      if (is("ask.employees", "ask.employees.short", "ask.employees.retry")) await widget.say("80");
      else if (is("ask.itStaff", "ask.itStaff.short", "ask.itStaff.retry")) await widget.say("2");
      else if (is("ask.burnoutRisk", "ask.burnoutRisk.short", "ask.burnoutRisk.retry"))
        await widget.choose(copy("ask.choice.medium"));
      else if (is("ask.skillsGaps", "ask.skillsGaps.short", "ask.skillsGaps.retry"))
        await widget.say("we lack cybersecurity skills");
      else if (is("signal.wantsControl")) await widget.choose(copy("action.yes"));
      else if (is("interview.recap.confirm")) await widget.choose(copy("action.yes"));
      else if (asked.trim().endsWith("?")) await widget.choose(copy("action.no"));
      else await widget.say(copy("action.recommend"));
    }
    const card = widget.cards.last();
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/4-recommendation.png` });

    // The host page hears about it once, with the profile and the recommendation.
    await page.waitForFunction(
      () => ((globalThis as unknown as PageGlobals).recommendations ?? []).length > 0,
    );
    const [detail] = (await recommendationsSeen(page)) as Array<{
      profile: Record<string, unknown>;
      recommendation: { model: string };
    }>;
    expect(detail?.profile).toMatchObject({ employees: 80, itStaff: 2 });
    expect(["co-managed", "managed", "co-managed-then-managed"]).toContain(
      detail?.recommendation.model,
    );
    expect(await recommendationsSeen(page)).toHaveLength(1);

    // An Adaptive Card action (Action.Submit) goes back to the bot.
    await widget.expectingReply(() =>
      card.getByRole("button", { name: copy("action.ask") }).click(),
    );
    await widget.botSaid(copy("faq.prompt")).waitFor();

    // Escape closes the panel and gives focus back to the launcher.
    await widget.sendBox.focus();
    await page.keyboard.press("Escape");
    expect(await widget.dialog.isHidden()).toBe(true);
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    expect(
      await page.evaluate(
        () => (globalThis as unknown as PageGlobals).document.activeElement?.className,
      ),
    ).toContain("advisor-launcher");

    // Reopened after a reload, the history replays without firing the host page's event again.
    await launcher.click();
    await context.addInitScript(() => {
      const host = globalThis as unknown as PageGlobals;
      const replayed: unknown[] = [];
      host.replayed = replayed;
      host.addEventListener("advisor:recommendation", (event) => replayed.push(event.detail));
    });
    await page.reload();
    await widget.cards.last().waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).replayed)).toHaveLength(
      0,
    );

    expect(await page.getByText(/Send failed/i).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("fits a phone screen: the panel fills it and the close button works by keyboard", async () => {
    const context = await newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page, errors } = await openDemo(context, running.baseUrl);
    const widget = widgetOn(page);
    await widget.launcher.click();
    await widget.botSaid(copy("welcome.intro")).waitFor();
    const box = await widget.dialog.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    expect(await widget.launcher.isHidden()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/5-phone.png` });
    await page.getByRole("button", { name: "Close chat" }).focus();
    await page.keyboard.press("Enter");
    expect(await widget.dialog.isHidden()).toBe(true);
    expect(errors).toEqual([]);

    // A session the server no longer honours (here: a token it never signed) starts afresh.
    await page.evaluate(() => {
      const { sessionStorage, location } = globalThis as unknown as {
        sessionStorage: { setItem(key: string, value: string): void };
        location: { origin: string };
      };
      sessionStorage.setItem(
        "advisor.chat.session",
        JSON.stringify({
          token: "forged",
          conversationId: "gone",
          domain: `${location.origin}/v3/directline`,
          webSocket: false,
        }),
      );
    });
    await page.reload();
    await widget.launcher.click();
    await widget.botSaid(copy("welcome.intro")).waitFor();
    expect(errors.filter((error) => !error.includes("403"))).toEqual([]);
  });
});

describe("the website widget with MicrosoftAppId set", () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({
      MicrosoftAppId: randomUUID(),
      MicrosoftAppPassword: "not-used",
      RATE_LIMIT_PER_MINUTE: "1000",
    });
  });
  afterAll(() => running?.close());

  it("still chats: the widget's turns run in-process and need no Bot Framework token", async () => {
    const unauthenticated = await fetch(`${running.baseUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "message",
        channelId: "webchat",
        serviceUrl: "http://127.0.0.1:1",
        conversation: { id: "x" },
        text: "hi",
      }),
    });
    expect(unauthenticated.status).toBe(401);

    const context = await newContext({ viewport: { width: 1280, height: 860 } });
    const { page, errors } = await openDemo(context, running.baseUrl);
    const widget = widgetOn(page);
    await widget.launcher.click();
    await widget.botSaid(running.app.services.copy("welcome.intro")).waitFor();
    await widget.choose(running.app.services.copy("action.start"));
    await widget.say("we're 80 people with 2 IT staff");
    expect(await widget.lastBotText()).toBe(running.app.services.copy("ask.burnoutRisk"));
    await page.screenshot({ path: `${SHOTS}/6-with-app-id.png` });
    expect(errors).toEqual([]);
  });
});
