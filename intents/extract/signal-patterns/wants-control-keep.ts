import { type SignalRule } from "./rule.ts";

/** Words that name IT strategy or direction, so "that stays with me" is about running IT. */
const STRATEGY = /\b(?:strategy|roadmap|direction|control|decisions|the reins|the say)\b/;
/** Someone outside who could take IT on. */
const ANYONE = String.raw`(?:someone|somebody|you|you guys|a provider|an msp|a partner|a third party)`;

/** Keeping the reins or letting go: "that stays with me", "we'd never hand the strategy over", "give the lot away". */
export const WANTS_CONTROL_KEEP: readonly SignalRule[] = [
  {
    // "no intention of outsourcing the strategy", "we'd never hand corporate IT strategy to a third party".
    value: true,
    fixed: true,
    pattern:
      /\b(?:no intention of|not|never|will not|would never|had never|refuse to) (?:be )?(?:outsourc(?:e|ing)|hand(?:ing)?(?: over)?|giv(?:e|ing)(?: up| away)?|let(?:ting)? go of) (?:the |our |corporate |my )?(?:it )?(?:strategy|direction|roadmap|reins|keys|control)\b/,
  },
  {
    // "delivery is one thing, but the strategy stays with me", "that stays with me and my leadership team".
    value: true,
    pattern:
      /\b(?:that|it|strategy|roadmap|direction|control|the say) (?:stays|will stay|remains|will remain|has to stay|must stay|is staying) (?:firmly )?(?:with (?:me|us|my|our|the board)|in house|ours|internal)\b/,
    with: [STRATEGY],
  },
  {
    // "I'm keeping the reins on IT direction", "they call the shots", "we keep the say on strategy".
    value: true,
    pattern:
      /\b(?:keep|keeping|hold|holding|retain|retaining|hang on to|hanging on to) (?:the )?(?:reins|say)\b|\b(?:we|they|i|our (?:it )?team|the team) (?:call|calls|still call|want to call|will call) the shots\b/,
  },
  {
    // "our own IT team of 4 and want it to stay that way", "the platforms are ours and staying ours".
    value: true,
    pattern:
      /\bwant (?:it|things) to stay (?:that way|as it is|like that)\b|\bare ours and (?:are )?stay(?:ing|s)? ours\b/,
    with: [/\b(?:our own|in house|internal|ours)\b/],
  },
  {
    // "happy to give the lot away", "let someone else deal with it", "rather someone else had the headache".
    value: false,
    pattern: new RegExp(
      String.raw`\b(?:give|giving|hand|handing|sign|signing) (?:the lot|it all|everything|it|all of it|the whole lot) away\b|\blet ${ANYONE} else (?:deal with|handle|sort|take care of|worry about|look after|run) (?:it|the lot|everything|all of it)\b|\brather ${ANYONE} (?:else )?(?:had|have|has|took|take) (?:the|that|all the) (?:headache|hassle|worry|grief|responsibility)\b|\bwant ${ANYONE} (?:who will|to|that will|who can) (?:just )?take (?:it|the lot|everything|it all) on\b`,
    ),
  },
  {
    value: false,
    fixed: true,
    pattern:
      /\b(?:do not|would not|never) (?:really )?(?:want|wish) to be (?:in charge of|on the hook for|running) (?:it|the it|our it|tech|technology)\b/,
  },
];
