import { pattern, type SignalRule } from "./rule.ts";

/** A word that says someone knows or understands something. */
const KNOWING =
  /\b(?:knows?|know|knew|understands?|understand|understood|knowledge|know how|experience|familiar|history)\b/;
const HEADS = String.raw`(?:his|her|their|our|people'?s|the (?:team'?s?|guys'?|lads'?|engineers'?|it team'?s?))`;
const KNOWLEDGE_SUBJECT = String.raw`(?:(?:the|their|our|his|her|that|this|all that|all the|all their|the team's|the teams) )?(?:knowledge|know how|expertise|understanding)(?: (?:in|inside) ${HEADS} heads?)?(?: (?:of|about|on|around) (?:how|what|where|why|our|the|all|everything|every)(?: [a-z']+){0,6}?)?`;
const CRUCIAL = String.raw`(?:(?:really|absolutely|so|very|just|incredibly|hugely|genuinely|totally|pretty|utterly) )?(?:critical|crucial|vital|essential|invaluable|irreplaceable|key|priceless|business critical|mission critical|too valuable to lose|gold dust|what keeps (?:us|the business|the place|everything) (?:running|going|afloat|alive|ticking over|on the road)|(?:basically |really |essentially )?the (?:whole )?business)`;
/** What the speaker cannot lose, a sentence away from what it is: "it all lives in her head. We can't lose that." */
const KNOWN_NEARBY =
  /\b(?:in (?:his|her|their) heads?|knows?|knowledge|know how|quirks|understands?|understood|inside out|bespoke|undocumented|written down|documented)\b/;
const DISASTER = String.raw`(?:be (?:a |an )?(?:absolute |total |complete |real |huge |massive )?(?:disaster|catastrophe|catastrophic|nightmare|devastating|crippling|huge blow|big blow|disastrous|massive problem|huge problem)|cripple us|kill us|finish us|sink us|hurt us (?:badly|a lot)|set us back (?:years|months)|put us in (?:real |serious )?trouble|leave us (?:stuck|stranded|in trouble|in the lurch|up the creek))`;
const KNOWN_THINGS = String.raw`(?:what(?: is)? in ${HEADS} heads?|what (?:he|she|they) knows?|(?:that|this|all that|all of that|all their|all his|all her|their|his|her|the team's) (?:knowledge|know how|experience|expertise|understanding|history))`;
/** Skills named as the object of "knowledge": a skills gap, not the team's knowledge of our systems. */
const A_SKILL =
  /\b(?:knowledge|expertise|experience|understanding|knows?) (?:of|in|on|with|about) (?:cyber|security|the cloud|cloud|azure|aws|networking|compliance|gdpr|m365|365|microsoft|intune|sharepoint|backups?|it|technology|tech)\b/;

/** "The knowledge in the team's heads is critical", "losing what's in his head would be a disaster". */
export const KNOWLEDGE_RETENTION_SPOKEN: readonly SignalRule[] = [
  {
    // "what that team knows about our systems is vital to us".
    value: true,
    pattern: pattern`\bwhat (?:(?:that|the|our) (?:it )?(?:team|guys|lads|people|engineers)|they|he|she|[a-z]+) knows?(?: (?:about|of) (?:[a-z']+ ){0,5}?[a-z']+)? (?:is|are|would be) ${CRUCIAL}\b`,
    unless: A_SKILL,
  },
  {
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|could not|must not|do not want to|would hate to|can ill afford to) (?:afford to )?(?:lose|risk losing) (?:that|this|it|them|him|her|what (?:he|she|they) knows?)\b/,
    near: { words: 25, pattern: KNOWN_NEARBY },
  },
  {
    // "if they go, the knowledge goes with them".
    value: true,
    allowIf: true,
    pattern:
      /\b(?:the|that|all the|all that|their|his|her) (?:knowledge|know how|expertise)(?: [a-z]+){0,7}? (?:goes|walks|would go|will go|leaves|would walk|would leave|will walk|walks out|goes out) (?:out )?(?:with (?:them|him|her)|(?:of )?the door)\b/,
  },
  {
    value: true,
    pattern: pattern`\b${KNOWLEDGE_SUBJECT} (?:is|are|would be) ${CRUCIAL}\b`,
    unless: A_SKILL,
  },
  {
    value: true,
    allowIf: true,
    pattern: pattern`\blos(?:e|ing|t) ${KNOWN_THINGS}(?: [a-z]+){0,3}? (?:would|will|could|is going to|is gonna) ${DISASTER}\b`,
  },
  {
    value: true,
    allowIf: true,
    pattern: pattern`\blos(?:e|ing|t) (?:that|this|it all|all that|all of that)(?: [a-z]+){0,2}? (?:would|will|could|is going to|is gonna) ${DISASTER}\b`,
    near: { words: 16, pattern: KNOWING },
  },
  {
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|could not|must not|can ill|would hate to|do not want to) (?:afford to )?(?:lose|risk losing)(?= *(?:$|[,.;!?]))/,
    with: [KNOWING],
  },
  {
    value: true,
    pattern:
      /\bundocumented\b|\b(?:years|decades|\d+ years) of (?:undocumented|bespoke|custom|home grown|homegrown|legacy|tweaks|workarounds|customisations?|configuration)\b/,
    with: [
      /\b(?:only (?:they|he|she|the team|our team|our it|the guys)|nobody else|no one else|in (?:their|his|her) heads?|(?:they|he|she|the team|our team|the guys) (?:know|knows|understand|understands|understood))\b/,
    ],
  },
  {
    // "what priti knows cannot walk out the door", "knowledge of our systems is too important to lose".
    value: true,
    pattern:
      /\b(?:cannot|can not|must not|must never|could not|can never) (?:be allowed to |afford to let (?:it|that|her|him) )?(?:just )?(?:walk|walking|go|leave) out (?:of )?the door\b|\btoo (?:important|valuable|critical|precious|risky) to lose\b/,
  },
];
