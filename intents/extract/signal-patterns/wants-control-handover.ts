import { pattern, type SignalRule } from "./rule.ts";

/** Someone outside the business who could take IT on. */
const OUTSIDER = String.raw`(?:someone|somebody|you|you guys|ye|yous|a provider|an msp|one company|one firm|a company|a firm|an outside (?:company|firm|provider)|a third party|a partner)`;
/** The whole of IT as one thing to pass on: "the whole IT thing", "the entire function". */
const WHOLE_FUNCTION = String.raw`(?:the|our) (?:whole|entire) (?:it )?(?:thing|function|department|operation|shebang|show|caboodle|lot)`;
/** Control over IT named as a thing to keep or drop. */
const CONTROL = String.raw`(?:control|keeping control|having control|being in control|staying in control|ownership|keeping ownership|the reins|oversight)`;
/** The clause before a model is named as a question, not a choice: "do we want fully managed?". */
const ASKING =
  /\b(?:do|does|should|would|could|whether|if|which|what|why|not sure)(?: (?:we|i|you|they))?\s*$/;

/**
 * Handing IT over or keeping hold of it, in the ways visitors put it: taking back something said
 * about control, shrugging control off, refusing to give the steering up, keeping decisions in house.
 */
export const WANTS_CONTROL_HANDOVER: readonly SignalRule[] = [
  {
    // "scratch what I said about keeping control", "forget keeping control": the preference is withdrawn.
    value: false,
    fixed: true,
    pattern: pattern`\b(?:scratch|forget|ignore|disregard|strike|cancel|never mind|scrap|park) (?:what (?:i|we) (?:said|told you|mentioned)(?: earlier| before| previously)? (?:about|re|regarding) (?:wanting |needing )?|(?:the|that) (?:bit|part|stuff) about |all that about |that about )?${CONTROL}\b`,
  },
  {
    // "don't care about control", "not bothered about ownership", "couldn't care less about control".
    value: false,
    fixed: true,
    pattern: pattern`\b(?:do not|does not|do not really|did not|could not|never) (?:really |much |particularly |honestly )?(?:care|mind|fuss|bother)(?: less)? (?:much |too much |that much |at all )?(?:about|for|over) ${CONTROL}\b|\b(?:not|never) (?:really |that |too |at all |particularly )?(?:bothered|fussed|precious|worried|hung up) (?:about|over|with) ${CONTROL}\b|\b${CONTROL} (?:is not|does not|is never|is no longer) (?:really |that |very |particularly |much of |at all )?(?:important|matter|a priority|a big deal|an issue|a concern|a thing for us)\b`,
  },
  {
    // "not a chance we're giving up control", "no way are we handing over the reins".
    value: true,
    fixed: true,
    pattern: pattern`\b(?:not a chance|no chance|no way|not on your life|not in a million years|never in a million years|over my dead body)(?: (?:are|will|would) (?:we|i))?(?: (?:we are|i am|we will|we would|i will|i would))?(?: going to| gonna)? (?:giving up|give up|handing over|hand over|losing|lose|letting go of|let go of|relinquishing|relinquish|ceding|cede|surrendering|surrender) ${CONTROL}\b`,
  },
  {
    // "I'm not giving up the strategy side to anyone", "we won't be handing over the decisions".
    value: true,
    fixed: true,
    pattern:
      /\b(?:not|never|will not be|would never|will never|no one is) (?:going to )?(?:giving|give|handing|hand|letting go of|let go of|taking) (?:up |over |away )?(?:the |our |any )?(?:strategy|strategic|decision making|decisions|direction|steering|reins|ownership|control)(?: (?:side|bit|part|role|calls))?\b/,
  },
  {
    // "the partners want IT decisions kept in-house", "we need the strategy to stay with us".
    value: true,
    pattern:
      /\b(?:want|wants|wanted|need|needs|would like|prefer|prefers|insist on|insists on|expect|expects) (?:the |our |all |any )?(?:it )?(?:decisions|strategy|decision making|direction|control|ownership|governance|roadmap|the roadmap|big calls)(?: (?:about|on|around|over|for) (?:it|our it|the it|tech|technology|our systems))? (?:kept|to stay|to remain|to be kept|staying|remaining|held) (?:in house|internal|internally|with us|with them|ourselves|under our control|in our hands)\b/,
  },
  {
    // "keep decisions about IT in house", "keeping the strategy for it internal".
    value: true,
    pattern:
      /\bkeep(?:ing)? (?:the |our |all |any )?(?:it )?(?:decisions|strategy|decision making|direction|ownership|governance|control)(?: (?:about|on|around|over|for) (?:it|our it|the it|tech|technology|our systems))? (?:in house|internal|internally|with us|ourselves|under our control|in our hands)\b/,
  },
  {
    // "we'd want to keep a firm hand on how it's done", "keep a tight grip on the tech".
    value: true,
    pattern:
      /\bkeep(?:ing)? (?:a |our )?(?:firm|tight|close|steady|strong) (?:hand|hands|grip|hold|rein|reins) on\b|\b(?:our|a) hands? on the (?:tiller|wheel|steering wheel)\b/,
    unless: /\b(?:costs?|budgets?|spend|spending|bills|finances|money)\b/,
  },
  {
    // "we would never outsource that part", "we'll never outsource the SAP side".
    value: true,
    fixed: true,
    pattern:
      /\b(?:would|will|could) never (?:ever )?(?:outsource|hand over|give away|let go of) (?:that|this|it|those|the (?:[a-z]+ )?(?:side|part|bit|knowledge|core))\b/,
  },
  {
    // "I'd love to hand the whole IT thing to someone else", "hand the entire function to a provider".
    value: false,
    pattern: pattern`\b(?:hand|pass|give|palm|turn|offload) ${WHOLE_FUNCTION} (?:over|off|to ${OUTSIDER})\b`,
  },
  {
    // "I'd much rather someone took the whole headache off me".
    value: false,
    pattern: pattern`\b(?:rather|prefer it if|happier if|happy if|love it if|like it if|wish) ${OUTSIDER} (?:else )?(?:just )?(?:took|take|would take|could take) (?:the whole |all the |all of the |our |the |this |all this )?(?:it |tech )?(?:headache|hassle|burden|lot|thing|problem|worry|worries|responsibility|pain|stress)s? (?:off|away from) (?:us|me|our hands|my hands|our plate|my plate)\b`,
  },
  {
    // "we'd be happiest if someone just ran it all for us".
    value: false,
    fixed: true,
    allowIf: true,
    pattern: pattern`\b(?:happiest|happier|happy|best|ideal|relieved|delighted|chuffed) if ${OUTSIDER} (?:else )?(?:just |simply )?(?:ran|took care of|handled|managed|looked after|did|sorted|dealt with|took over|took on) (?:it all|everything|the lot|all of it|our it|the whole thing|the it)\b`,
  },
  {
    // "never think about it again" after a wish to hand it over.
    value: false,
    fixed: true,
    pattern:
      /\b(?:and|then|to) never (?:have to )?(?:think|worry|bother) about (?:it|it all|any of it|our it|the it|tech) (?:ever )?again\b/,
    with: [/\b(?:love|like|rather|want|wish|happy|dream|prefer|hand|pass|give)\b/],
  },
  {
    // "rather not ever have to think about it".
    value: false,
    fixed: true,
    pattern:
      /\b(?:would rather|would prefer|prefer|rather) not (?:ever |really |even )(?:have to )?(?:think about|worry about|deal with|manage|bother with|look after) (?:it|our it|the it|any of it|tech|technology)\b/,
  },
  {
    // "no IT, want fully managed tbh", "after fully managed really".
    value: false,
    factual: true,
    fixed: true,
    pattern:
      /\b(?<neg>(?:do|does|would) not (?:really )?)?(?:want|wants|need|needs|prefer|after|going for|go for|looking for) (?:a |the )?(?:fully|full|totally|completely) managed(?: (?:it|service|option|model|support|route))?\b(?! (?:or|vs|versus|and) co)/,
    notAfter: ASKING,
  },
];
