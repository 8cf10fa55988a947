/** @module intent classifier: which of the advisor's intents a message expresses, with calibrated confidence. */
export { createIntentClassifier } from "./create-intent-classifier.ts";
export type { IntentClassifier, IntentClassifierOptions } from "./create-intent-classifier.ts";
export type { DecisionRule, IntentClassification, RankedIntent } from "./decide.ts";
export { CLASSIFIER_DEFAULTS, MODEL_SETTINGS } from "./settings.ts";

// Model selection and the saved model (scripts/intent-model-select.ts, scripts/intent-model-build.ts).
export { decide } from "./decide.ts";
export { toFeatures } from "./features.ts";
export { softmax, type Example, type ScoringModel, type Trainer } from "./model.ts";
export { crossValidate, stratifiedFolds, type CrossValidationOptions } from "./cross-validate.ts";
export { expectedCalibrationError, fitTemperature, negativeLogLikelihood } from "./calibration.ts";
export { fitSoftmaxRegression, trainSoftmaxRegression } from "./softmax-regression.ts";
export { trainNaturalBayes, trainNaturalLogisticRegression } from "./natural-models.ts";
export {
  IntentModelError,
  IntentModelSchema,
  modelKey,
  toIntentModel,
  type IntentModel,
} from "./prebuilt-model.ts";
export { toExamples } from "./training-set.ts";
