import { pattern, type SignalRule } from "./rule.ts";

/** "We", "I", "the board", "our MD": whoever in the business states the preference. */
const WHO = String.raw`(?:we|i|the (?:board|partners|directors|owners?|boss|trustees|governors)|our (?:md|ceo|boss|owner|owners|directors?|partners|board|managing director|chairman|founder|trustees))`;
/** Ways of saying a preference for one of the two models. */
const PREFER = String.raw`(?:(?<neg>(?:really |definitely |certainly )?(?:do|does|would) not (?:really )?)?(?:(?:would|really|definitely|probably|just|do|honestly|genuinely) ){0,2}(?:want|wants|need|needs|like|prefer|prefers|fancy|favour|favours|favor|favors|go for|opt for|choose|pick|are after|am after|is after|are looking (?:for|at)|am looking (?:for|at)|is looking (?:for|at)|are leaning (?:towards|toward)|am leaning (?:towards|toward)|is leaning (?:towards|toward)|lean (?:towards|toward)|leans (?:towards|toward)|are keen on|am keen on|is keen on|are thinking of|am thinking of|is thinking of|are set on|am set on|is set on|have decided on|has decided on|are going for|am going for|would rather have))`;
const FULLY = String.raw`(?:a |the |your |an? )?(?:fully|full|totally|completely|entirely|100 percent|100%) (?:managed|outsourced)(?: (?:it|service|option|model|support|route|package|offering))?`;
const CO = String.raw`(?:a |the |your )?co ?managed(?: (?:it|service|option|model|support|route|package|offering|arrangement|setup))?`;

/**
 * A model named as the choice: "we want fully managed" is handing IT over, "we'd prefer
 * co-managed" is keeping the steering. "Our MD wants out of running IT" hands it over too.
 */
export const WANTS_CONTROL_CHOICE: readonly SignalRule[] = [
  {
    value: false,
    factual: true,
    pattern: pattern`\b${WHO} ${PREFER} ${FULLY}\b(?! (?:or|vs|versus|and) co)`,
  },
  {
    value: true,
    factual: true,
    pattern: pattern`\b${WHO} ${PREFER} ${CO}\b(?! (?:or|vs|versus|and) (?:fully|full|managed))`,
  },
  {
    value: false,
    factual: true,
    pattern: pattern`\b(?:fully|full) managed (?:sounds|seems|looks|feels) (?:like )?(?:right|best|good|ideal|perfect|the (?:one|answer|way to go|best fit|right fit)|what we (?:want|need)|more like (?:us|it)|us|a (?:better |good )?fit|our (?:cup of tea|thing))\b`,
  },
  {
    value: false,
    factual: true,
    pattern: pattern`\b${WHO} (?:would |really |just )?(?:want|wants|would like|would love|need|needs) (?:to (?:get|be) |us |me |the (?:business|company|firm) )?out of (?:running|managing|doing|looking after|dealing with|the business of running) (?:it|our it|the it|tech|our tech|the tech|computers)\b`,
  },
  {
    // "I want it off my plate completely": all of IT handed over.
    value: false,
    factual: true,
    pattern: pattern`\b(?:want|wants|would like|would love|need|needs)(?: (?:it|it all|the it|all of it|the whole lot|the lot|the lot of it))? (?:off|away from) (?:my|our) (?:plate|hands|desk)(?: (?:completely|entirely|for good|altogether|once and for all))?\b`,
  },
  {
    // "we'd want him to stay in charge": the steering stays in-house ("would" states the wish).
    value: true,
    pattern: pattern`\b(?:want|would like|need|prefer) (?:him|her|them|our (?:it )?(?:manager|lead|team|guy|person|head of it)) to (?:stay|remain|be) (?:in charge|in control|at the helm|the boss|the one calling the shots)\b`,
  },
];
