import { type SignalRule } from "./rule.ts";

/** What is held back: "us", "the business", "the practice", "our growth". */
const HELD = String.raw`(?:us|me|the (?:place|business|company|firm|practice|school|schools|charity|organisation|organization|trust|council|office|shop|group)|our (?:growth|plans|business)|growth|things|everything)`;
/**
 * "not having proper IT" before "is holding us back" names the lack; it does not negate the brake.
 */
export const NOT_HAVING =
  /\b(?:not having|without|no|lack of|lacking)(?: any| proper| real| an?| in house| dedicated| our own)*\s*$/;
/** A brake on the business, named as a noun. */
const BRAKE = String.raw`(?:constraint|bottleneck|brake|drag|handbrake|blocker|millstone|limiting factor|barrier)`;

/** Limited IT resources or know-how hold the business back, said the way visitors tell it. */
export const RESOURCES_CONSTRAINED_SPOKEN: readonly SignalRule[] = [
  {
    // "it's starting to hold us back", "and it holds us back", "its holding the business back"
    value: true,
    pattern: new RegExp(
      String.raw`\b(?:it|its|this|that|which)(?: (?:really|definitely|genuinely|honestly|actually|clearly|seriously|massively|just|also|now|already|is|has))* (?:holds|holding|is starting to hold|starting to hold|is beginning to hold|beginning to hold|started to hold|begun to hold|keeps holding|been holding|going to hold|will hold) ${HELD} back\b`,
    ),
    unless: /\bused to\b/,
    notAfter: NOT_HAVING,
  },
  {
    // "honestly its a constraint on the business now", "it's become a real bottleneck for us"
    value: true,
    pattern: new RegExp(
      String.raw`\b(?:its|it is|it has become|it is becoming|its becoming|this is|that is|it is now|its now)(?: (?:now|really|definitely|honestly|genuinely|actually|become|becoming))* (?:a |an )?(?:real |big |major |massive |huge |serious |proper |genuine )?${BRAKE} (?:on|for|to) ${HELD}\b`,
    ),
    unless: /\bused to\b/,
  },
  {
    // "me + 2 others ... we're holding the place back tbh"
    value: true,
    pattern: new RegExp(
      String.raw`\bwe are (?:really |probably |actually |honestly |basically |just |the ones )?holding ${HELD} back\b`,
    ),
  },
  {
    // "every project the clerk wants gets parked", "the business projects just sit there"
    value: true,
    pattern:
      /\b(?:every|any|all|most|our|the|business|new|big)(?: [a-z]+)? projects?\b(?: [a-z']+){0,4}? (?:gets?|are|is|keeps? getting|end up|ends up|just|always)(?: just| always| getting)? (?:parked|shelved|pushed back|delayed|put on hold|on hold|on the back burner|kicked into the long grass|sit there|sits there|sit on the shelf|gather dust|gathers dust|go nowhere|goes nowhere|stall|stalls)\b/,
    unless: /\bused to\b/,
  },
];
