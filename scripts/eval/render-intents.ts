import type { Intent } from "../../intents/intent-names.ts";
import type { ConfusionMatrix } from "./metrics.ts";
import { decimal, percent, quote, renderTable } from "./table.ts";
import type { IntentMiss, UnderstandReport } from "./understand-eval.ts";

/** Short column names so the confusion table fits a terminal. */
export const INTENT_ABBREVIATIONS: Record<Intent, string> = {
  greet: "gre",
  help: "hlp",
  restart: "rst",
  cancel: "cnl",
  goodbye: "bye",
  inform: "inf",
  dont_know: "dk",
  ask_faq: "faq",
  ask_recommendation: "rec",
  handoff: "hnd",
  affirm: "aff",
  deny: "den",
  out_of_scope: "oos",
};

/** Per-intent precision, recall and F1. */
export function renderPerIntent(report: UnderstandReport["intent"]): string {
  return renderTable(
    [
      { header: "intent" },
      { header: "cases", align: "right" },
      { header: "precision", align: "right" },
      { header: "recall", align: "right" },
      { header: "F1", align: "right" },
    ],
    report.perIntent.map((row) => [
      row.label,
      String(row.support),
      decimal(row.precision),
      decimal(row.recall),
      decimal(row.f1),
    ]),
  );
}

/** Rows expected, columns predicted; zero cells shown as `.` so the errors stand out. */
export function renderConfusion(confusion: ConfusionMatrix<Intent>): string {
  const short = (label: Intent): string => INTENT_ABBREVIATIONS[label];
  const table = renderTable(
    [
      { header: "expected \\ got" },
      ...confusion.labels.map((label) => ({ header: short(label), align: "right" as const })),
    ],
    confusion.labels.map((label, i) => [
      short(label),
      ...(confusion.matrix[i] ?? []).map((count) => (count === 0 ? "." : String(count))),
    ]),
  );
  const legend = confusion.labels.map((label) => `${short(label)}=${label}`).join(" ");
  return `${table}\n${legend}`;
}

/** A list of wrong intents or FAQ ids. */
export function renderMisses(misses: readonly IntentMiss[]): string {
  if (misses.length === 0) return "(none)";
  return renderTable(
    [
      { header: "text" },
      { header: "expected" },
      { header: "got" },
      { header: "conf", align: "right" },
    ],
    misses.map((miss) => [quote(miss.text), miss.expected, miss.got, decimal(miss.confidence)]),
  );
}

/** Calibration bins: how often each band of confidence was right. */
export function renderCalibration(report: UnderstandReport["calibration"]): string {
  return renderTable(
    [
      { header: "confidence" },
      { header: "cases", align: "right" },
      { header: "mean conf", align: "right" },
      { header: "accuracy", align: "right" },
    ],
    report.bins.map((bin) => [
      `${bin.lower.toFixed(1)}-${bin.upper.toFixed(1)}`,
      String(bin.count),
      decimal(bin.meanConfidence),
      percent(bin.accuracy),
    ]),
  );
}
