import { percent, renderTable, type Column } from "./table.ts";
import type { Judged, Target } from "./targets.ts";

/** A target as text, in the unit its figure is shown in. */
export function describeTarget(
  target: Target,
  format: (value: number) => string = percent,
): string {
  return `${target.op} ${format(target.value)}`;
}

/** One row of a summary: a label, the figure, its target and verdict (blank when it has none). */
export type SummaryRow = [
  label: string,
  value: string,
  judged?: Judged,
  format?: (value: number) => string,
];

const SUMMARY_COLUMNS: Column[] = [
  { header: "figure" },
  { header: "value", align: "right" },
  { header: "target", align: "right" },
  { header: "result" },
];

/** A figure / value / target / result table. */
export function renderSummary(rows: readonly SummaryRow[]): string {
  return renderTable(
    SUMMARY_COLUMNS,
    rows.map(([label, value, judged, format]) => [
      label,
      value,
      judged ? describeTarget(judged.target, format) : "",
      judged ? judged.verdict : "",
    ]),
  );
}

/** A section heading underlined to its length. */
export const heading = (title: string): string => `${title}\n${"=".repeat(title.length)}`;
