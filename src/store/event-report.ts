import { z } from "zod";
import { EVENT_KINDS, type EventCountRow } from "./events.ts";

const Counts = z.record(z.string(), z.number().int().nonnegative());

/** Aggregate figures for `npm run report`: counts only, nothing about any person. */
export const EventReportSchema = z.object({
  firstDay: z.iso.date().nullable(),
  lastDay: z.iso.date().nullable(),
  totals: z.object(
    Object.fromEntries(EVENT_KINDS.map((kind) => [kind, z.number().int().nonnegative()])) as {
      [K in (typeof EVENT_KINDS)[number]]: z.ZodNumber;
    },
  ),
  recommendationsByModel: Counts,
  faqById: Counts,
  faqByDay: z.array(
    z.object({
      day: z.iso.date(),
      answered: z.number().int(),
      unanswered: z.number().int(),
      byId: Counts,
    }),
  ),
});
export type EventReport = z.infer<typeof EventReportSchema>;

const bump = (counts: Record<string, number>, key: string, by: number) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Folds per-day counters (oldest first) into the report. */
export function summariseEvents(rows: readonly EventCountRow[]): EventReport {
  const totals = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, 0])) as EventReport["totals"];
  const recommendationsByModel: Record<string, number> = {};
  const faqById: Record<string, number> = {};
  const days = new Map<string, EventReport["faqByDay"][number]>();
  for (const { day, kind, detail, count } of rows) {
    totals[kind] += count;
    if (kind === "recommendation") bump(recommendationsByModel, detail, count);
    if (kind !== "faq_answered" && kind !== "faq_unanswered") continue;
    const perDay = days.get(day) ?? { day, answered: 0, unanswered: 0, byId: {} };
    days.set(day, perDay);
    if (kind === "faq_unanswered") perDay.unanswered += count;
    else {
      perDay.answered += count;
      bump(perDay.byId, detail, count);
      bump(faqById, detail, count);
    }
  }
  return {
    firstDay: rows[0]?.day ?? null,
    lastDay: rows.at(-1)?.day ?? null,
    totals,
    recommendationsByModel,
    faqById,
    faqByDay: [...days.values()],
  };
}
