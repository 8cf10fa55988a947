import { type SignalRule } from "./rule.ts";

const GOOD = String.raw`(?:great|good|fine|brilliant|excellent|quick|fast|ok|okay|spot on|amazing|superb|solid)`;
const POOR = String.raw`(?:rubbish|awful|terrible|poor|bad|slow|useless|dreadful|non existent|nonexistent|nothing|shocking|hopeless|clueless|dire|a nightmare|a lottery|missing|absent|patchy|pants)`;
/** Whoever else answers: "anyone else", "the others", "the rest of them". */
const THE_OTHERS =
  /\b(?:anyone|anybody|someone|somebody) else\b|\bthe (?:others?|rest)\b|\bother (?:engineers|techs|people|guys|ones)\b|\botherwise\b/;
/** The people who give the support, as a visitor names them. */
const SUPPORT_PEOPLE = String.raw`(?:(?:their|the|his|its) (?:[a-z]+ )?(?:people|engineers|techs|technicians|staff|guys|lads|team|agents|consultants)|(?:the|our) (?:engineers|techs|technicians|support staff|support guys|helpdesk staff|agents))`;

/** Support quality varies with who is available, said the way visitors tell it. */
export const SUPPORT_INCONSISTENT_SPOKEN: readonly SignalRule[] = [
  {
    // "support's great in the holidays and non-existent in term time"
    value: true,
    pattern: new RegExp(
      String.raw`\b${GOOD} (?:in|on|at|during|over|through) (?:the )?[a-z]+(?: [a-z]+)?,? (?:and|but|then|yet|while|whilst|whereas) (?:it is |its |is |then )?(?:completely |totally |basically |pretty much |almost |just )?${POOR} (?:in|on|at|during|over|through|the rest)\b`,
    ),
    with: [
      /\b(?:support|service|help|helpdesk|help desk|response|cover|it|computers|provider|supplier)\b/,
    ],
  },
  {
    // "our supplier is fine when you get Mark, hopeless when you get anyone else"
    value: true,
    pattern: new RegExp(
      String.raw`\b${GOOD} (?:when|if|whenever) (?:you|we) (?:get|speak to|talk to|get through to|are put through to|land|have) [a-z]+\b`,
    ),
    with: [THE_OTHERS, new RegExp(String.raw`\b${POOR}\b`)],
  },
  {
    // "some of their people are excellent, others clueless"
    value: true,
    pattern: new RegExp(
      String.raw`\bsome of ${SUPPORT_PEOPLE} (?:are|were|seem) (?:really |very |absolutely |genuinely )?${GOOD}\b`,
    ),
    with: [/\b(?:others|the rest|the other ones|some (?:are|of them))\b/],
  },
  {
    // "support from our IT team is consistently good, whoever picks up"
    value: false,
    pattern: new RegExp(
      String.raw`\b(?:support|service|help|the support|the service|the help|cover)(?: (?:from|with|of) (?:our|the|their) [a-z]+(?: [a-z]+)?)? (?:is|are|has been|have been) (?:always |really |very )?(?:(?:consistently|reliably|always) ${GOOD}|consistent|reliable|dependable)\b|\b${GOOD},? (?:whoever|no matter who|regardless of who) (?:picks up|answers|is on|is in|you get|we get|turns up|comes out)\b`,
    ),
  },
];
