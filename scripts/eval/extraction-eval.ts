import { PROFILE_PATHS } from "../../src/core/profile/index.ts";
import {
  tallyFields,
  sumCounts,
  type FactComparison,
  type FactValue,
  type Facts,
  type FieldCounts,
} from "./facts.ts";
import { ratio } from "./metrics.ts";
import { judge, type Judged } from "./targets.ts";

/** One case's expected and extracted facts with their comparison. */
export interface ExtractionOutcome {
  text: string;
  expected: Facts;
  extracted: Facts;
  comparison: FactComparison;
}

/** Precision and recall for one field, or a group row such as "all signals". */
export interface FieldRow {
  field: string;
  /** Facts the cases state for this field. */
  expected: number;
  /** Facts the understander produced for this field. */
  extracted: number;
  correct: number;
  precision: Judged;
  recall: Judged;
}

/** A fact the understander produced for a field the message never mentioned. */
export interface FalseExtraction {
  text: string;
  field: string;
  value: FactValue;
}

/** A stated fact heard with the wrong value or not heard at all (`got` absent). */
export interface FactError {
  text: string;
  field: string;
  expected: FactValue;
  got?: FactValue;
}

/** Extraction results over every case. */
export interface ExtractionReport {
  fields: FieldRow[];
  falseExtractions: {
    count: number;
    /** False extractions per case evaluated. */
    perCase: Judged;
    /** False extractions per fact extracted. */
    perExtracted: Judged;
    list: FalseExtraction[];
  };
  errors: FactError[];
}

function fieldRow(field: string, counts: FieldCounts): FieldRow {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  return {
    field,
    expected: tp + fn,
    extracted: tp + fp,
    correct: tp,
    precision: judge(ratio(tp, tp + fp), "fieldPrecision"),
    recall: judge(ratio(tp, tp + fn), "fieldRecall"),
  };
}

const isSignal = (field: string): boolean => field.startsWith("signals.");

/** Per-field precision and recall, then the signals and all fields together, and the lists. */
export function summariseExtraction(outcomes: readonly ExtractionOutcome[]): ExtractionReport {
  const counts = tallyFields(outcomes.map((outcome) => outcome.comparison));
  const known: readonly string[] = PROFILE_PATHS;
  const extra = [...counts.keys()].filter((field) => !known.includes(field)).sort();
  const empty: FieldCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const fields = [
    ...[...known, ...extra].map((field) => fieldRow(field, counts.get(field) ?? empty)),
    fieldRow("all signals", sumCounts(counts, isSignal)),
    fieldRow(
      "all fields",
      sumCounts(counts, () => true),
    ),
  ];
  const list = outcomes.flatMap(({ text, extracted, comparison }) =>
    comparison.invented.map((field) => ({ text, field, value: extracted[field] ?? null })),
  );
  const extractedTotal = outcomes.reduce(
    (sum, outcome) => sum + Object.keys(outcome.extracted).length,
    0,
  );
  const errors = outcomes.flatMap(({ text, expected, extracted, comparison }) => [
    ...comparison.wrong.map((field) => ({
      text,
      field,
      expected: expected[field] ?? null,
      got: extracted[field] ?? null,
    })),
    ...comparison.missed.map((field) => ({ text, field, expected: expected[field] ?? null })),
  ]);
  return {
    fields,
    falseExtractions: {
      count: list.length,
      perCase: judge(ratio(list.length, outcomes.length), "falseExtractions"),
      perExtracted: judge(ratio(list.length, extractedTotal), "falseExtractions"),
      list,
    },
    errors,
  };
}
