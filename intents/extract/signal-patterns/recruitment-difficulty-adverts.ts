import { type SignalRule } from "./rule.ts";

/** Hiring talk or IT staff in the same sentence, so "we can't find any" is about people. */
const HIRING_NEARBY =
  /\b(?:it (?:staff|people|person|guys?|techs?|engineers?|support)|engineers?|techs?|techies|sysadmins|technicians?|jobs?|posts?|hir\w*|recruit\w*|roles?|vacanc\w*|advert\w*|ads?|applicants?|candidates?|interview\w*)\b/;

/** Adverts that brought nobody worth having: "got nobody worth interviewing", "we just can't find any". */
export const RECRUITMENT_ADVERTS: readonly SignalRule[] = [
  {
    // "Got nobody worth interviewing", "heaps of no-hopers applied, nobody we'd hire".
    value: true,
    fixed: true,
    pattern:
      /\b(?:got|had|found|there was|there were|we saw) (?:nobody|no one|noone|not one|not a single (?:one|person|candidate|applicant)) (?:worth (?:interviewing|hiring|a second look|talking to|considering|shortlisting)|suitable|decent|good enough|any good|we (?:would|could) (?:hire|employ|take on|touch))\b|\b(?:nobody|no one|noone) (?:we would|we could|worth) (?:hire|hiring|employ|employing|take on|taking on|touch|consider|interviewing|shortlisting)\b|\bno hopers (?:applied|apply|turned up|came through)\b/,
    near: { words: 20, pattern: HIRING_NEARBY },
  },
  {
    // "it's not that we can't afford IT staff, we just can't find any".
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|can not|could not|never) (?:seem to |manage to )?(?:find|get) (?:any|one|them|anyone|any of them|a single one)(?= *(?:$|[,.;!?]| (?:anywhere|at all|for love nor money|round here|locally|these days|for the money)\b))/,
    with: [HIRING_NEARBY],
    notAfter: /\bif\b/,
  },
];
