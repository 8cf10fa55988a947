import type { FaqEntry, FaqId } from "./schema.ts";
import {
  addInto,
  cosine,
  scale,
  faqFeatures,
  normalise,
  termCounts,
  weigh,
  type SparseVector,
} from "./vectors.ts";

/** How a question is scored and when nothing is a good enough match. */
export interface RetrieverSettings {
  /** Weight of the best single phrasing against the entry's whole vocabulary. */
  phrasingWeight: number;
  /** Below this score nothing answers the question. */
  minScore: number;
  /** Entries within this score of the best are offered as suggestions. */
  suggestionGap: number;
  /**
   * Document frequency assumed for a word no entry uses: lower makes unknown words weigh more,
   * so questions mostly about other things score lower.
   */
  unseenDocumentFrequency: number;
  /** How much an entry's answer text adds to its vocabulary, relative to its phrasings. */
  answerWeight: number;
  /**
   * A question is declined when an example that no entry answers is closer to it than the best
   * entry's closest phrasing by more than this.
   */
  declineMargin: number;
}

export const DEFAULT_RETRIEVER_SETTINGS: RetrieverSettings = {
  phrasingWeight: 0.3,
  minScore: 0.1,
  suggestionGap: 0.06,
  unseenDocumentFrequency: 6,
  answerWeight: 1,
  declineMargin: 0.15,
};

export interface ScoredEntry {
  id: FaqId;
  score: number;
  /** Similarity to the entry's closest single phrasing, 0..1. */
  nearest: number;
}

export interface Ranking {
  /** Entries best first, with scores in 0..1. */
  entries: ScoredEntry[];
  /** Similarity to the closest question that no entry answers, 0..1 (0 without such examples). */
  notAnswered: number;
}

export interface Retriever {
  rank(question: string): Ranking;
}

/**
 * TF-IDF over every phrasing of every entry; IDF counts entries, so shared words weigh little.
 * `notAnswered` holds questions near the topics that no entry answers ("are you hiring?"); they
 * are weighed with the same IDF but do not change it.
 */
export function createRetriever(
  entries: readonly FaqEntry[],
  settings: RetrieverSettings = DEFAULT_RETRIEVER_SETTINGS,
  notAnswered: readonly string[] = [],
  exclude?: ReadonlySet<string>,
): Retriever {
  const docs = entries.map((entry) => ({
    id: entry.id,
    phrasings: [entry.question, ...entry.phrasings]
      .filter((text) => !exclude?.has(text))
      .map((text) => termCounts(faqFeatures(text))),
    answer: termCounts(faqFeatures(entry.answer)),
  }));

  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const counts of [...doc.phrasings, doc.answer]) {
      for (const feature of counts.keys()) seen.add(feature);
    }
    for (const feature of seen)
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [feature, df] of documentFrequency) idf.set(feature, Math.log(1 + docs.length / df));

  const unseenIdf = Math.log(1 + docs.length / settings.unseenDocumentFrequency);
  const index = docs.map((doc) => {
    const phrasings = doc.phrasings.map((counts) => weigh(counts, idf));
    const centroid: SparseVector = new Map();
    for (const vector of phrasings) addInto(centroid, vector);
    // The answer's words count as much as a quarter of the phrasings together.
    addInto(
      centroid,
      scale(weigh(doc.answer, idf), (settings.answerWeight * phrasings.length) / 4),
    );
    return { id: doc.id, phrasings, centroid: normalise(centroid) };
  });

  const declined = notAnswered
    .filter((text) => !exclude?.has(text))
    .map((text) => weigh(termCounts(faqFeatures(text)), idf, unseenIdf));
  const nearestOf = (query: SparseVector, vectors: readonly SparseVector[]): number =>
    Math.max(0, ...vectors.map((vector) => cosine(query, vector)));

  return {
    rank(question) {
      const query = weigh(termCounts(faqFeatures(question)), idf, unseenIdf);
      if (query.size === 0) return { entries: [], notAnswered: 0 };
      const ranked = index
        .map(({ id, phrasings, centroid }) => {
          const nearest = nearestOf(query, phrasings);
          const overall = cosine(query, centroid);
          return {
            id,
            score: settings.phrasingWeight * nearest + (1 - settings.phrasingWeight) * overall,
            nearest,
          };
        })
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      return { entries: ranked, notAnswered: nearestOf(query, declined) };
    },
  };
}
