import type { ProfilePath } from "../src/core/profile/index.ts";
import type { Copy } from "./copy.ts";

const WHY =
  /^\W*(?:but |and |ok,? |so )?(?:why|how come|what(?:'s| is| do you need)?(?: (?:that|this|it))? for)\b.{0,40}\b(?:need|needs|want|ask|asking|matter|matters|important|relevant|know|help|for)\b|^\W*why\W*$|^\W*why (?:do|does|would|should) (?:you|that|it)\b/i;

/** "why do you need that?", "why does that matter?", "what's that for?": a question about the question. */
export function asksWhy(text: string): boolean {
  return text.length <= 80 && WHY.test(text);
}

/** Why the advisor asks about a profile field, in a sentence. */
export function whyWeAsk(path: ProfilePath, copy: Copy): string {
  switch (path) {
    case "employees":
      return copy("why.employees");
    case "itStaff":
      return copy("why.itStaff");
    case "skillsGaps":
      return copy("why.skillsGaps");
    case "burnoutRisk":
      return copy("why.burnoutRisk");
    default:
      return copy("why.signal");
  }
}
