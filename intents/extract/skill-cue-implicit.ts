import type { SkillCue } from "./skill-cues.ts";

/** Whose nerve fails: "nobody dares reboot it", "we're all scared to log into them". */
const WARY = String.raw`(?:scared|afraid|terrified|frightened|nervous|petrified|wary)`;
const TOUCH = String.raw`(?:touch(?:ing)?|log(?:ging)? (?:in|into|on|onto)|reboot(?:ing)?|restart(?:ing)?|go(?:ing)? near|chang(?:e|ing)|updat(?:e|ing)|upgrad(?:e|ing)|patch(?:ing)?|open(?:ing)?|poke|poking)`;

/** How often a part-time specialist is wanted: "a few days a month", "a day a fortnight". */
const NOW_AND_THEN = String.raw`(?:(?:a|one) (?:day|morning|afternoon) a (?:week|fortnight|month|quarter)|(?:a few|a couple of|a|one|two|three|four|[0-9]+) (?:days?|hours?) a (?:week|fortnight|month|quarter)|now and (?:then|again)|every so often|once in a while|on an ad hoc basis|ad hoc)`;

/**
 * Gaps said without saying "gap": the visitor googles the fixes, dreads the renewal, nobody dares
 * log in, they learn on the fly, pay a contractor for it, want a specialist a few days a month,
 * or something falls over every week. Beside {@link SKILL_CUES}; against prepared text.
 */
export const IMPLICIT_CUES: readonly SkillCue[] = [
  // "i spend half my week googling sharepoint permissions", "had to google what EDR even is";
  // "googling backup providers" is shopping, and "on google" or "google workspace" a product.
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\bgoogl(?:ed|ing)\b(?! (?:for |around )?(?:[a-z0-9]+ ){0,2}?(?:providers?|companies|firms|msps?|suppliers|partners|options|prices|costs|reviews|you)\b)|(?<!\b(?:on|via|from|through|in|off|use|using|uses|with|of|for) )\bgoogles?\b(?! (?:workspace|cloud|drive|docs|sheets|meet|apps|suite|ads|analytics|reviews?|search|maps|chrome|account|mail|g suite|business)\b)/,
  },
  // "we scraped through last year", "nobody dares reboot it"; dreading an audit is nerves, not a gap.
  {
    kind: "gap",
    fixed: true,
    pattern: new RegExp(
      String.raw`\b(?:scraped|scraping|scrape|scrapes) (?:through|by)\b|\b${WARY} (?:to|of) ${TOUCH}\b|\b(?:nobody|no one|noone|none of us|none of them) (?:dares?|dared|will|would|wants? to|wanted to)(?: be the one to)? ${TOUCH}\b|\b(?:dare not|daren't|do not dare|would not dare) ${TOUCH}\b`,
    ),
  },
  // "learning exchange on the fly", "teaching herself as she goes", "we're basically guessing".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\blearn(?:ing|s|t|ed)? (?:[a-z0-9]+ ){0,2}?on the fly\b|\b(?:learning|teaching (?:herself|himself|myself|ourselves|themselves)|picking (?:it|things) up|working it out) as (?:i|we|he|she|they) go(?:es)?\b|\b(?:we are|i am|they are|he is|she is) (?:basically |just |mostly |really |pretty much )?(?:guessing|flying blind)\b|\b(?:he|she|they|i) (?:just )?go(?:es)? (?:pale|white|blank|quiet)\b/,
  },
  // "we pay a freelancer for anything cloud related", "it all goes to a contractor".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:pay|pays|paying|bring in|brings in|call in|calls in|get in|gets in|rely on|relies on|ring|rings|lean on) (?:a |an |the |our |some |outside )?(?:freelancers?|contractors?|consultants?|outside firms?|third part(?:y|ies)|agency|agencies|(?:[a-z]+ )?company)\b(?= (?:for|to|whenever|every|when|about)\b)|\b(?:goes|go|farmed out|passed|sent|handed) (?:out |over |off )?to (?:a |an |the |our )?(?:freelancer|contractor|consultant|third party|agency)\b/,
  },
  // "backup jobs fail and they can't work out why", "no system for logging any of them",
  // "can't start until we've got someone who understands networking".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:cannot|could not|can never|never|nobody can|nobody could|no one can|no one could) (?:seem to |quite )?(?:work out|figure out|get to the bottom of|pin down) (?:why|how|what)\b|\bno (?:proper |real )?(?:system|process|way|tool) (?:for|of|to) (?:logging|tracking|recording|managing)\b|\b(?:until|till) (?:we|i) (?:have got|have|get|find|hire|bring in) (?:someone|somebody|a person|an expert|a specialist) (?:who|that) (?:actually |really |properly )?(?:understands|knows|gets)\b/,
  },
  // "user support is the bit we're worst at", "it's a bit of a black hole".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:bit|part|area|side|thing|one) (?:that )?(?:we|they|i|the team) (?:are|is|am) (?:worst|weakest|least (?:good|confident|comfortable)) (?:at|on|with|in)\b|\bblack hole\b|\b(?:doubt|not convinced|not confident) (?:that )?(?:we|i|they|he|she|the team|anyone|anybody) (?:could|would|can|will|knows?)\b/,
  },
  // "someone in a few days a month for the security side", "a few hours a week of network engineering".
  {
    kind: "gap",
    pattern: new RegExp(
      String.raw`\b(?:someone|somebody|a specialist|an expert|a consultant|specialist|expert|help|input) (?:[a-z]+ ){0,2}?${NOW_AND_THEN}\b(?! (?:would|will|should|could) (?:be|do)\b)|\b${NOW_AND_THEN},? (?:of|for|on|with)\b|\b(?:not|never) (?:[a-z]+ ){0,4}?(?:justify|warrant|keep|afford) (?:a |an )?full time\b|\bexpertise in\b|\bneed(?:s|ed)? (?:some |proper |more |a bit of |occasional )?(?:[a-z0-9]+ ){1,2}?help\b`,
    ),
  },
  // "VPN falls over every monday", "the till network drops out on fridays".
  {
    kind: "gap",
    pattern:
      /\b(?:falls? over|falling over|drops? out|dropping out|breaks|breaking|goes down|going down|crashes|crashing|fails|failing)(?= (?:[a-z]+ ){0,3}?(?:every (?:single )?(?:day|week|morning|monday|tuesday|wednesday|thursday|friday|time)|daily|weekly|all the time|constantly|on (?:mondays|tuesdays|wednesdays|thursdays|fridays)|most (?:days|weeks|mornings))\b)/,
  },
];
