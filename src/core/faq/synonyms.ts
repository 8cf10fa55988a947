/**
 * Phrases visitors use for the same idea, rewritten to one word before matching, so "outsourced
 * IT" finds the answers written about managed IT. Longest phrases first; whole words only.
 */
export const FAQ_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(fully[ -]?managed|outsourc\w*|hand(ing)? (it )?(all )?over|msp\w*)\b/g, "managed"],
  [/\b(co[ -]?manag\w*|comanag\w*|hybrid (it|support|model)|shared (it|support))\b/g, "comanaged"],
  [/\b(in[ -]?house|internal|our own|on staff)\b/g, "internal"],
  [/\b(help ?desk|service ?desk|support desk|first[ -]line)\b/g, "servicedesk"],
  [/\b(24 ?[/x] ?7|out[ -]of[ -]hours|after[ -]hours|overnight|bank holidays?)\b/g, "afterhours"],
  [
    /\b(how much (?:does|do|is|are|will|would|for|per|money)|pric\w*|costs?|costing|expensive|fees?|per user)\b/g,
    "cost",
  ],
  [
    /\b(slas?|mttr|mean time to (?:repair|resolve|resolution|respond)|time to fix|fix times?|service levels?|response times?|how (?:fast|quickly) (?:do|does|will|would|can) (?:you|they|someone) (?:respond|reply|answer|get back|pick up|fix)\w*|turnaround)\b/g,
    "sla",
  ],
  [
    /\b(contracts?|tie[d]?[ -]in|lock(ed)?[ -]in|notice period|minimum term|cancel\w*)\b/g,
    "contract",
  ],
  [/\b(on-?board\w*|set[ -]?up period|transition period)\b/g, "onboarding"],
  [
    /\b(connectwise|autotask|halo ?psa|ninja ?(?:one|rmm)|kaseya|datto rmm|n-?able|atera|it glue|hudu|servicenow|zendesk|freshdesk|freshservice)\b/g,
    "rmm",
  ],
  [
    /\b(audit\w* (?:of )?(?:our|my|the|your) (?:setup|set-up|systems?|environment|estate|infrastructure|network|it)|audit (?:first|before)|it health ?check)\b/g,
    "assessment",
  ],
  [/\b(cyber essentials|iso ?27001|gdpr|audits?|soc ?2|pci|regulat\w*)\b/g, "compliance"],
  [
    /\b(burn(ed|t)?[ -]?out|overwhelm\w*|drowning|overload\w*|stretched|swamped|exhausted|breaking point|\d+ hour weeks?)\b/g,
    "burnout",
  ],
  [/\b(recruit\w*|hir(e|ing)|skills? shortage|talent|vacanc\w*)\b/g, "recruit"],
  [
    /\b(speak|talk|chat) (to|with) (someone|somebody|a person|a human|an expert|a consultant|sales)\b/g,
    "contact",
  ],
  [
    /\b(book(ing)? a (call|meeting|demo)|get in touch|contact (you|details)|phone number|call back)\b/g,
    "contact",
  ],
];

export function applySynonyms(normalisedText: string): string {
  let text = normalisedText;
  for (const [pattern, replacement] of FAQ_SYNONYMS) text = text.replace(pattern, replacement);
  return text;
}
