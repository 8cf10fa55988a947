/**
 * @module eval: `npm run eval` — accuracy of FAQ answers and of understanding on the held-out sets
 * in `eval/` (the first understanding set and two written later by other hands), against the issue's
 * targets. Builds the real core with default configuration, reads the training data only to
 * train the baseline, and writes nothing. `--json` prints the report as
 * JSON instead of tables; `--faq FILE` and `--understand FILE` measure other sets of the same shape
 * (paths from the project root, or absolute).
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseCorpus } from "../intents/corpus.ts";
import { CONTENT_FILES, readJson } from "../src/app/content.ts";
import { createCore } from "../src/app/services.ts";
import { loadConfig } from "../src/config/index.ts";
import { FAQ_IDS } from "../src/core/faq/index.ts";
import { createBayesBaseline } from "./eval/baseline.ts";
import { EVAL_FILES, loadFaqEval, loadUnderstandEval } from "./eval/datasets.ts";
import { evaluateFaq } from "./eval/faq-eval.ts";
import { renderFaqReport } from "./eval/render-faq.ts";
import { renderUnderstandReport } from "./eval/render-understand.ts";
import { evaluateUnderstanding } from "./eval/understand-eval.ts";

const { values: options } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    faq: { type: "string" },
    understand: { type: "string" },
  },
});

const core = createCore(loadConfig({}));
const baseline = createBayesBaseline(parseCorpus(readJson(CONTENT_FILES.corpus)));

const faq = evaluateFaq(
  (question) => core.askFaq(question),
  loadFaqEval(options.faq).questions,
  FAQ_IDS,
);
const understandOn = (path: string) =>
  evaluateUnderstanding(
    (input) => core.understander.understand(input),
    loadUnderstandEval(path).cases,
    baseline,
  );
const understanding = understandOn(options.understand ?? EVAL_FILES.understand);
// The fresh sets are reported beside the first unless another set was asked for.
const freshOn = (path: string) =>
  options.understand || !existsSync(new URL(`../${path}`, import.meta.url))
    ? undefined
    : understandOn(path);
const fresh = freshOn(EVAL_FILES.understandFresh);
const fresh2 = freshOn(EVAL_FILES.understandFresh2);
const fresh3 = freshOn(EVAL_FILES.understandFresh3);

if (options.json) {
  console.log(JSON.stringify({ faq, understanding, fresh, fresh2, fresh3 }, null, 2));
} else {
  const reports = [renderFaqReport(faq), renderUnderstandReport(understanding)];
  if (fresh) reports.push(renderUnderstandReport(fresh, "second held-out"));
  if (fresh2) reports.push(renderUnderstandReport(fresh2, "third held-out"));
  if (fresh3) reports.push(renderUnderstandReport(fresh3, "fourth held-out"));
  console.log(reports.join("\n\n"));
}
