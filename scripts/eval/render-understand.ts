import { heading, renderSummary } from "./render-common.ts";
import { renderFactErrors, renderFalseExtractions, renderFields } from "./render-extraction.ts";
import {
  renderCalibration,
  renderConfusion,
  renderMisses,
  renderPerIntent,
} from "./render-intents.ts";
import { decimal, percent, renderTable } from "./table.ts";
import type { UnderstandReport } from "./understand-eval.ts";

/** The understanding report as text: summary with targets, then detail tables and lists. */
export function renderUnderstandReport(report: UnderstandReport, set = "held-out"): string {
  const { intent, faqId, extraction, scope, calibration, baseline } = report;
  const { falseExtractions } = extraction;
  const share = (part: number, whole: number): string => `${part}/${whole}`;
  const summary = renderSummary([
    ["intent accuracy", percent(intent.accuracy)],
    ["intent macro-F1", decimal(intent.macroF1.value), intent.macroF1, (v) => v.toFixed(2)],
    [`FAQ id accuracy (${share(faqId.correct, faqId.cases)})`, percent(faqId.accuracy)],
    [
      `out-of-scope recall (${share(scope.outOfScope.caught, scope.outOfScope.cases)})`,
      percent(scope.outOfScope.recall.value),
      scope.outOfScope.recall,
    ],
    [
      `  non-English recall (${share(scope.nonEnglish.caught, scope.nonEnglish.cases)})`,
      percent(scope.nonEnglish.recall.value),
      scope.nonEnglish.recall,
    ],
    [
      `false rejections (${share(scope.falseRejections.rejected, scope.falseRejections.inScope)} in scope)`,
      percent(scope.falseRejections.rate.value),
      scope.falseRejections.rate,
    ],
    [
      `false extractions per case (${share(falseExtractions.count, report.cases)})`,
      percent(falseExtractions.perCase.value),
      falseExtractions.perCase,
    ],
    [
      "false extractions per extracted fact",
      percent(falseExtractions.perExtracted.value),
      falseExtractions.perExtracted,
    ],
    [
      "intent calibration error (10 bins)",
      decimal(calibration.error.value),
      calibration.error,
      (v) => v.toFixed(2),
    ],
  ]);
  const comparison = renderTable(
    [
      { header: "model" },
      { header: "accuracy", align: "right" },
      { header: "macro-F1", align: "right" },
    ],
    [
      ["understander (chosen)", percent(intent.accuracy), decimal(intent.macroF1.value)],
      [`baseline: ${baseline.name}`, percent(baseline.accuracy), decimal(baseline.macroF1)],
    ],
  );
  return [
    heading(`Understanding (${report.cases} ${set} cases, via core.understander.understand)`),
    summary,
    "",
    "Against a baseline (intent only, same cases):",
    comparison,
    "",
    "Per intent:",
    renderPerIntent(intent),
    "",
    "Confusion (rows expected, columns predicted):",
    renderConfusion(intent.confusion),
    "",
    "Extraction per field (a fact = a field the reply's profile holds with a new value):",
    renderFields(extraction),
    "",
    "Calibration of intent confidence:",
    renderCalibration(calibration),
    "",
    `Intent misses (${intent.misses.length}):`,
    renderMisses(intent.misses),
    "",
    `FAQ id misses (${faqId.misses.length}):`,
    renderMisses(faqId.misses),
    "",
    `False extractions: facts never said (${falseExtractions.count}):`,
    renderFalseExtractions(extraction),
    "",
    `Stated facts heard wrong or missed (${extraction.errors.length}):`,
    renderFactErrors(extraction),
  ].join("\n");
}
