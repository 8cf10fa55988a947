import { type SignalRule } from "./rule.ts";

/** A word nearby that says someone knows the systems: "knows how", "in my head". */
const KNOWING_NEARBY =
  /\b(?:knows?|know how|knowledge|understands?|in (?:my|his|her|their) heads?|hang together|inside out|written down|documented)\b/;
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
      String.raw`\bif (?:i|he|she) (?:ever )?(?:left|went|leave|quit|got hit by a bus|was hit by a bus|were hit by a bus|retired|disappeared)(?: [a-z]+){0,3}?,? (?:they|we|the business|the company|the factory|the office|the place|everyone|everything)(?: would| will| would be| will be| are| is)? (?:properly |completely |totally |really |well |absolutely )?${STUCK}\b`,
    ),
    near: { words: 25, pattern: KNOWING_NEARBY },
  },
];
