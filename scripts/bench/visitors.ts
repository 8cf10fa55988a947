import type { Activity } from "botbuilder";
import { createApp } from "../../src/app/app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logging/index.ts";

interface Visitor {
  name: string;
  opening: string[];
  /** Answers by the start of the question the advisor asks; "yes" confirms the recap. */
  answers: Array<[RegExp, string]>;
}

const VISITORS: Visitor[] = [
  {
    name: "gives the four facts at once",
    opening: ["we're 80 people, one IT guy, he's drowning and nobody knows Azure"],
    answers: [],
  },
  {
    name: "answers question by question",
    opening: ["hi", "Start the assessment"],
    answers: [
      [/how many people work in your organisation/i, "about 150"],
      [/how many people work in IT|in-house IT/i, "two"],
      [/which areas/i, "security and compliance"],
      [/coping with the workload/i, "stretched"],
    ],
  },
  {
    name: "no internal IT, unsure of some answers",
    opening: [
      "hello, we're a 15 person accountancy firm and the office manager does the computers",
    ],
    answers: [
      [/which areas/i, "no idea"],
      [/coping with the workload/i, "not sure"],
    ],
  },
  {
    name: "asks questions along the way",
    opening: [
      "what's the difference between co-managed and managed?",
      "ok we're 60 staff with 3 IT people",
    ],
    answers: [
      [/which areas/i, "cloud mostly, we're moving to Azure"],
      [/coping with the workload/i, "fine really"],
    ],
  },
];

/** User turns each scripted visitor needs to reach the recommendation card. */
export async function benchVisitors(): Promise<string[]> {
  const app = createApp({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    logger: createLogger({ level: "silent" }),
  });
  const lines: string[] = [];
  for (const visitor of VISITORS) {
    const conversationId = `visitor-${Math.random().toString(36).slice(2)}`;
    const send = (text: string) =>
      app.adapters.inProcess.deliver(
        {
          type: "message",
          channelId: "webchat",
          text,
          conversation: { id: conversationId } as Activity["conversation"],
          from: { id: "v" },
          recipient: { id: "advisor" },
        } as Partial<Activity>,
        (context) => app.bot.run(context),
      );
    let turns = 0;
    let replies: Partial<Activity>[] = [];
    const queue = [...visitor.opening];
    while (turns < 20) {
      const text = queue.shift() ?? nextAnswer(visitor, replies);
      replies = await send(text);
      turns += 1;
      if (replies.some((a) => a.attachments?.some((x) => x.contentType?.includes("adaptive"))))
        break;
    }
    lines.push(`${visitor.name}: ${turns} user turns to the recommendation`);
  }
  return lines;
}

function nextAnswer(visitor: Visitor, replies: Partial<Activity>[]): string {
  const said = replies
    .filter((a) => a.type === "message" && a.text)
    .map((a) => a.text as string)
    .join("\n");
  if (/have i got that right|is that right|say yes/i.test(said)) return "yes";
  for (const [pattern, answer] of visitor.answers) if (pattern.test(said)) return answer;
  return "skip";
}
