import { BAD_OUTCOME, USED_TO } from "./speech-cues.ts";
import { type SignalPatterns } from "./rule.ts";
import { SUPPORT_INCONSISTENT_SPOKEN } from "./support-inconsistent-spoken.ts";
import { SUPPORT_INCONSISTENT_AVAILABILITY } from "./support-inconsistent-availability.ts";

const SUPPORT_CONTEXT =
  /\b(?:support|service|help|helpdesk|help desk|fix(?:ed|es|ing)?|response|respond|tickets?|cover|coverage|provider|msp|supplier|engineers?|it guy|it person|it team|contractors?|covering|outsourced|techs?|guy|bloke|who is (?:in|around|available|on))\b/;
const ABSENT =
  /\b(?:when|whenever|if|while|whilst|once) (?:he|she|they|our it (?:guy|person|manager|lead|man|lady|team)|the it (?:guy|person|manager)|(?!(?:it|this|that|there)\b)[a-z]+) (?:is|are|goes|go|has|takes|was|were|gets) (?:off|away|on holiday|on leave|sick|out|not in|not around|unavailable|on annual leave|off sick|on vacation|busy|off work|in meetings|out of the office|tied up|on a course|a day off|time off|a holiday|leave|ill)\b|\b(?:holidays?|annual leave|sick (?:days?|leave)|days? off|time off|absences?)\b/;
const CONSEQUENCE =
  /\bnothing (?:really |ever )?(?:gets|get|is|can be|ever gets) (?:done|fixed|sorted|resolved|answered|looked at|picked up)\b|\bnothing (?:really |ever )?(?:happens|moves|works)\b|\b(?:everything|it all|things|work|support|the support|it support|service|the service|the helpdesk|the help desk|help) (?:just |basically |simply )?(?:stops|grinds to a halt|falls apart|goes wrong|goes to pot|breaks|piles up)\b|\b(?:it is|it's) chaos\b|\bchaos\b|\b(?:no one|nobody|noone) (?:can|is able to|knows how to|to|else can|covers|picks (?:it|things) up|is there|has (?:a|any) (?:clue|idea)|knows what to do|knows anything)\b|\b(?:we|everyone|users|staff|people|everybody)(?: else)? (?:just )?(?:have to|has to|must|are left to|end up waiting|wait)(?: wait)?\b|\b(?:things|tickets|issues|stuff|problems|requests|calls|work) (?:just )?(?:pile up|piles up|wait|sit|stack up|go unanswered|do not get (?:done|fixed)|get left|are left|queue up|build up)\b|\bgrinds? to a (?:halt|standstill)\b|\bwe are (?:basically |completely |totally |just |pretty much |a bit |really |properly |well and truly )?(?:stuck|stuffed|in trouble|screwed|lost|helpless|in the dark)\b|\bno (?:one|body) to (?:call|ask|turn to)\b|\bno cover\b|\bfalls? apart\b|\bleft in the lurch\b|\bgoes to pot\b|\b(?:awful|terrible|rubbish|dire|useless|nonexistent|non existent|a nightmare|chaos|a disaster) when\b|\bit is (?:awful|terrible|a nightmare|chaos|a disaster|rubbish)\b/;

/** "the bills from our provider are all over the place" is about costs, not the service. */
const ABOUT_COSTS =
  /\b(?:costs?|bills?|billing|invoices?|spend|spending|prices?|pricing|fees|charges|budgets?|outgoings)\b(?: [a-z']+){0,8} ?$/;

/** Support quality varies with who is available. */
export const SUPPORT_INCONSISTENT: SignalPatterns = {
  rules: [
    {
      value: true,
      fixed: true,
      pattern:
        /\bwhen (?:he|she|they|[a-z]+) (?:is|are|goes|go) (?:off|on holiday|away|out|sick|on leave|off sick)\b,?(?: [a-z]+){0,3}? (?:no (?:support|help|one|cover)|nothing (?:gets|is) (?:done|fixed)|nobody (?:to|can|helps))\b|\bdifferent (?:answers?|advice|fix(?:es)?|responses?|stor(?:y|ies)|results?) depending on who\b/,
    },
    {
      value: true,
      pattern:
        /^(?:(?:honestly|to be honest|tbh|well|yeah)\W* )?it is (?:a bit |very |pretty |really |quite |so )?(?:hit and miss|hit or miss|a lottery)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:chaos|a nightmare|a disaster|a mess|awful|hell|grim|carnage) when (?:he|she|[a-z]+) (?:is|are) (?:off|away|on holiday|on leave|sick|out|not in|not around|unavailable|on annual leave|off sick|on vacation|ill)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:support quality|service quality|support|service|it support|the support|response(?: times?)?|quality(?: of (?:support|service))?|the service|the help|the response|cover|coverage|our support|our provider|our msp|our current provider|our supplier|the provider|the msp|our it support|help desk|helpdesk)(?: (?:is|are|has been|have been|can be|seems|feels|tends to be|was|gets))? (?<neg>not |never )?(?:really |very |a bit |pretty |quite |rather |so |incredibly |massively |super |extremely |totally |completely |a little |sometimes |often )*(?:patchy|inconsistent|hit and miss|hit or miss|variable|erratic|unreliable|all over the place|sporadic|up and down|a lottery|spotty|a mixed bag|unpredictable|flaky|intermittent|random)\b/,
      notAfter: ABOUT_COSTS,
    },
    {
      value: true,
      pattern:
        /\b(?:hit and miss|hit or miss|a lottery|a mixed bag|patchy|inconsistent|erratic|variable|unreliable|sporadic|up and down|of (?:wildly |very |hugely )?varying quality)\b/,
      with: [SUPPORT_CONTEXT],
      notAfter: new RegExp(`${ABOUT_COSTS.source}|${USED_TO.source}`),
      dropWhenNegated: true,
    },
    {
      value: true,
      pattern:
        /\b(?:depends|depending|dependent) (?:entirely |totally |a lot |heavily |very much |really )?(?:on )?(?:who|whoever|which (?:engineers?|person|techs?|one of us|guy|one|of (?:them|(?:the|our|their|his|her|its|your) [a-z]+))) (?:is|you get|picks|answers|happens|we get|gets|takes|turns up|shows up|comes (?:out|in|along|round)|they send|(?:he|she|it) sends|is sent|gets sent|is on|we speak to|you speak to)\b|\bdepends (?:entirely |totally |a lot |very much |really )?on who\b|\bdepend(?:s|ing)? (?:entirely |totally |a lot |very much |really )?on whether (?:[a-z']+ ){1,3}(?:is|are) (?:around|in|available|about|on|off|here|free)\b/,
    },
    { value: true, pattern: ABSENT, with: [CONSEQUENCE], fixed: true },
    {
      value: true,
      pattern:
        /\b(?:sometimes|some (?:days|weeks|times|months))\b[^.;]{0,60}\b(?:other (?:times|days|weeks|months)|sometimes|others)\b/,
      with: [SUPPORT_CONTEXT],
    },
    {
      // "support is great mornings, rubbish afternoons"
      value: true,
      pattern:
        /\b(?:great|good|fine|brilliant|quick|fast|ok|okay) (?:in the |on )?(?:mornings?|afternoons?|evenings?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays|weekends|some days)\b[^.;]{0,40}\b(?:rubbish|awful|terrible|poor|bad|slow|useless|dreadful|non existent|nothing|shocking|a lottery|good luck)\b/,
      with: [SUPPORT_CONTEXT],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:never know|cannot tell|no idea) what (?:you|we) (?:will |are going to |would )?get\b/,
      with: [SUPPORT_CONTEXT],
    },
    {
      value: true,
      pattern:
        /\b(?:tickets|requests|issues|calls|emails) (?:get|are|go|keep getting) (?:dropped|lost|forgotten|missed|ignored)\b|\b(?:things|tickets|issues|requests|jobs) (?:fall|slip|go|falling|slipping) (?:through|between) the (?:cracks|gaps|net)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:great|good|fine|brilliant|ok|okay|quick|fast) when (?:he|she|they|[a-z]+) (?:is|are) (?:in|around|here|available|about|on site|on)\b/,
      with: [
        /\b(?:awful|terrible|rubbish|dire|useless|nothing|nobody|no one|bad|poor|slow|non existent|nonexistent|stuck|otherwise|not)\b/,
      ],
    },
    {
      // "if Jo's in it's brilliant, if she's off nothing gets done"
      value: true,
      allowIf: true,
      pattern:
        /\b(?:if|when|whenever) (?:he|she|(?!(?:it|this|that|there|everything|nothing)\b)[a-z]+) (?:is|are) (?:in|around|here|about|on site|on shift|on|available|working)\b,? (?:then )?(?:it is |its |things are |support is |the support is |the service is |service is |everything is |we are )?(?:really |absolutely )?(?:brilliant|great|good|fine|amazing|excellent|quick|fast|ok|okay|sorted|spot on)\b/,
      with: [BAD_OUTCOME],
    },
    {
      value: true,
      pattern:
        /\b(?:great|good|fine|brilliant|fast|quick|ok|okay) (?:one|some) (?:week|day|month|time)s?\b[^.;]{0,40}\b(?:awful|terrible|rubbish|poor|bad|slow|useless|dreadful|non existent|nothing|shocking)\b|\b(?:quality|standard|level) of (?:the )?(?:support|service|response)(?: [a-z]+){0,2}? (?:really |a lot |wildly |massively )?(?:varies|vary|fluctuates|is variable|is inconsistent|is all over the place|is up and down)\b|\b(?:support|service|response times?|the help)(?: (?:we|you) (?:get|receive))? (?:both |all |also )?(?:really |a lot |wildly |massively |hugely )?(?:varies|vary|fluctuates)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:support|service|the support|the service|response(?: times?)?|cover|coverage)(?: (?:is|are|has been|have been))? (?<neg>not )?(?:(?:very|really|always|pretty|consistently|super|extremely|incredibly) )*(?:consistent|reliable|dependable|steady|predictable|consistently (?:good|great|excellent|quick|fast|solid))\b|\bthere is always (?:someone|somebody|cover) (?:available|around|to help|on hand|in)\b|\bwe always have cover\b|\bcover (?:is|has) (?:never|not) (?:been )?(?:a problem|an issue)\b/,
    },
    ...SUPPORT_INCONSISTENT_SPOKEN,
    ...SUPPORT_INCONSISTENT_AVAILABILITY,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:depends (?:on )?who|patchy|hit and miss|hit or miss|inconsistent|varies|variable|up and down|a lottery|when (?:he|she|they) (?:is|are) (?:off|away|on holiday|sick))\b/,
    },
    {
      value: false,
      pattern: /\b(?:consistent|reliable|always (?:good|there|available)|pretty good)\b/,
    },
  ],
};
