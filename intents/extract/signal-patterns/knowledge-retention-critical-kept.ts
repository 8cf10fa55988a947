import { type SignalRule } from "./rule.ts";

/** A word nearby that says someone knows the systems: "knows how", "in my head". */
const KNOWING_NEARBY =
  /\b(?:knows?|know how|knowledge|understands?|in (?:my|his|her|their) heads?|hang together|inside out|written down|documented|heads|how we do things)\b/;
/** A first name: "if Ian walked out", not "if it went" or "if we left". */
const NAMED = String.raw`(?!(?:it|this|that|these|those|we|they|you|the|everything|anything|something|things|power|internet|wifi|network|server|system|anyone|someone|somebody|anybody)\b)[a-z]+`;
/** Stuck without them: "properly stuck", "stuffed", "the factory would stop". */
const STUCK = String.raw`(?:stuck|stuffed|lost|screwed|snookered|sunk|in (?:real |big |serious )?trouble|in the dark|clueless|at a standstill|(?:would |will )?(?:stop|grind to a halt|fall apart))`;

/** The team's knowledge must stay: "that knowledge has to stay in the building", "none of it is written down". */
export const KNOWLEDGE_RETENTION_KEPT: readonly SignalRule[] = [
  {
    // "that knowledge has to stay in the building", "their know-how must stay in house".
    value: true,
    pattern:
      /\b(?:that|this|the|their|his|her|our|all that|all of that|all the) (?:knowledge|know how|expertise|experience|understanding)(?: [a-z]+){0,3}? (?:has to|must|needs to|should|has got to|got to) (?:stay|remain|be kept|be retained|be held|live) (?:in the building|in house|inside|internal|with us|here|in the (?:business|company|firm|team|organisation))\b/,
  },
  {
    // "it's all up here in my head and none of it is written down".
    value: true,
    pattern:
      /\b(?:all|everything|it all)(?: [a-z]+){0,3}? in (?:my|his|her|their|one person's) heads?\b/,
    with: [
      /\b(?:none of it|nothing|not|none of that|very little|hardly any of it) (?:is |has been |was )?(?:ever )?(?:written down|documented)\b|\bundocumented\b/,
    ],
  },
  {
    // "I'm the only one who knows the ERP ... if I left they'd be properly stuck".
    value: true,
    allowIf: true,
    fixed: true,
    pattern: new RegExp(
      String.raw`\bif (?:i|he|she|(?:that|the|their|his|her|our) (?:know how|knowledge|expertise)|${NAMED}) (?:ever )?(?:left|went|leave|quit|walked(?: out)?|got hit by a bus|was hit by a bus|were hit by a bus|retired|disappeared)(?: [a-z]+){0,3}?,? (?:they|we|the (?:whole )?[a-z]+|everyone|everything)(?: would| will| would be| will be| are| is)? (?:properly |completely |totally |really |well |absolutely )?${STUCK}\b`,
    ),
    near: { words: 25, pattern: KNOWING_NEARBY },
  },
  {
    // "lose them and we basically lose the business", "lose him and we're sunk".
    value: true,
    fixed: true,
    pattern: new RegExp(
      String.raw`\blose (?:them|him|her|that|it|that knowledge|that know how)(?: now)?,? and (?:we|the business|the company) (?:basically |would |will |just )?(?:lose (?:the business|everything|the lot)|(?:are|would be|will be) ${STUCK})\b`,
    ),
    near: { words: 25, pattern: KNOWING_NEARBY },
  },
  {
    // "anyone could pick up our setup in an afternoon", "if someone left tomorrow we'd be fine".
    value: false,
    fixed: true,
    allowIf: true,
    pattern:
      /\b(?:anyone|anybody|any (?:decent )?(?:tech|engineer|msp|provider)) could (?:pick up|take over|learn) (?:our |the |this )?(?:setup|set up|systems?|it|kit)\b|\bknowledge (?:is not|is not really|is never) (?:a|much of a) (?:concern|worry)\b|\bif (?:someone|anyone|they|he|she) left(?: tomorrow)?,? we (?:would|will) be (?:fine|ok|okay|alright)\b/,
  },
];
