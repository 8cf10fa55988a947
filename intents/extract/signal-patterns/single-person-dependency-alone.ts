import { pattern, type SignalRule } from "./rule.ts";
import { USED_TO } from "./speech-cues.ts";

/** Time away from work: "off sick", "on leave", "on holiday". */
const AWAY = String.raw`(?:off|away|on holiday|on leave|on annual leave|off sick|sick|ill|out|not in|not around|on a course|on vacation|on paternity leave|on maternity leave)`;
/** A first name, not a job title or a pronoun for a thing. */
const FIRST_NAME = String.raw`(?!(?:it|they|we|you|i|the|that|this|there|our|my|one|support|everything)\b)[a-z]{2,12}`;
/** The IT person, briefly: "our IT guy", "the IT lady". */
const IT_ONE = String.raw`(?:our|the|my) it (?:guy|person|lady|lad|bloke|fella|manager|lead)`;
/** A person meant by pronoun, role or first name. */
const SOMEONE = String.raw`(?:he|she|${IT_ONE}|${FIRST_NAME})`;
/** Alone: "on his own", "by herself", "single-handed". */
const ALONE = String.raw`(?:on (?:his|her|my) own|by (?:himself|herself|myself)|all (?:on his own|on her own|alone)|single ?handed(?:ly)?|solo)`;

/** IT rests on one person, said as who does it alone or what happens when they are away. */
export const SINGLE_PERSON_DEPENDENCY_ALONE: readonly SignalRule[] = [
  {
    // "Sam does all our IT on his own", "I look after IT for a charity, 35 staff, on my own".
    value: true,
    pattern: pattern`\b(?:does|do|doing|handles?|handling|runs?|running|manages?|managing|looks? after|looking after|covers?|covering|supports?|supporting) (?:all |the whole of )?(?:of )?(?:our |the )?it\b(?: [a-z0-9]+,?){0,7}? ${ALONE}\b`,
    notAfter: USED_TO,
    unless: /\b(?:until|till|no longer|not any more|before we (?:hired|got|took on))\b/,
  },
  {
    // "our IT fella can't do it all on his own", "she cannot cover everything by herself".
    value: true,
    fixed: true,
    pattern: pattern`\b(?:he|she|${IT_ONE}|it (?:fella|lad|lass)) (?:can not|cannot|could not|is not able to) (?:possibly )?(?:do|cover|manage|handle|keep up with|look after|run) (?:it all|everything|all of it|the lot|all that)(?: [a-z]+){0,2}? ${ALONE}\b`,
  },
  {
    // "when she's on leave it all falls apart", "if Jo's off everything grinds to a halt";
    // "when our IT person is off, everything stops" is left to supportInconsistent.
    value: true,
    allowIf: true,
    fixed: true,
    pattern: pattern`\b(?:when|whenever|if|while|whilst|every time) (?:he|she|${FIRST_NAME}) is (?:ever )?${AWAY},? (?:then )?(?:it all|everything|the whole (?:place|thing|lot|office)|things|the place) (?:just )?(?:falls apart|fall apart|grinds to a halt|grind to a halt|goes to pot|goes pear shaped|stops|comes to a standstill)\b`,
  },
  {
    // "support's great when Raj is in, rubbish when he isn't".
    value: true,
    allowIf: true,
    fixed: true,
    pattern: pattern`\bwhen ${SOMEONE} is (?:in|here|around|about|on site|working),? (?:[a-z]+ ){0,2}?(?:rubbish|awful|terrible|useless|dire|shocking|pants|a nightmare|non existent|nothing|chaos|a disaster) (?:when|if) (?:he|she) (?:is not|is off|is away|is out)\b`,
  },
  {
    // "it's the lack of cover when Jo's on leave"; plain "no cover when he's off" is patchy support.
    value: true,
    fixed: true,
    pattern: pattern`\b(?:the |a |a real |a total )?lack of (?:real |proper |any )?cover (?:when|if|whenever|while|whilst) ${SOMEONE} is ${AWAY}\b`,
  },
  {
    // "if I'm off sick nobody here can even reset a password".
    value: true,
    allowIf: true,
    fixed: true,
    pattern: pattern`\b(?:if|when|whenever|every time|any time) i am (?:ever )?${AWAY},? (?:then )?(?:nobody|no one|noone)(?: else)?(?: here| in the (?:office|building|company|place|business))? (?:can|could|would|knows|has a clue|is able)\b`,
  },
  {
    // "there's just the one of him for 45 people".
    value: true,
    fixed: true,
    pattern: /\b(?:just|only) (?:the )?one of (?:him|her|me)\b/,
  },
  {
    // "Jules is the actual IT person", "I'm the sole techie".
    value: true,
    pattern: pattern`\b(?:is|am) (?:the|our) (?:actual|real|one and only) (?:it|tech) (?:person|guy|man|woman|lady|bloke|chap|fella)\b`,
  },
  {
    // "och it's just me daein the IT", "it's only me doin everything".
    value: true,
    pattern:
      /\b(?:it is|its) (?:just|only) me (?:daein|doin|doing|runnin|lookin after) (?:it|the it|everything|all the it|all of it)\b/,
  },
  {
    // "20 servers n 1 guy lookin after all of em".
    value: true,
    pattern:
      /\b(?:one|1|a single) (?:it )?(?:guy|person|man|bloke|chap|woman|lady|fella|lad) (?:lookin after|lookin' after|looking after|lookin afta|lookin) (?:all of (?:em|them)|the lot|all them|the whole lot)\b/,
  },
];
