import { z } from "zod";
import type { SqlClient } from "./sql-client.ts";

/** What the advisor counts (see `npm run report`). */
export const EVENT_KINDS = [
  "conversation_started",
  "profile_completed",
  "recommendation",
  "handoff",
  "faq_answered",
  "faq_unanswered",
  "out_of_scope",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A catalogue id (model or FAQ id): lower-case words and hyphens, so no free text gets in. */
const CatalogueId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a lower-case id such as co-managed");
const Day = z.union([z.iso.date(), z.date().transform((date) => date.toISOString().slice(0, 10))]);
const plain = <K extends EventKind>(kind: K) =>
  z.object({ kind: z.literal(kind), day: Day }).strict();

/** One countable thing that happened; the store keeps only per-day counts, never who or what was said. */
export const EventSchema = z.discriminatedUnion("kind", [
  plain("conversation_started"),
  plain("profile_completed"),
  z.object({ kind: z.literal("recommendation"), model: CatalogueId, day: Day }).strict(),
  plain("handoff"),
  z.object({ kind: z.literal("faq_answered"), faqId: CatalogueId, day: Day }).strict(),
  plain("faq_unanswered"),
  plain("out_of_scope"),
]);
/** `day` is a `YYYY-MM-DD` string or a Date (its UTC day). */
export type EventInput = z.input<typeof EventSchema>;

const detailOf = (event: z.output<typeof EventSchema>): string =>
  event.kind === "recommendation" ? event.model : event.kind === "faq_answered" ? event.faqId : "";

/** Adds one to the day's counter for the event. */
export async function recordEvent(client: SqlClient, input: EventInput): Promise<void> {
  const event = EventSchema.parse(input);
  await client.query(
    `INSERT INTO events (day, kind, detail, count) VALUES ($1::date, $2, $3, 1)
     ON CONFLICT (day, kind, detail) DO UPDATE SET count = events.count + 1`,
    [event.day, event.kind, detailOf(event)],
  );
}

/** One day's counter for one kind and detail (model or FAQ id; empty for the other kinds). */
export const EventCountRowSchema = z.object({
  day: z.iso.date(),
  kind: z.enum(EVENT_KINDS),
  detail: z.string(),
  count: z.number().int().nonnegative(),
});
export type EventCountRow = z.infer<typeof EventCountRowSchema>;

/** Every counter in a day range (inclusive; open ends when omitted), oldest day first. */
export async function readEventCounts(
  client: SqlClient,
  range: { from?: string; to?: string } = {},
): Promise<EventCountRow[]> {
  const from = z.iso.date().optional().parse(range.from);
  const to = z.iso.date().optional().parse(range.to);
  const { rows } = await client.query(
    `SELECT day::text AS day, kind, detail, count FROM events
     WHERE ($1::date IS NULL OR day >= $1::date) AND ($2::date IS NULL OR day <= $2::date)
     ORDER BY day, kind, detail`,
    [from ?? null, to ?? null],
  );
  return rows.map((row) => EventCountRowSchema.parse(row));
}
