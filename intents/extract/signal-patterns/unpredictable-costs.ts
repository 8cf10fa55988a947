import { words } from "./fragments.ts";
import { presentWords } from "./speech-cues.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { UNPREDICTABLE_COSTS_SPOKEN } from "./unpredictable-costs-spoken.ts";
import { UNPREDICTABLE_COSTS_SURPRISES } from "./unpredictable-costs-surprises.ts";

const COSTS = String.raw`(?:costs?|spend|spending|bills?|invoices?|budgets?|expenses|fees|charges|outgoings|prices|pricing)`;
const ERRATIC = String.raw`(?:all over the place|unpredictable|hard to predict|impossible to predict|difficult to predict|hard to forecast|impossible to forecast|difficult to forecast|hard to control|impossible to control|hard to budget(?: for)?|impossible to budget(?: for)?|difficult to budget(?: for)?|out of control|spiralling|spiraling|spiralled|creeping up|going up and up|up and down|erratic|volatile|fluctuat(?:e|es|ing)|var(?:y|ies) (?:wildly|a lot|massively|hugely|so much|month to month|from month to month)|a lottery|a mystery|never the same|jump(?:s|ing)? around|lumpy|ballooning|spiking|random|a surprise every month|inconsistent|(?:changes?|differs?|is different) (?:every|each) (?:month|quarter|time|invoice)|all over the shop|a black hole|lurch(?:es|ing)? (?:about|around|all over the place)|swing(?:s|ing)?(?: wildly| massively| a lot| all over)?|bounce around|yo yo|(?:wildly|massively|hugely) (?:variable|different)|(?:a nightmare|a pain|impossible|hard|difficult|tricky) to (?:budget(?: for)?|predict|forecast|plan for|control))`;
const STEADY = String.raw`(?:(?:boringly |reassuringly |nicely )?predictable|controllable|stable|steady|fixed|under control|consistent|easy to (?:predict|forecast|budget(?: for)?)|flat|known|fairly static|static|the same every month|well controlled|in check)`;
const DEGREE = String.raw`(?:(?:really|completely|totally|just|so|very|pretty|a bit|quite|wildly|massively|fairly|nicely|reasonably) )?`;

/** Bills that are not IT's: "the energy bills are all over the place". */
const OTHER_BILLS = String.raw`(?:energy|electricity|electric|gas|fuel|utility|water|food|freight|shipping|raw material)`;

/** IT costs are hard to predict or control. */
export const UNPREDICTABLE_COSTS: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern: pattern`\b${COSTS}${presentWords(3)} (?:are|is|have been|has been|keep|keeps|can be|seem|seems|tend to be|were|was|get|go)? ?(?<neg>not |never )?${DEGREE}${ERRATIC}\b`,
      notAfter: pattern`\b${OTHER_BILLS}\s*$`,
    },
    {
      // "the bills from our current IT company are all over the place": who sends them, then the verb.
      value: true,
      pattern: pattern`\b${COSTS} (?:from|of|with|charged by|we get from|we pay to)(?! (?:the |our )?${OTHER_BILLS}\b)${presentWords(4)} (?:are|is|have been|has been|keep|keeps|can be|seem|seem to be|tend to be|were|was) (?<neg>not |never )?${DEGREE}${ERRATIC}\b`,
      notAfter: pattern`\b${OTHER_BILLS}\s*$`,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:never|do not|cannot|no way to|no idea|hard to|impossible to) (?:really )?(?:know|tell|guess) what (?:the )?(?:(?:next|each|every|this|the coming) (?:month|quarter|year)(?:'s| is)?(?: (?:bill|invoice|spend|costs?))?|(?:the )?next (?:bill|invoice)) (?:will bring|brings|will look like|looks like|holds|will hold|will be|is going to be|has in store|will come to)\b/,
      with: [pattern`\b(?:${COSTS}|money|£|\$|€|paying|pay)`],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:never|not once|rarely|hardly ever) the same (?:number|figure|amount|total|price|bill)(?: twice| two (?:years|months|quarters) (?:running|in a row)| (?:from )?(?:year to year|month to month|quarter to quarter|one (?:month|year|quarter) to the next))\b/,
    },
    {
      value: true,
      pattern: pattern`\b(?:surprise|unexpected|unplanned|shock|nasty|random|out of the blue|unforeseen|surprising|unbudgeted) (?:it |extra |one off )?${COSTS}\b`,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:cannot|can never|could never|unable to|impossible to|hard to|difficult to|struggle to|never able to|no way to|tricky to) (?:accurately |properly |reliably |really )?(?:budget(?: for (?:it|them|our it|the it|(?:it )?costs|it properly|any of (?:it|them)|anything))?|forecast(?: (?:our |the |it )?(?:it |costs|spend|spending|budget)| it| them)?|predict (?:our |the |what |how much |it )?(?:it |costs|spend|we will|it will|bills|them)?|plan (?:our|the) (?:it )?(?:spend|budget|costs))(?= *(?:$|[,.;!?]|properly|accurately|reliably|ahead|because|as|since|and|but|with|at all|to save (?:my|our) li(?:fe|ves)|from (?:one )?(?:month|quarter|year) to (?:the next|month|quarter|year)))/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:never|do not|cannot|no way to|no idea|hard to|impossible to|(?:nobody|no one|noone|none of us) (?:can|could|ever)) (?:really |ever )?(?:know|tell|predict) (?:what|how much) (?:[a-z]+ ){0,5}?(?:cost|costs|spend|pay|charge|charged|come to|come in at|bill|be billed)\b|\bevery (?:month|quarter|bill|invoice) is (?:different|a surprise|a shock)\b|\bevery (?:month|quarter)\b(?: [a-z]+){0,4}? (?:bills?|invoices?|costs?|spend) (?:is|are) (?:different|a surprise|a shock|a lottery|random)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:one off|unplanned|ad hoc|random)(?: it)? (?:costs|bills|invoices|charges|expenses)\b/,
      near: {
        words: 6,
        pattern:
          /\b(?:all the time|constantly|keep|keeps|regularly|every (?:month|few months|quarter)|always|again and again)\b/,
      },
    },
    {
      value: true,
      pattern:
        /\b(?:budgeting|forecasting|planning) (?:for )?(?:it|our it|the it)(?: costs| spend| spending)? (?:is|has been) (?:a )?(?:real |complete |total |bit of a |absolute |basically |just |pure |a bit of a )?(?:nightmare|guess|guesswork|guessing game|headache|lottery|impossible|hard|difficult|struggle|tricky|pain)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:budgets?|costs?|spend|spending|bills?)(?: [a-z]+)? (?:blows? up|blew up|overruns?|overran|always goes over|goes over|keeps going over|busts|gets blown)\b/,
    },
    {
      // "stung with a massive bill for call-outs again"
      value: true,
      pattern:
        /\b(?:stung|caught out|hit) (?:with|by) (?:a |another |more )?(?:massive |huge |big |nasty |surprise |unexpected |whopping )?(?:bills?|invoices?|charges?)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:break ?fix|pay as you go|pay per (?:hour|incident|ticket)|hourly billing|ad hoc billing|time and materials)\b/,
      with: [
        /\b(?:unpredictable|expensive|killing us|a nightmare|adds? up|surprise|never know|all over the place|spiral\w*|hard to budget|costly|lumpy|random|varies)\b/,
      ],
      // "all over the place depending on whether he picks up" grades the service, not the bills.
      unless: /\bdepend(?:s|ing) (?:on )?(?:whether|who|if|when)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:want|need|prefer|would like|looking for|after|like the idea of|would love|keen on|crave) (?:a |more |some )?(?:fixed|predictable|flat|known|set|stable|steady|consistent)(?:,? (?:and )?(?:fixed|predictable|flat|known|stable|steady))* (?:it |monthly |it monthly |monthly it )?(?:cost|costs|fee|fees|price|pricing|monthly (?:fee|cost|price|bill)|budget|spend|bill|rate|figure|number)\b|\b(?:cost|budget|price) certainty\b|\b(?:costs?|spend|bills?|spending|budget)(?: [a-z]+){0,2}? to be (?:more |a lot more |much more )?(?:predictable|fixed|stable|consistent|steady|foreseeable)\b|\b(?:want|need|like|looking|keen) to (?:fix|cap|stabilise|stabilize|predict|flatten|smooth out) (?:our )?(?:it )?(?:costs|spend|spending|bills)\b/,
    },
    {
      value: false,
      pattern: pattern`\b(?:it )?${COSTS}${words(3)} (?:are|is|have been|has been|stay|stays|remain|remains) ${DEGREE}${STEADY}\b`,
      // "we'd like costs that are steady" wishes for it.
      unless: /\b(?:want|wants|wanted|would like|looking for|prefer|hoping|wish|keen on|rather)\b/,
    },
    {
      value: false,
      pattern: pattern`\b${STEADY}(?:,? (?:and )?${STEADY})? (?:it |monthly |annual |yearly )?${COSTS}\b`,
      unless:
        /\b(?:want|wants|wanted|would like|looking for|need|needs|prefer|hoping|hope|aim|rather|wish|keen|if|more|not)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\bno (?:surprise|unexpected|nasty) (?:bills|costs|invoices|charges)\b|\b(?:we )?(?:always )?know (?:exactly )?what (?:we will|we are going to|it will|it is going to) (?:spend|pay|cost)\b|\b(?:already )?(?:on|have|pay) a (?:fixed|flat) (?:monthly )?(?:fee|price|cost|rate|contract)\b/,
      // "I'd love to know what it will cost" wishes for it.
      notAfter:
        /\b(?:love to|like to|want to|wish (?:i|we)|need to|no way to|never|do not|cannot|can not|no idea|hard to|impossible to)\s*(?:really |actually |ever |always )?$/,
    },
    ...UNPREDICTABLE_COSTS_SPOKEN,
    ...UNPREDICTABLE_COSTS_SURPRISES,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:vary|varies|all over the place|unpredictable|fluctuate|fluctuates|up and down|random|never know|surprises?|swing|hard to predict|spiralling)\b/,
    },
    { value: false, pattern: /\b(?:predictable|fixed|stable|steady|consistent|under control)\b/ },
  ],
};
