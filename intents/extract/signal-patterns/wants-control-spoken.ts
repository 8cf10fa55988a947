import { pattern, type SignalRule } from "./rule.ts";

/** What a business keeps when it keeps control: strategy, the roadmap, the big decisions. */
const STEER = String.raw`(?:(?:the |our |all )?(?:it )?(?:strategy|decisions|decision making|direction|roadmap|architecture|planning|priorities|ownership|governance|control|strategic decisions|big decisions))`;
const STEER_LIST = String.raw`${STEER}(?:(?: and|,|, and) ${STEER}){0,2}`;
/** Who inside the business the steering stays with. */
const OUR_PEOPLE = String.raw`(?:(?:our|my|the) (?:own )?(?:head of it|it (?:manager|director|lead|team|department|people|guys|head)|team|cto|cio|people|guys|in house team|internal team))`;
/** The whole of IT, as something handed over. */
const WHOLE_IT = String.raw`(?:it|this|that|everything|it all|the lot|the whole (?:it )?(?:thing|lot|shebang|shooting match|function|side)|(?:the|our|all the|all our|all of the|all of our) it(?: (?:side|stuff|function|thing|work|support))?)`;

/** All of IT, where a bare "it" or "that" might be one task. */
const THE_LOT = String.raw`(?:everything|it all|the lot|the whole lot|the whole (?:it )?thing|all of it|(?:the|our|all our|all the|all of our) it)`;

/** "Strategy and roadmap are ours", "keep strategy with our head of IT", "take the whole IT thing off our hands". */
export const WANTS_CONTROL_SPOKEN: readonly SignalRule[] = [
  {
    // "keep our own techs and the strategy in-house", "keep our own direction".
    value: true,
    pattern:
      /\b(?:keep|keeping|retain|retaining|hold on to|holding on to) (?:(?:our own |the |our )?[a-z]+(?: [a-z]+)? and )?(?:our own |the |our )(?:it )?(?:strategy|direction|roadmap|strategic (?:stuff|side|bits?|decisions|work))\b(?! (?:simple|up to date|going|updated|realistic|on track|current)\b)/,
  },
  {
    // "the strategic stuff we want to keep ourselves": the thing kept comes first.
    value: true,
    pattern:
      /\b(?:strategic (?:stuff|side|bits?|decisions|work)|strategy|direction|roadmap)(?: side)? (?:we|i) (?:want|would like|would want|would rather|need|prefer|intend|plan|mean) to keep(?: (?:ourselves|in house|internal|for ourselves|with us))?\b/,
  },
  {
    value: true,
    pattern:
      /\b(?:keep|keeping|leave|leaving) (?:him|her|them|our (?:it )?(?:manager|lead|team|guy|person|head of it)|the (?:it )?team) (?:in charge|in control|at the helm|in the driving seat|calling the shots|running the show)\b|\b(?:keep|keeping) (?:that|this|that side|it all) (?:in house|internal|under our (?:own )?control)\b(?! (?:knowledge|know how|expertise|experience|skills?)\b)/,
  },
  {
    value: false,
    pattern:
      /\b(?:someone|somebody) else (?:can|could|should|to) (?:own|run|take over|worry about|be responsible for) (?:it|that|all that|it all)\b(?! (?:strategy|direction|roadmap)\b)/,
  },
  {
    value: true,
    pattern: pattern`\b(?:keep|keeping|leave|leaving|retain|retaining) ${STEER_LIST} (?:with|in the hands of) ${OUR_PEOPLE}\b`,
  },
  {
    value: true,
    pattern: pattern`\b(?:keep|keeping|retain|retaining) ${STEER_LIST} (?:in house|internal|internally|ourselves|with us|under our (?:own )?control)\b`,
  },
  {
    value: true,
    pattern: pattern`\b(?:strategy|roadmap|direction|the big decisions|architecture|decisions)(?: (?:on|about|for|around) (?:it|our it|tech|technology|the it))?(?:(?: and|,) ${STEER})? (?:is|are|will stay|stay|stays|remain|remains|will remain|should stay|should remain|must stay|has to stay|have to stay|needs to stay|need to stay) (?:firmly )?(?:ours|our call|our responsibility|down to us|ours to (?:make|own|set|decide)|for us to (?:decide|set|own)|with (?:me|us|myself|${OUR_PEOPLE}))\b`,
  },
  {
    // "keep strategy but hand the service desk to someone": keeping the steering, sharing the work.
    value: true,
    pattern: pattern`\b(?:keep|keeping|retain|retaining|hold on to|holding on to) ${STEER_LIST} (?:but|while|whilst|and just|and) (?:hand|handing|outsource|outsourcing|pass|passing|give|giving|offload|offloading|share|sharing|get|getting)\b`,
  },
  {
    value: true,
    pattern: pattern`\b(?:bring|bringing|take|taking|pull|pulling) (?:${STEER}|it|our it) (?:back )?(?:in house|internal|internally)\b|\b(?:take|taking|get|getting|win|winning) (?:back )?control (?:back )?(?:of (?:it|our it|our systems|our tech)|back)\b|\b(?:take|taking|get|getting|win|winning) back control\b`,
  },
  {
    value: false,
    pattern: pattern`\b(?:take|took|taking|takes) ${WHOLE_IT}(?: all| completely| entirely)? off (?:our|my) (?:hands|plate)\b`,
  },
  {
    value: false,
    fixed: true,
    pattern:
      /\b(?:do not|does not|would not|never) (?:really )?(?:want|wish|like|need|care) to be (?:running|managing|doing|looking after|handling|dealing with|responsible for|in charge of) (?:(?:our|the) it|it (?:ourselves|in house)|(?:our|the) tech|any of it)\b(?! (?:strategy|direction|roadmap|budget)\b)|\b(?:sick|tired|fed up) of (?:running|managing|dealing with|looking after|doing) (?:(?:our|the) it|it (?:ourselves|in house))\b/,
  },
  {
    value: false,
    pattern: pattern`\b(?:rather|prefer|happier if|happy for|like|love) (?:someone|somebody|you|a provider|an msp|one company) (?:else )?(?:just )?(?:handled|handles|took care of|looked after|ran|managed|sorted|dealt with|owned|took over|did) ${THE_LOT}\b`,
  },
  {
    // "we'd want the decisions to stay with the school", "strategy stays in house", "control remains with us".
    value: true,
    pattern:
      /\b(?:decisions?|decision making|control|the say|the strategy|strategy|direction|the final say|the big calls)(?: (?:about|on|over) (?:it|our it|the it|tech|technology|strategy))? (?:to |should |must |has to |have to |will |would )?(?:stay|stays|staying|remain|remains|remaining|sit|sits|rest|rests|be kept|kept) (?:firmly |squarely |solely )?(?:with (?:us|me|the (?:school|business|board|partners|firm|company|trust|practice|leadership team|directors)|our (?:board|partners|directors|team|leadership))|in house|in our hands|internal)\b/,
  },
  {
    // "we'd like to keep running the show ourselves", "still calling the shots".
    value: true,
    pattern:
      /\b(?:keep|keeping|still|carry on|continue) (?:running the show|calling the shots|making the (?:big |key |final )?(?:calls|decisions)|steering the ship|in the driving seat|at the wheel|in charge)\b/,
  },
  {
    // "the in house model just is not worth what it costs, i want it gone".
    value: false,
    pattern:
      /\b(?:i|we|the board|the md|the boss|the owner|the partners|the directors) (?:just )?(?:want|wants|would like|would love) (?:it|the lot|the whole thing|all of it|in house it) (?:gone|off our hands|off my plate|off our plate|taken off (?:us|me))\b/,
    with: [/\b(?:in house|model|our it|the it|it department|it team|it function)\b/],
  },
];
