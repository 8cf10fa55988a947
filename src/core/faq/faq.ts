import {
  createRetriever,
  DEFAULT_RETRIEVER_SETTINGS,
  type RetrieverSettings,
  type ScoredEntry,
} from "./retriever.ts";
import type { FaqAnswer, FaqContent, FaqEntry, FaqId } from "./schema.ts";

export interface FaqOptions {
  content: FaqContent;
  settings?: Partial<RetrieverSettings>;
}

/** The FAQ knowledge: answers a free-text question, or says nothing answers it. */
export interface Faq {
  ask(question: string): FaqAnswer;
  /** The best match and its confidence without the answer text (used by understanding). */
  match(question: string): { id: FaqId; confidence: number } | null;
  entry(id: FaqId): FaqEntry;
  readonly entries: readonly FaqEntry[];
}

/** Maps a retrieval score and its lead over the runner-up onto 0..1. */
function toConfidence(
  best: ScoredEntry,
  runnerUp: ScoredEntry | undefined,
  minScore: number,
): number {
  const lead = best.score - (runnerUp?.score ?? 0);
  const strength = Math.min(1, best.score / (4 * minScore));
  return Math.round(Math.min(0.99, 0.35 + 0.45 * strength + 1.5 * lead) * 1000) / 1000;
}

export function createFaq({ content, settings }: FaqOptions): Faq {
  const options = { ...DEFAULT_RETRIEVER_SETTINGS, ...settings };
  const retriever = createRetriever(content.entries, options, content.notAnswered);
  const byId = new Map(content.entries.map((entry) => [entry.id, entry]));
  const entry = (id: FaqId): FaqEntry => byId.get(id) as FaqEntry;

  /**
   * Entries ranked best first, and whether any answers: not when nothing scores `minScore`, nor
   * when a question no entry answers is clearly closer than the best entry's phrasings.
   */
  function answerable(question: string): { ranked: ScoredEntry[]; answered: boolean } {
    const { entries: ranked, notAnswered } = retriever.rank(question);
    const best = ranked[0];
    const answered =
      best !== undefined &&
      best.score >= options.minScore &&
      notAnswered <= best.nearest + options.declineMargin;
    return { ranked, answered };
  }

  function match(question: string) {
    const { ranked, answered } = answerable(question);
    const [best, runnerUp] = ranked;
    if (!answered || !best) return null;
    return { best, runnerUp, confidence: toConfidence(best, runnerUp, options.minScore) };
  }

  return {
    entries: content.entries,
    entry,
    match(question) {
      const found = match(question);
      return found ? { id: found.best.id, confidence: found.confidence } : null;
    },
    ask(question) {
      const { ranked, answered } = answerable(question);
      const best = ranked[0];
      if (!answered || !best) {
        const near = ranked.filter((scored) => scored.score >= options.minScore * 0.6).slice(0, 3);
        return {
          id: null,
          confidence: 0,
          answer: null,
          suggestions: near.map(({ id }) => ({ id, question: entry(id).question })),
        };
      }
      const close = ranked
        .slice(1, 4)
        .filter((scored) => best.score - scored.score <= options.suggestionGap);
      return {
        id: best.id,
        confidence: toConfidence(best, ranked[1], options.minScore),
        answer: entry(best.id).answer,
        suggestions: close.map(({ id }) => ({ id, question: entry(id).question })),
      };
    },
  };
}
