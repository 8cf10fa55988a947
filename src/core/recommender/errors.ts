/** The thresholds or rule table given to `createRecommender` cannot work. */
export class RecommenderConfigError extends Error {
  override readonly name = "RecommenderConfigError";
}
