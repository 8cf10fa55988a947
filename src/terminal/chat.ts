/**
 * `npm run chat`: the advisor in the terminal, in-process (no HTTP, no auth path). Cards show as
 * text; suggested actions and card buttons are numbered, and typing the number picks one.
 */
import "dotenv/config";
import type { Activity } from "botbuilder";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import { createApp } from "../app/app.ts";
import { loadConfig } from "../config/index.ts";
import { createLogger } from "../logging/index.ts";
import { renderActivity, type Choice } from "./render.ts";

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" });
  const app = createApp({ config, logger: createLogger({ level: config.LOG_LEVEL }) });
  const conversation = { id: `terminal-${randomUUID()}` } as Activity["conversation"];
  const base = {
    channelId: "console",
    conversation,
    from: { id: "terminal-user", name: "You" },
    recipient: { id: "advisor", name: "Advisor" },
  };
  const send = (activity: Partial<Activity>) =>
    app.adapters.inProcess.deliver({ ...base, ...activity } as Partial<Activity>, (context) =>
      app.bot.run(context),
    );

  const rl = createInterface({ input: stdin, output: stdout });
  let choices: Choice[] = [];
  const show = (replies: Partial<Activity>[]) => {
    choices = [];
    for (const reply of replies) {
      const { lines, choices: offered } = renderActivity(reply);
      for (const line of lines) stdout.write(`advisor> ${line}\n`);
      choices.push(...offered);
    }
    choices.forEach((choice, i) => stdout.write(`   [${i + 1}] ${choice.title}\n`));
  };

  stdout.write("Type your message (Ctrl-D or 'quit' to leave).\n");
  show(
    await send({
      type: "conversationUpdate",
      membersAdded: [{ id: "terminal-user", name: "You" }],
    }),
  );
  for (;;) {
    let line: string;
    try {
      line = (await rl.question("you> ")).trim();
    } catch {
      break;
    }
    if (line === "quit" || line === "exit") break;
    const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
    if (picked && "url" in picked.send) {
      stdout.write(`advisor> Open ${picked.send.url} in your browser.\n`);
      continue;
    }
    const chosen = picked?.send;
    const activity: Partial<Activity> =
      chosen && "text" in chosen
        ? { type: "message", text: chosen.text }
        : chosen && "value" in chosen
          ? { type: "message", text: "", value: chosen.value }
          : { type: "message", text: line };
    show(await send(activity));
  }
  rl.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
