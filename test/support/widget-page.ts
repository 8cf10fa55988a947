import type { Locator, Page } from "playwright-core";

/** Selectors for the widget and for Web Chat inside it (Web Chat 4.18's own class names and data ids). */
export const WIDGET = {
  sendBox: '[data-id="webchat-sendbox-input"]',
  botText: ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__text-content",
  userText: ".webchat__bubble--from-user .webchat__text-content",
  card: ".ac-adaptiveCard",
} as const;

/** Drives the chat widget on a page the way a visitor would. */
export function widgetOn(page: Page) {
  const dialog = page.locator("#advisor-chat-panel");
  const sendBox = page.locator(WIDGET.sendBox);
  const botTexts = page.locator(WIDGET.botText);
  const cards = page.locator(WIDGET.card);
  const count = async () => (await botTexts.count()) + (await cards.count());

  /** Runs an action and waits until the bot has answered it (its replies arrive together). */
  const expectingReply = async (action: () => Promise<void>, timeout = 15_000): Promise<void> => {
    const before = await count();
    await action();
    const deadline = Date.now() + timeout;
    while ((await count()) <= before) {
      if (Date.now() > deadline) throw new Error("The bot did not answer in time");
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(250);
  };

  return {
    launcher: page.locator(".advisor-launcher"),
    dialog,
    sendBox,
    botTexts,
    cards,
    expectingReply,
    /** Types a message and presses Enter, like a visitor. */
    say: (text: string) =>
      expectingReply(async () => {
        await sendBox.click();
        await sendBox.fill(text);
        await sendBox.press("Enter");
      }),
    /** Clicks one of the suggested actions under the last message. */
    choose: (title: string) =>
      expectingReply(() =>
        page
          .getByRole("toolbar", { name: "Suggested actions" })
          .getByRole("button", { name: title, exact: true })
          .click(),
      ),
    /** A bot message with this text (Web Chat also copies it into screen-reader regions: those are not it). */
    botSaid: (text: string): Locator => botTexts.filter({ hasText: text }).first(),
    lastBotText: async (): Promise<string> =>
      (await botTexts.count()) > 0 ? await botTexts.last().innerText() : "",
    transcript: (): Locator => page.locator(".webchat__basic-transcript"),
  };
}

/**
 * The browser globals the tests read inside `page.evaluate` (the project's TypeScript has no DOM
 * library): write `(globalThis as unknown as PageGlobals)` there.
 */
export interface PageGlobals {
  document: {
    activeElement: { className: string; getAttribute(name: string): string | null } | null;
    querySelectorAll(selector: string): { length: number };
  };
  addEventListener(type: string, listener: (event: { detail?: unknown }) => void): void;
  recommendations?: unknown[];
  replayed?: unknown[];
}
