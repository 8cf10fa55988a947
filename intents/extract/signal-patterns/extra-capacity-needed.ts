import { type SignalPatterns } from "./rule.ts";
import { EXTRA_CAPACITY_NEEDED_SPOKEN } from "./extra-capacity-needed-spoken.ts";
import { EXTRA_CAPACITY_NEEDED_PEAKS } from "./extra-capacity-needed-peaks.ts";
import { PEAK_COPED } from "./speech-cues.ts";

const SOON =
  /\b(?:in the middle of|currently|underway|under way|ongoing|halfway through|mid|next|coming|upcoming|planned|planning|plan|plans|this (?:year|month|quarter|summer|spring|autumn|winter)|soon|later|in the (?:spring|summer|autumn|winter|new year)|big|major|huge|massive|need|needs|have|got|doing|starting|start|kicking off|due|scheduled|looming|on the horizon|ahead|about to|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|over the (?:summer|next))\b/;
const DONE =
  /\b(?:finished|completed|did|delivered|wrapped up|last year|last month|just finished|recently completed|went live|already (?:moved|migrated|done|ordered|booked|sorted)|years ago|(?:all )?planned out|went (?:fine|well|smoothly|pretty smoothly))\b/;

/** A project held up by know-how, not hands: "none of us have done one", "no idea where to start". */
const SKILLS_NOT_HANDS =
  /\b(?:none of us|nobody|no one|noone|neither of us|none of them)(?: here| in the team| in house| in it)?(?: really| ever)? (?:knows?|knew|understands?|understood|(?:has|have)(?: ever)? (?:done|built|run|led|used|touched)|(?:has|have) (?:a|any) (?:clue|idea))\b|\b(?:do not|does not) know (?:how|where to start)\b|\bno (?:experience|idea|clue) (?:of|with|how|where)\b|\bwhere to (?:start|begin)\b/;
/** Said of a finished project, or of one that wants know-how rather than hands. */
const NOT_NEEDED = new RegExp(`${DONE.source}|${SKILLS_NOT_HANDS.source}`);

/** Projects or peak periods need extra hands (moves, migrations, rollouts, peaks). */
export const EXTRA_CAPACITY_NEEDED: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern:
        /\b(?:planning|planned|plan) (?:a |an |any |some |our |the )?(?:big |major |new )?(?:office |site |cloud |server |email |system )?(?:moves?|migrations?|rollouts?|upgrades?|relocation|refresh|projects?)\b/,
      unless: DONE,
    },
    {
      value: true,
      pattern:
        /\b(?:office|site|premises|building|hq|head office|warehouse|data centre|factory|depot|shop|store|branch|clinic) (?:move|relocation|refit|refurb|refurbishment|expansion|fit out|opening|migration|consolidation)\b/,
      unless: DONE,
    },
    {
      value: true,
      pattern:
        /\b(?:moving|relocating|move|relocate|expanding|expand) (?:to |into )?(?:a |an |the |our )?(?:new|bigger|second|larger|smaller|another) (?:office|offices|premises|building|site|location|hq|warehouse|unit)\b|\bmoving (?:office|offices|premises|buildings?|sites?)\b|\b(?:relocating|moving|relocate|move) (?:our |the )?(?:head office|hq|offices|premises|the office|warehouse|data centre)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:opening|launching|adding|acquiring|setting up) (?:a |an |two |three |our )?(?:new|second|third|another|more|extra) (?:offices?|sites?|branch(?:es)?|locations?|stores?|shops?|warehouses?|clinics?|schools?|practices?|depots?|factories|hubs?)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:migrat(?:e|ing|ion)|moving|move|cut(?:ting)? over|shift(?:ing)?|transition(?:ing)?|lift and shift|switching|going|rollout|roll out) (?:(?:everything|all|our|the|it|stuff|data|email|files|systems?|servers?) )*(?:[a-z0-9]+ ){0,2}?(?:to|into|onto|over to) (?:the )?(?:cloud|azure|aws|gcp|google cloud|m365|microsoft 365|office 365|365|sharepoint|teams|google workspace|intune|entra|new (?:system|platform|erp|crm|servers?|tenant|phone system))\b/,
      unless: NOT_NEEDED,
    },
    {
      value: true,
      pattern:
        /\b(?:cloud|azure|aws|m365|microsoft 365|office 365|365|email|mail|server|servers|erp|crm|tenant|data|sharepoint|exchange|windows 11|windows 10|win ?11|autopilot|intune|mdm|onedrive|teams|network|infrastructure|phone system|telephony|voip|wifi|wi fi|laptop|pc|device|hardware|firewall|storage|file server|system|systems|platform|finance system|accounting system|it) (?:migrations?|upgrades?|rollouts?|roll outs?|replacements?|refresh(?:es)?|consolidation|cutover|move|overhaul|rebuild|revamp|implementations?|deployments?|go live|transformation|programmes?|separation|integration)\b/,
      with: [SOON],
      unless: NOT_NEEDED,
    },
    {
      value: true,
      pattern:
        /\b(?:big|major|large|huge|massive|upcoming|planned|several|a few|lots of|a number of|multiple|one off|key|important|significant|complex|ambitious|new) (?:it )?(?:projects?|rollouts?|roll outs?|programmes?|upgrades?|implementations?|deployments?|migrations?|transformations?|refresh(?:es)?|initiatives?|overhauls?)\b/,
      unless: DONE,
      notAfter: /\b(?:like|such as|for example|e\.?g\.?|do you|can you|could you)\b/,
    },
    {
      value: true,
      pattern:
        /\bpeak (?:season|period|periods|time|times|trading|months)\b|\b(?:black friday|christmas rush|january rush|festive rush)\b/,
      unless: PEAK_COPED,
    },
    {
      value: true,
      pattern:
        /\b(?:busy|busiest|seasonal|silly) (?:season|period|periods|time of year|time|months?|spells?|weeks?)\b|\b(?:year end|month end|end of year|tax season|harvest|intake|start of term)\b/,
      with: [
        /\b(?:need|needs|extra|more|help|hands|cover|capacity|support|demand|spike|surge|scale up|cope|struggle)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:merger|acquisition|acquiring|acquired|merging|being acquired|taking over (?:another|a) (?:company|business|firm))\b/,
      with: [
        /\b(?:next|coming|upcoming|planned|planning|this year|soon|going through|in the middle of|about to|currently|integrate|integrating|integration|onboard|systems)\b/,
      ],
      unless: DONE,
    },
    {
      value: true,
      pattern:
        /\b(?:extra|additional|another|some extra|temporary|short term|a few more|more) (?:pair of )?(?:hands|bodies|manpower)\b|\b(?:short term|temporary|interim|project based|one off|extra|surge|burst|flexible|flex|overflow) (?:help|support|resource|cover|capacity|engineers?|contractors?)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:rolling out|roll out|deploying|deploy|implementing|implement|introducing|replacing|replace|upgrading|upgrade|refreshing|rebuilding|overhauling|installing|setting up) (?:(?:a|an|the|our|all|new|every|all the|all our) )*(?:[a-z0-9]+ ){0,2}?(?:laptops|pcs|devices|desktops|servers|phones|phone system|telephony|erp|crm|network|wifi|firewalls?|intune|m365|windows 11|switches|infrastructure)\b/,
      with: [SOON],
      unless: DONE,
    },
    {
      value: true,
      pattern:
        /\b(?:backlog|pile|list|queue|pipeline|load) of (?:it |planned |new )?projects\b|\bprojects? backlog\b|\bget(?:ting)? (?:everyone|all (?:our )?(?:staff|users|people|devices|laptops)|the whole (?:company|team|business)) (?:on|onto|to|over to|moved to|migrated to) (?:[a-z0-9]+ ){0,2}?(?:intune|m365|microsoft 365|office 365|365|teams|sharepoint|onedrive|azure|the cloud|cloud|windows 11|new laptops|new devices)\b/,
      unless: DONE,
    },
    {
      value: true,
      pattern:
        /\b(?:a lot of|lots of|loads of|several|many|a few|a number of|multiple|big|major|some) (?:[a-z]+ )?projects? (?:lined up|planned|coming up|in the pipeline|on the horizon|scheduled|queued up|waiting|on the go|due)\b/,
      unless: DONE,
    },
    {
      // "the Autopilot rollout for 300 laptops", "a refresh of all 80 PCs".
      value: true,
      pattern:
        /\b(?:rollout|roll out|deployment|migration|refresh|upgrade|replacement|rebuild|move) (?:for|of|to|across) (?:all )?(?:\d+|all|every|our|the|[a-z]+ hundred|a hundred|hundreds of) (?:of )?(?:our |the )?(?:[a-z0-9]+ )?(?:laptops|pcs|devices|desktops|users|staff|people|machines|sites|offices|mailboxes|phones|servers|schools|branches)\b/,
      unless: DONE,
    },
    {
      // "no way we can also do the SharePoint migration", "my team can't absorb it on top of BAU".
      value: true,
      fixed: true,
      pattern:
        /\b(?:no way|cannot|can not|could not|will not be able to|not able to|unable to|struggle to|struggling to|will never) (?:we |i |they )?(?:can |could )?(?:also |possibly |realistically |ever )?(?:do|deliver|take on|handle|fit in|manage|cope with|absorb|squeeze in|run|resource|staff) (?:the|a|an|this|that|our|these|those|both|all|another) (?:[a-z0-9]+ ){0,3}?(?:migration|move|rollout|roll out|upgrade|project|refresh|implementation|deployment|cutover|switchover|programme|go live)s?\b|\bon top of (?:bau|business as usual|the day job|the day to day|day to day|everything else|the usual)\b/,
      with: [
        /\b(?:migrat\w+|moves?|rollouts?|roll outs?|upgrades?|projects?|refresh|implementation|deployment|cutover|switchover|merger|acquisition|programmes?|go live|peak)\b/,
      ],
      unless: NOT_NEEDED,
    },
    {
      // "It's capacity we lack for the project work", "we don't have the hands for both".
      value: true,
      fixed: true,
      pattern:
        /\b(?:capacity|hands|bodies|manpower|headcount|bandwidth|people)(?: is what| that)? (?:we|they|the team) (?:lack|are missing|do not have|are short of|are short on|are short) (?:for|on) (?:the )?(?:project|projects|migration|move|rollout|roll out|peak|busy|upgrade)|\b(?:lack|do not have|have not got|are short of|are short on) (?:the |enough )?(?:capacity|hands|bodies|manpower|headcount|bandwidth) (?:for|to (?:do|deliver|get through|handle|take on|run)) (?:both|the (?:project|projects|move|office move|migration|rollout|roll out|upgrade|refresh|cutover)|projects|project work|all of (?:it|that|them)|it all)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\bno (?:big |major |upcoming |planned |new |significant |large )*(?:projects?|migrations?|moves?|rollouts?|upgrades?|peaks?|busy periods|seasonal peaks|seasonality)(?: (?:planned|coming up|on the horizon|in the pipeline|lined up|scheduled|at the moment|right now|this year|next year|coming))?\b|\bnothing (?:big |major |much |significant |new |special )?(?:planned|coming up|on the horizon|in the pipeline)\b|\b(?:steady|flat|stable|consistent|even|constant) (?:all year|year round|throughout the year)\b/,
    },
    ...EXTRA_CAPACITY_NEEDED_SPOKEN,
    ...EXTRA_CAPACITY_NEEDED_PEAKS,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:move|moving|relocat\w+|migration|migrating|projects?|rollout|roll out|upgrades?|peak|busy season|expansion|new (?:office|site|premises)|merger|acquisition)\b/,
    },
  ],
};
