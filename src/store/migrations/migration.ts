/** One schema change: applied once, in version order, inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  /** Statements run in order; one statement per string (PGlite's prepared protocol needs that). */
  statements: readonly string[];
}
