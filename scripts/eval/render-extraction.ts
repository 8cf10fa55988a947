import type { ExtractionReport } from "./extraction-eval.ts";
import type { FactValue } from "./facts.ts";
import { percent, quote, renderTable } from "./table.ts";

const show = (value: FactValue | undefined): string =>
  value === undefined ? "(nothing)" : JSON.stringify(value);

/** Per-field precision and recall with their verdicts; `-` where there was nothing to measure. */
export function renderFields(report: ExtractionReport): string {
  return renderTable(
    [
      { header: "field" },
      { header: "said", align: "right" },
      { header: "heard", align: "right" },
      { header: "right", align: "right" },
      { header: "precision", align: "right" },
      { header: "", align: "left" },
      { header: "recall", align: "right" },
      { header: "" },
    ],
    report.fields.map((row) => [
      row.field,
      String(row.expected),
      String(row.extracted),
      String(row.correct),
      percent(row.precision.value),
      row.precision.verdict,
      percent(row.recall.value),
      row.recall.verdict,
    ]),
  );
}

/** Facts heard for fields the message never mentioned. */
export function renderFalseExtractions(report: ExtractionReport): string {
  const { list } = report.falseExtractions;
  if (list.length === 0) return "(none)";
  return renderTable(
    [{ header: "text" }, { header: "field" }, { header: "value" }],
    list.map((entry) => [quote(entry.text), entry.field, show(entry.value)]),
  );
}

/** Stated facts heard wrong or not at all. */
export function renderFactErrors(report: ExtractionReport): string {
  if (report.errors.length === 0) return "(none)";
  return renderTable(
    [{ header: "text" }, { header: "field" }, { header: "expected" }, { header: "got" }],
    report.errors.map((error) => [
      quote(error.text),
      error.field,
      show(error.expected),
      show(error.got),
    ]),
  );
}
