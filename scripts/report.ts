/**
 * `npm run report [-- --json]`: aggregate figures from the event counters (counts per kind,
 * recommendations by model, FAQ answers per topic and per day). No personal data is read.
 */
import { openAdminFromEnv, runCli } from "./run-cli.ts";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { EVENT_KINDS, type EventReport } from "../src/store/index.ts";

const row = (label: string, value: string | number, width = 24) =>
  `  ${label.padEnd(width)} ${value}`;
const sortedCounts = (counts: Record<string, number>) =>
  Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));

function render(report: EventReport): string[] {
  if (report.firstDay === null) return ["No events recorded yet."];
  const lines = [`Advisor report, ${report.firstDay} to ${report.lastDay}`, "", "Events"];
  for (const kind of EVENT_KINDS) lines.push(row(kind, report.totals[kind]));
  lines.push("", "Recommendations by model");
  for (const [model, count] of sortedCounts(report.recommendationsByModel))
    lines.push(row(model, count));
  lines.push("", "FAQ answers by topic");
  for (const [id, count] of sortedCounts(report.faqById)) lines.push(row(id, count));
  lines.push("", "FAQ per day (answered / unanswered: topics)");
  for (const day of report.faqByDay) {
    const topics = sortedCounts(day.byId)
      .map(([id, count]) => `${id} ${count}`)
      .join(", ");
    lines.push(
      row(day.day, `${day.answered} / ${day.unanswered}${topics ? `: ${topics}` : ""}`, 12),
    );
  }
  return lines;
}

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { json: { type: "boolean" } },
  });
  const admin = await openAdminFromEnv();
  try {
    const report = await admin.report();
    console.log(values.json ? JSON.stringify(report, null, 2) : render(report).join("\n"));
  } finally {
    await admin.close();
  }
  return 0;
}

runCli(main);
