import { describe, expect, it } from "vitest";
import { calibrationBins, expectedCalibrationError } from "../../../scripts/eval/calibration.ts";
import {
  accuracy,
  confusionMatrix,
  macroF1,
  perClassMetrics,
  precisionRecallF1,
  ratio,
} from "../../../scripts/eval/metrics.ts";

/** expected a a a b b c / predicted a a b b c c, worked by hand below. */
const pairs = [
  { expected: "a", predicted: "a" },
  { expected: "a", predicted: "a" },
  { expected: "a", predicted: "b" },
  { expected: "b", predicted: "b" },
  { expected: "b", predicted: "c" },
  { expected: "c", predicted: "c" },
];

describe("classification metrics", () => {
  it("divides safely", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 0)).toBeNull();
  });

  it("scores precision, recall and F1 from counts, 0 where undefined", () => {
    expect(precisionRecallF1({ truePositives: 3, falsePositives: 1, falseNegatives: 3 })).toEqual({
      precision: 0.75,
      recall: 0.5,
      f1: 0.6,
    });
    expect(precisionRecallF1({ truePositives: 0, falsePositives: 0, falseNegatives: 2 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it("computes accuracy", () => {
    expect(accuracy(pairs)).toBeCloseTo(4 / 6, 10);
    expect(accuracy([])).toBeNull();
  });

  it("computes one-vs-rest metrics per label", () => {
    const rows = perClassMetrics(pairs);
    // a: tp 2, fp 0, fn 1. b: tp 1, fp 1, fn 1. c: tp 1, fp 1, fn 0.
    expect(rows.map((row) => row.label)).toEqual(["a", "b", "c"]);
    expect(rows.map((row) => [row.truePositives, row.falsePositives, row.falseNegatives])).toEqual([
      [2, 0, 1],
      [1, 1, 1],
      [1, 1, 0],
    ]);
    expect(rows.map((row) => row.support)).toEqual([3, 2, 1]);
    const [a, b, c] = rows;
    expect(a?.precision).toBe(1);
    expect(a?.recall).toBeCloseTo(2 / 3, 10);
    expect(a?.f1).toBeCloseTo(0.8, 10);
    expect(b?.f1).toBeCloseTo(0.5, 10);
    expect(c?.precision).toBe(0.5);
    expect(c?.recall).toBe(1);
    expect(c?.f1).toBeCloseTo(2 / 3, 10);
  });

  it("averages F1 over labels without weighting", () => {
    expect(macroF1(pairs)).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 10);
    // A label that is neither expected nor predicted is left out, even when asked for...
    expect(macroF1(pairs, ["a", "b", "c", "d"])).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 10);
    // ...but one that is predicted and never expected counts, with F1 0.
    const wrong = [...pairs, { expected: "a", predicted: "d" }];
    // a: tp 2, fp 0, fn 2, so F1 2/3; d: F1 0.
    expect(macroF1(wrong, ["a", "b", "c", "d"])).toBeCloseTo((2 / 3 + 0.5 + 2 / 3 + 0) / 4, 10);
    expect(macroF1([{ expected: "x", predicted: "x" }])).toBe(1);
  });

  it("counts expected rows against predicted columns", () => {
    expect(confusionMatrix(pairs)).toEqual({
      labels: ["a", "b", "c"],
      matrix: [
        [2, 1, 0],
        [0, 1, 1],
        [0, 0, 1],
      ],
    });
    expect(confusionMatrix(pairs, ["c", "a"]).matrix).toEqual([
      [1, 0],
      [0, 2],
    ]);
  });
});

describe("expected calibration error", () => {
  const predictions = [
    { confidence: 0.9, correct: true },
    { confidence: 1, correct: true },
    { confidence: 0.95, correct: false },
    { confidence: 0.15, correct: false },
  ];

  it("puts confidences in equal-width bins, 1.0 in the last", () => {
    const bins = calibrationBins(predictions);
    expect(bins).toHaveLength(10);
    expect(bins.map((bin) => bin.count)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(bins[9]?.meanConfidence).toBeCloseTo(0.95, 10);
    expect(bins[9]?.accuracy).toBeCloseTo(2 / 3, 10);
    expect(bins[0]?.accuracy).toBeNull();
  });

  it("weights each bin's gap by its share of predictions", () => {
    // 3/4 * |2/3 - 0.95| + 1/4 * |0 - 0.15| = 0.2125 + 0.0375
    expect(expectedCalibrationError(predictions)).toBeCloseTo(0.25, 10);
  });

  it("is 0 when confidence matches accuracy, and undefined for nothing", () => {
    const even = [
      { confidence: 0.5, correct: true },
      { confidence: 0.5, correct: false },
    ];
    expect(expectedCalibrationError(even)).toBeCloseTo(0, 10);
    expect(expectedCalibrationError([])).toBeNull();
  });
});
