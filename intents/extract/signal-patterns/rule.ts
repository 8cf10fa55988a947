/** One way of saying something about a signal, matched against one sentence of prepared text. */
export interface SignalRule {
  /** The signal's value when the pattern matches; a named group `neg` in the pattern flips it. */
  readonly value: boolean;
  readonly pattern: RegExp;
  /** Each of these must also match somewhere in the sentence (co-occurrence, any order). */
  readonly with?: readonly RegExp[];
  /** The sentence must not match this. */
  readonly unless?: RegExp;
  /** This must match within `words` words either side of the match ("they're all very good" near "it staff"). */
  readonly near?: { readonly pattern: RegExp; readonly words: number };
  /** The clause before the match must not match this ("we need a good team" is no praise). */
  readonly notAfter?: RegExp;
  /** A supposition ("if he leaves", "he might retire") is not the fact. */
  readonly factual?: boolean;
  /**
   * Counts after "if" too. By default "if we outsource everything" states nothing; a few
   * phrases are suppositions by nature ("if she gets hit by a bus").
   */
  readonly allowIf?: boolean;
  /** Written with its own negation: a "not" before it is not applied again. */
  readonly fixed?: boolean;
  /** A "not" before it makes the sentence say nothing, rather than the opposite. */
  readonly dropWhenNegated?: boolean;
}

/** The rules for one signal; `answers` apply only just after the advisor asked about it. */
export interface SignalPatterns {
  readonly rules: readonly SignalRule[];
  readonly answers?: readonly SignalRule[];
}

/** Builds a pattern from raw source, so shared fragments (see `fragments.ts`) stay in one place. */
export const pattern = (source: TemplateStringsArray, ...parts: string[]): RegExp =>
  new RegExp(String.raw(source, ...parts));
