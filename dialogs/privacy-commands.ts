/** Recognises the privacy commands, which work at any moment. Pure. */
export type PrivacyCommand = "show_data" | "delete_data";

const DELETE =
  /\b(delete|erase|remove|wipe|forget|clear|destroy)\b.{0,20}\b(my|our|all (of )?(my|the))\b.{0,12}\b(data|details|info|information|answers|profile|personal)|\bforget (about )?me\b|\bright to (be forgotten|erasure)\b|\bdelete (everything|it all)\b/i;
const SHOW =
  /\bwhat (do|did|else do) you (know|have|hold|store|keep|remember)\b.{0,15}\b(about )?(me|us)\b|\bwhat (data|info|information|details) (do you|have you)\b|\bshow (me )?(my|our) (data|answers|details|profile)\b|\bwhat have i told you\b/i;

export function privacyCommandOf(text: string): PrivacyCommand | null {
  if (DELETE.test(text)) return "delete_data";
  if (SHOW.test(text)) return "show_data";
  return null;
}
