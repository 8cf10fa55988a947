/**
 * A named person who has left, said against an IT count the advisor holds: "scratch that, Dave
 * left", "Priya has just resigned", "Tom's gone". Used by profile-corrections.ts.
 */
import { isNameAt } from "./person-names.ts";
import { lowerAt } from "./tokens.ts";
import type { Token } from "./tokens.ts";

/** Words that may follow a leaver's name: "Dave has now left", "Dave finally quit". */
const LEAVER_GAP = new Set(["has", "had", "just", "finally", "actually", "now", "since", "'s"]);
const LEAVE_VERBS = new Set(["left", "quit", "resigned", "retired", "gone"]);
/** After "left": somewhere or something left behind, not the job. */
const NOT_JOB_AFTER = new Set(
  `early late at for his her a an it me us them on out home work office building room door
  meeting call car keys laptop phone message note voicemail comment review`.split(/\s+/),
);
/** Capitalised words that are not someone who could leave. */
const NOT_LEAVERS = new Set([
  "everyone",
  "everybody",
  "nobody",
  "someone",
  "somebody",
  "people",
  "staff",
  "they",
  "we",
  "who",
  "that",
  "this",
  "which",
  "customers",
  "users",
  "clients",
]);

/**
 * "Dave left", "Priya has just resigned", "Dave's gone": a named person who has left, with the
 * lower-case words before the name and from it on, or null.
 */
export function namedLeaver(tokens: readonly Token[]): { before: string; after: string } | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    let name = isNameAt(tokens, i) && !NOT_LEAVERS.has(token.lower);
    let j = i + 1;
    if (!name && token.lower.endsWith("'s") && token.text.length > 3) {
      const bare = token.text.slice(0, -2);
      name = isNameAt([{ ...token, text: bare, lower: bare.toLowerCase() }], 0);
    }
    if (!name) continue;
    while (j < i + 4 && LEAVER_GAP.has(lowerAt(tokens, j))) j += 1;
    const verb = lowerAt(tokens, j);
    if (!LEAVE_VERBS.has(verb)) continue;
    if (verb === "gone" && j === i + 1 && !token.lower.endsWith("'s")) continue;
    // "Dave left early", "Dave left his laptop on the train": leaving the room, not the job.
    const next = lowerAt(tokens, j + 1);
    if (NOT_JOB_AFTER.has(next) || (next === "the" && NOT_JOB_AFTER.has(lowerAt(tokens, j + 2))))
      continue;
    const words = tokens.map((t) => t.lower);
    return { before: words.slice(0, i).join(" ") + " ", after: words.slice(i).join(" ") };
  }
  return null;
}
