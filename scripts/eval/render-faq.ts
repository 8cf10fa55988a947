import type { FaqReport } from "./faq-eval.ts";
import { heading, renderSummary } from "./render-common.ts";
import { decimal, percent, quote, renderTable } from "./table.ts";

/** The FAQ report as text: summary, per-id table and the misses. */
export function renderFaqReport(report: FaqReport): string {
  const summary = renderSummary([
    [`top-1 accuracy (${report.inScope} in scope)`, percent(report.top1.value), report.top1],
    [
      `out-of-scope rejection (${report.outOfScope})`,
      percent(report.rejection.value),
      report.rejection,
    ],
    [`overall accuracy (${report.questions})`, percent(report.overall)],
  ]);
  const perId = renderTable(
    [
      { header: "id" },
      { header: "questions", align: "right" },
      { header: "correct", align: "right" },
      { header: "accuracy", align: "right" },
      { header: "given wrongly", align: "right" },
    ],
    report.perId.map((row) => [
      row.id,
      String(row.questions),
      String(row.correct),
      percent(row.accuracy),
      String(row.falseHits),
    ]),
  );
  const misses =
    report.misses.length === 0
      ? "(none)"
      : renderTable(
          [
            { header: "question" },
            { header: "expected" },
            { header: "got" },
            { header: "conf", align: "right" },
          ],
          report.misses.map((miss) => [
            quote(miss.text),
            miss.expected ?? "(none)",
            miss.got ?? "(none)",
            decimal(miss.confidence),
          ]),
        );
  return [
    heading(`FAQ (${report.questions} held-out questions, via core.askFaq)`),
    summary,
    "",
    "Per id:",
    perId,
    "",
    `Misses (${report.misses.length}):`,
    misses,
  ].join("\n");
}
