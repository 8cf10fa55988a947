import { type SignalPatterns } from "./rule.ts";

const SOON =
  /\b(?:in the middle of|currently|underway|under way|ongoing|halfway through|mid|next|coming|upcoming|planned|planning|plan|plans|this (?:year|month|quarter|summer|spring|autumn|winter)|soon|later|in the (?:spring|summer|autumn|winter|new year)|big|major|huge|massive|need|needs|have|got|doing|starting|start|kicking off|due|scheduled|looming|on the horizon|ahead|about to|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|over the (?:summer|next))\b/;
const DONE =
  /\b(?:finished|completed|did|delivered|wrapped up|last year|last month|just finished|recently completed|went live|already (?:moved|migrated|done))\b/;

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
        /\b(?:migrat(?:e|ing|ion)|moving|move|shift(?:ing)?|transition(?:ing)?|lift and shift|switching|going|rollout|roll out) (?:(?:everything|all|our|the|it|stuff|data|email|files|systems?|servers?) )*(?:[a-z0-9]+ ){0,2}?(?:to|into|onto|over to) (?:the )?(?:cloud|azure|aws|gcp|google cloud|m365|microsoft 365|office 365|365|sharepoint|teams|google workspace|intune|entra|new (?:system|platform|erp|crm|servers?|tenant|phone system))\b/,
      unless: DONE,
    },
    {
      value: true,
      pattern:
        /\b(?:cloud|azure|aws|m365|microsoft 365|office 365|365|email|mail|server|servers|erp|crm|tenant|data|sharepoint|exchange|windows 11|network|infrastructure|phone system|telephony|voip|wifi|wi fi|laptop|pc|device|hardware|firewall|storage|file server|system|systems|platform|finance system|accounting system|it) (?:migrations?|upgrades?|rollouts?|roll outs?|replacements?|refresh(?:es)?|consolidation|cutover|move|overhaul|rebuild|revamp|implementations?|deployments?|go live|transformation|programmes?|separation|integration)\b/,
      with: [SOON],
      unless: DONE,
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
      value: false,
      fixed: true,
      pattern:
        /\bno (?:big |major |upcoming |planned |new |significant |large )*(?:projects?|migrations?|moves?|rollouts?|upgrades?|peaks?|busy periods|seasonal peaks|seasonality)(?: (?:planned|coming up|on the horizon|in the pipeline|lined up|scheduled|at the moment|right now|this year|next year|coming))?\b|\bnothing (?:big |major |much |significant |new |special )?(?:planned|coming up|on the horizon|in the pipeline)\b|\b(?:steady|flat|stable|consistent|even|constant) (?:all year|year round|throughout the year)\b/,
    },
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:move|moving|relocat\w+|migration|migrating|projects?|rollout|roll out|upgrades?|peak|busy season|expansion|new (?:office|site|premises)|merger|acquisition)\b/,
    },
  ],
};
