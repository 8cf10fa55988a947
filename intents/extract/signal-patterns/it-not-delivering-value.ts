import { USED_TO } from "./speech-cues.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { IT_NOT_DELIVERING_VALUE_SPOKEN } from "./it-not-delivering-value-spoken.ts";
import { IT_NOT_DELIVERING_VALUE_WORTH } from "./it-not-delivering-value-worth.ts";
import { IT_NOT_DELIVERING_VALUE_RETURN } from "./it-not-delivering-value-return.ts";

const IT_CONTEXT =
  /\b(?:it|team|department|in house|internal|staff|him|her|them|salary|salaries|running|support|systems|they|he|she)\b/;
const A_LOT = String.raw`(?:through the nose|over the odds|top dollar|a lot|a fortune|loads|so much|too much|a small fortune|the earth|an arm and a leg|heaps|good money|serious money|a packet|a bomb|big money|a lot of money|plenty|a lot for it)`;

/** Running IT internally no longer delivers clear value. */
export const IT_NOT_DELIVERING_VALUE: SignalPatterns = {
  rules: [
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:doing|running|keeping|managing|handling|having) (?:it|our it|all (?:of )?(?:it|this)|everything|the it) (?:in house|ourselves|internally|on our own)(?: [a-z]+){0,2}? (?:(?:does not|do not) (?:really )?(?:make (?:sense|financial sense)|stack up|add up|pay off)|no longer (?:makes? (?:sense|financial sense)|stacks? up|adds? up|pays? off|works?)|(?:is not|is no longer) (?:really )?(?:worth it|worthwhile|good value|value for money|cost effective))\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:delivers?|delivering|produces?|achieves?|gives? us|does) (?:very little|little|nothing|not much|next to nothing|hardly anything|bugger all)\b/,
      with: [IT_CONTEXT],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:not|no longer|never|hardly|barely) (?:really |actually |feel like we are |feel we are )?(?:getting|seeing|get|see|receiving) (?:any |much |enough |real |good |the |our )?(?:value|value for money|money's worth|a return|good value|much back|much for (?:it|our money|the money)|bang for (?:our|the) buck|roi|anything back)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:it|our it|the it (?:team|department|function)|the team|in house it|internal it|in house|our in house|our it team|the department|they|he|she)(?: (?:is|are|has|have|has been|have been|just|really))* (?:not|no longer|never) (?:really |actually )?(?:adding|added|delivering|delivered|giving|providing|bringing|creating|add|deliver|give|provide|bring|create) (?:much |any |enough |real |the )?(?:value|results|what we need)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:it|our it|the it (?:team|department|function)|the team|in house it|internal it|in house|our in house|our it team|the department)(?: (?:is|are|just|really|has been|have been|simply))* (?:not|no longer) (?:really )?(?:delivering|performing|pulling (?:its|their) weight|earning (?:its|their) keep)\b(?! (?:on time|projects))/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:running|keeping|having|employing|paying for) (?:our own|an? in house|an internal|in house|our|an) (?:it )?(?:team|department|it|staff|people|function)(?: [a-z]+){0,3}? (?:(?:does not|no longer|is not|does not really|do not) (?:make (?:sense|financial sense)|stack up|add up|pay off|work (?:for us|out)|seem worth it)|(?:is not|is no longer|is not really) (?:good |great )?value(?: for money)?|(?:is|has become) (?:poor|bad) value|is not (?:worth it|worthwhile)|(?:does not|no longer) (?:feel|seem|look) (?:worthwhile|worth it|worth the money|like good value))\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:not sure|doubt|question whether|wonder (?:if|whether)|not convinced)(?: [a-z]+){0,5}? (?:is|are) (?:really |still )?(?:worth (?:it|the (?:money|cost)|what we pay(?: them| for (?:it|them))?)|(?:good |great )?value for money|good value)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:cannot see|do not see|struggle to see|not sure|no idea) what (?:we get|we are getting|they do|it does|we are paying for|we pay for)(?: for| from| out of)?\b|\b(?:could not|cannot|can not|would not be able to|could never) (?:honestly |genuinely |really )?(?:tell you|say|tell|point to|show you|put a finger on) what (?:we get|we are getting|we have got|we got|they do|it does|we are paying for)(?: for| from| out of) (?:it|them|that|the money|our money|him|her)\b|\b(?:the )?value (?:just |simply |really )?(?:is not|has not been|is no longer|is not really) there\b/,
      with: [IT_CONTEXT],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:team|department|function|staff|people|it|guys) (?:that|which|who) (?:does not|do not|never|no longer|cannot|can not) (?:really )?(?:deliver|add value|perform|pull (?:its|their) weight)\b|\bfed up (?:of|with) paying (?:for|out for)\b|\b(?:does not|do not|never|no longer) (?:really )?(?:earns?|pays?) (?:its|their|his|her) (?:keep|way)\b|\bcosts? (?:us )?(?:far |way |much )?more than (?:it is|they are|he is|she is|it has ever been) worth\b/,
      with: [IT_CONTEXT],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bnot (?:convinced|sure|certain) (?:that )?(?:we|it|they) (?:get|are getting|see|give us|gives us|deliver|delivers|provide|provides) (?:any |much |real |good |enough )?value\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:costs?|cost us|charges?|is|are) (?:far |way |much )?(?:too much|a lot|a fortune|so much|too expensive|expensive) for (?:what (?:it|they|he|she|we) (?:delivers?|provides?|gives? us|does|do|get|achieves?)|the value|the results|what we get)\b/,
      with: [IT_CONTEXT],
    },
    {
      value: true,
      pattern: pattern`\b(?:pay|paying|spend|spending|costs?|costing) (?:us )?(?:[a-z]+ ){0,4}?${A_LOT}\b`,
      with: [
        /\b(?:get|getting|see|seeing|delivers?|delivering|back|in return|for)(?: [a-z]+){0,3}? (?:very little|little|nothing|not much|not a lot|so little|hardly anything|bugger all|next to nothing|not enough|poor)\b|\b(?:do not|does not|never) (?:get|see) (?:much|a lot|anything)\b|\bnot (?:seeing|getting) (?:the |much |any |enough )?(?:benefit|benefits|return|results|value)\b|\b(?:and|but) (?:it is|they are|the service is|still|it is still|it is just) (?:rubbish|useless|terrible|poor|awful|not good|no good|shocking|dreadful|bad)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:poor|bad|terrible|awful|questionable|no|little|zero|lousy) value(?: for money)?\b|\bnot (?:good |great |much )?value for money\b|\bmoney pit\b|\b(?:a )?(?:waste|wasting) of (?:money|our money|budget)\b|\bbottomless pit\b|\bno (?:real )?(?:roi|return)\b|\bquestion(?:ing)? (?:the value|what we get|whether it is worth)\b/,
      with: [IT_CONTEXT],
      notAfter: USED_TO,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bnot (?:feel |seem |really |feel like it is |look |seem like it is )?worth (?:it|the (?:money|cost|salary|salaries|spend|investment|expense)|what (?:we|it) (?:pay|paying|costs?|spend|are paying)(?: (?:for it|for them|them|him|her|out))?)(?: any ?more)?\b/,
      with: [IT_CONTEXT],
    },
    {
      value: true,
      pattern:
        /\b(?:expensive|costly|overpriced|pricey) (?:for|given|considering) (?:what (?:we get|it delivers|they (?:do|deliver))|the (?:results|service|value))\b|\bcannot justify (?:the cost|the expense|the salary|the salaries|paying|keeping|spending|employing)\b/,
      with: [IT_CONTEXT],
    },
    {
      // "in-house IT just isn't good value for us any more", "I can't say the team gives us value for money".
      value: true,
      fixed: true,
      pattern:
        /\b(?:in house|internal|our own|it team|it department|it staff|the team|our team|running it|doing it|it|they|he|she)\b(?: [a-z]+){0,3}? (?:is|are) (?:just |simply |really |frankly |honestly )?(?:not|no longer) (?:really |particularly |very |that |such )?(?:good |great |decent )?value(?: for money)?\b|\b(?:cannot|could not|would not|can not) (?:honestly |really |hand on heart )?say (?:that )?(?:[a-z]+ ){1,4}?(?:gives?|delivers?|provides?|offers?|is|are) (?:us )?(?:good |real |any |great )?(?:value|value for money|worth (?:it|the money))\b/,
      with: [IT_CONTEXT],
    },
    {
      // "paying 3 salaries for IT and it's hard to justify", "costing more every year and giving us less".
      value: true,
      pattern:
        /\b(?:hard|difficult|impossible|tough|harder and harder|getting harder) to justify(?: the (?:cost|spend|expense|salaries|salary))?\b/,
      with: [
        IT_CONTEXT,
        /\b(?:pay|paying|paid|salar\w+|costs?|costing|spend\w*|£|budget|expense)\b/,
      ],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:costs?|costing|we pay|paying) (?:us )?more(?: and more)?(?: every year| each year)? (?:and|but|while|yet) (?:gives?|giving|delivers?|delivering|does|doing|get|getting) (?:us )?less\b/,
    },
    {
      // "it used to be worth it" says it no longer is.
      value: true,
      fixed: true,
      pattern:
        /\b(?:used to be|was once|once was) (?:really |definitely )?(?:worth it|worth the money|worth every penny|good value|great value|value for money)\b/,
      with: [IT_CONTEXT],
    },
    {
      value: false,
      pattern:
        /\b(?:it|our it|the team|they|he|she|our it team|in house it) (?:is|are|has been|have been) (?:great|good|excellent|real|fantastic|brilliant) value\b|\b(?:we )?(?:definitely |really )?(?:get|getting) (?:good|great|real|excellent|fantastic|brilliant) value\b|\bworth every penny\b|\b(?:gives?|giving|provides?|providing) (?:us )?(?:really )?(?:good|great|real|excellent|fantastic|brilliant) value\b|\b(?:delivers|adds|adding|delivering|add|deliver|brings|bringing) (?:a lot of |real |great |good |loads of |lots of |huge |massive |tremendous )?value\b/,
    },
    ...IT_NOT_DELIVERING_VALUE_SPOKEN,
    ...IT_NOT_DELIVERING_VALUE_WORTH,
    ...IT_NOT_DELIVERING_VALUE_RETURN,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:not worth it|poor value|waste of money|not getting (?:good )?value|money pit|expensive for what|not delivering)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:good value|great value|worth it|worth every penny|delivers (?:a lot|real value))\b/,
    },
  ],
};
