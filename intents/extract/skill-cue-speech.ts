import type { SkillCue } from "./skill-cues.ts";

/** Who an area gets the better of: "trips us up", "baffles her". */
const SOMEONE = String.raw`(?:us|me|them|him|her|everyone|everybody|the team|the lads|the guys|our team|our guys|the lot of us|all of us)`;

/** Not after an outage or an incident: "downtime just doesn't happen" is good news. */
const NOT_A_FAILURE = String.raw`(?<!\b(?:downtime|incidents?|outages?|problems?|issues?|breaches|attacks?|failures?|errors?|crashes|it|that|this|which)(?: just| simply| really)? )`;

/**
 * Everyday ways of saying the team is out of its depth, beside {@link SKILL_CUES}: an area that
 * trips them up, baffles them, is new to them, never gets done, or that they fumble through;
 * help wanted from someone; and what they plainly can do ("Intune we can do").
 */
export const SPEECH_CUES: readonly SkillCue[] = [
  // "the Exchange side trips us up", "SharePoint permissions baffle her", "she's lost with 365".
  {
    kind: "gap",
    pattern: new RegExp(
      String.raw`\b(?:trips?|tripping|tripped) ${SOMEONE} up\b|\b(?:catch(?:es)?|catching|caught) ${SOMEONE} out\b|\bget(?:s|ting)? the better of ${SOMEONE}\b|\b(?:baffl(?:e|es|ed)|flummox(?:es|ed)?|fox(?:es|ed)|stump(?:s|ed)?|bamboozl(?:e|es|ed)|confound(?:s|ed)?|befuddl(?:e|es|ed)|confus(?:e|es|ed)) ${SOMEONE}\b|\b(?:is|am|are|was|were|get|gets|getting|feel|feels|totally|completely|utterly|a bit|a little|quite|pretty|bit) (?:(?:completely|totally|utterly|a bit|a little|quite|pretty|really|very|well) )?(?:lost|stumped|baffled|flummoxed|foxed|bamboozled|confused|clueless|out of (?:my|our|her|his|their) comfort zone) (?:with|on|by|about|when it comes to|around|in)\b`,
    ),
  },
  // "the Intune and Exchange stuff I fumble through", "we're winging all of it".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:fumbl(?:e|es|ed|ing)|stumbl(?:e|es|ed|ing)|blag(?:s|ged|ging)?|bluff(?:s|ed|ing)?|bodg(?:e|es|ed|ing)) (?:through|along|around|about|it|our way|my way|his way|her way|their way)\b|\bwing(?:s|ed|ing) (?:it|it all|all of it|the lot|everything|most of it|a lot of it)\b|\b(?:trial and error|hit and hope|googling (?:it|everything|as we go))\b/,
  },
  // "backups and DR I've never properly learned", "the network they've never really understood".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\bnever (?:really |properly |fully |quite |actually |even )?(?:learned|learnt|understood|mastered|picked up|got to grips with|got (?:my|our|his|her|their) heads? (?:round|around)|been trained (?:up )?(?:on|in))\b|\b(?:have|has) not (?:really |properly |fully |yet )?(?:learned|learnt|mastered|got to grips with|got (?:my|our|his|her|their) heads? (?:round|around))\b/,
  },
  // "still learning on the security side", "AWS is new to them", "that's new to all of us".
  {
    kind: "gap",
    pattern: new RegExp(
      String.raw`\bstill (?:learning|finding (?:his|her|their|my|our) feet|getting (?:to grips with|up to speed|the hang of))\b|\blearning on the job\b|\b(?:is|are|was|were|all) (?:(?:all|completely|totally|brand|fairly|quite|pretty|very|a bit|entirely|still) )?(?:new|unfamiliar|foreign|alien) (?:to|for) (?:${SOMEONE}|both of us|most of us|any of us|the it team|our it team)\b|\b(?:new|uncharted|unfamiliar) (?:territory|ground|waters)\b`,
    ),
  },
  // "I haven't the first idea how to upgrade them", "don't know the first thing about Azure".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:have not|has not|do not have|does not have|have no|has no|without)(?: got)? (?:the )?(?:(?:first|slightest|remotest|vaguest|least|earthly) (?:idea|clue|notion)|(?:faintest|foggiest)(?: (?:idea|clue|notion))?)\b|\b(?:do|does|did) not know the first thing\b|\bno earthly (?:idea|clue)\b/,
  },
  // "patching and monitoring just don't happen consistently".
  {
    kind: "gap",
    fixed: true,
    pattern: new RegExp(
      String.raw`${NOT_A_FAILURE}\b(?:just |simply |really )?(?:do|does) not (?:really |always |ever |reliably )?happen\b`,
    ),
  },
  // "she doesn't do security stuff"; "we don't do security in house" is a choice, not a gap.
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:does|do|did) not (?:really |actually |ever |even )?(?:do|touch|handle|cover|deal with|look after)\b(?! (?:anything|much|a lot|any of (?:that|this|it)|that|this|it|them|so|too|well|badly)\b)(?! (?:[a-z0-9]+ ){0,4}?(?:in house|ourselves|internally|any more|anymore)\b)/,
  },
  // "we don't meet half of the DfE standards", "we'd never pass an audit".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:do|does|did) not (?:yet |currently |fully |even |really )?(?:meet|comply with|pass|satisfy)\b|\bwould never pass\b/,
  },
  // "printers and password resets are a daily battle", "it's the helpdesk that's the mess".
  {
    kind: "gap",
    pattern:
      /\b(?:a|an) (?:daily|weekly|constant|ongoing|never ending|uphill|real|total|right|proper|bit of a|massive|huge|big|absolute|endless) (?:battle|slog|faff|grind|chore|fight)\b|\b(?:a|an) (?:battle|slog|faff)\b|\b(?:is|that is|which is|are) the (?:real |main |big |biggest |one )?(?:mess|problem|issue|headache|nightmare|weak spot|weak link|weak point|struggle|pain point|sticking point|gap)\b/,
  },
  // "we need the GDPR stuff sorted"; "we don't need the servers sorted" says nothing is missing.
  {
    kind: "gap",
    pattern:
      /\bneed(?:s|ed)? (?:to get |to have |to see )?(?:the |our |some |a |an |all )?(?:[a-z0-9]+ ){1,3}?(?:sorted(?: out)?|sorting(?: out)?|fixed|fixing|tidied up|tidying up|overhauled|overhauling|getting right|got right)\b/,
  },
  // "we want someone for the odd pen test", "we need a partner for the bits we can't do".
  {
    kind: "gap",
    pattern:
      /\b(?:need(?:s|ed)?|want(?:s|ed)?|looking for|would (?:like|love)|could (?:use|do with)|after) (?:(?:a|an|some) )?(?:someone|somebody|partner|provider|msp|outside firm|firm|company|specialist|expert|consultant|person|outside help|external help) (?:for|with|on|(?:to|who can|who could|that can) (?:do|handle|look after|manage|run|sort|cover|take|deal with|help|support|check|review|test|fix|set up|configure|look at)|who (?:knows|understands|gets|does))\b|\bneed(?:s|ed)? (?:some |a bit of |a little |more |extra )?back ?up (?:with|on|from)\b/,
  },
  // "wifi is where we fall over", "we know none of it".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:where|when) (?:we|i|they|he|she|the team|it) (?:always |usually |tend to |all )?(?:fall|falls|fell|come|comes|came|go|goes) (?:over|unstuck|a cropper|to pieces)\b|\bknows? (?:none|nothing|bugger all|sod all|zilch|zero) of\b/,
  },
  // "Citrix we can do in our sleep".
  {
    kind: "ok",
    fixed: true,
    pattern:
      /\b(?:can|could) (?:do|handle|manage|run) (?:it |them |that |this )?(?:in (?:our|my|his|her|their) sleep|blindfolded|with (?:our|my|his|her|their) eyes (?:shut|closed))\b/,
  },
  // The team has it: "Intune we can do", "we know M365 well enough".
  {
    kind: "ok",
    fixed: true,
    pattern:
      /\b(?:we|i|they|he|she|the team) (?:can|could) (?:do|handle|manage|cover|sort|run) (?:it|that|this|them|all that)?(?= *(?:$|[,.;!?]|but\b|and\b|ourselves\b|fine\b|no problem\b|easily\b))|\b(?:we|i|they|he|she|the team) knows? (?:(?!not\b)[a-z0-9]+ ){1,3}?(?:well enough|really well|pretty well|well|inside out|back to front)\b/,
  },
];
