import { TECH_TOPIC } from "./fragments.ts";
import { IT_IS_STRATEGIC_SPOKEN } from "./it-is-strategic-spoken.ts";
import { SECTOR } from "./it-is-strategic-words.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { IT_IS_STRATEGIC_CORE } from "./it-is-strategic-core.ts";

const TECH = new RegExp(String.raw`\b${TECH_TOPIC}\b`);
const DIFFERENTIATOR = String.raw`(?:core|central|strategic|a (?:key |real |big |massive |huge |major |genuine )?differentiator|(?:a (?:big |key |huge )?)?part of our (?:pitch|sales pitch|offer|story)|our (?:entire |whole |main |real |big )edge|our differentiator|a (?:real |big |huge )?competitive (?:advantage|edge|differentiator)|our competitive (?:advantage|edge)|what we sell|our product|at the (?:heart|core) of (?:what we do|the business|our business|everything)|the heart of (?:what we do|the business|our business)|(?:(?:a |an )?(?:big |huge |major |key |core |massive |central |important |large )?part of |central to |key to |critical to |core to |fundamental to |integral to |vital to |essential to )?how we (?:compete|win|differentiate|win business|win work|make money|stand out|win clients|win customers|beat (?:the )?competition)|our edge|our (?:unique selling point|usp)|what sets us apart|what makes us different|part of (?:our|the) (?:product|offering|proposition|service we sell)|a (?:real |key )?strategic asset|(?:a (?:big |huge |key |major |core )?part of )?what (?:makes|sets) us (?:different|apart|unique|stand out)|a (?:core|key|central|big|huge|major) part of (?:our|the) (?:offering|product|proposition|service|business model|value|business)|a (?:big|huge|major|key) part of what we do|what (?:customers|clients|people|our customers|our clients) (?:pay for|buy|come to us for|value)|(?:(?:a |an )?(?:big |huge |major |key |large )?part of )?why (?:customers|clients|people|our customers|our clients|shoppers|buyers) (?:come back|choose us|pick us|buy from us|stay with us|stick with us|use us)|what we compete on|what makes us (?:competitive|money)|a strategic (?:thing|function|priority|matter|issue|investment|area|capability)|what we do|our (?:core |main )?business|our (?:main )?focus|our thing)`;

/** IT is a strategic differentiator for the business (false: it is a utility). */
export const IT_IS_STRATEGIC: SignalPatterns = {
  rules: [
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:it|tech|technology|our it|our systems) (?:does not|do not|never) (?:really )?(?:set us apart|differentiate us|give us (?:an|a|any) (?:competitive )?(?:edge|advantage)|make us (?:different|stand out))\b/,
    },
    {
      value: true,
      pattern: pattern`\b(?:it|tech|technology|our it|our tech|our technology|our systems|software|digital|our (?:[a-z]+ ){0,2}(?:platform|software|app|apps|system|systems|technology|tech|portal|website)(?: and (?:our )?(?:[a-z]+ )?(?:website|platform|software|app|systems|system|technology|tech))?|our data|our tech stack|our stack)(?: here| for us)?(?: (?:is|are|really is|has become|is really)|'s) (?<neg>not )?(?:really |absolutely |very |so |totally |completely |fundamentally |genuinely |exactly |particularly |definitely |certainly |hugely |massively |incredibly |increasingly |truly |very much |pretty |quite |super |extremely )?(?:(?:mission critical|business critical|critical|vital|key|essential|crucial|important) and )?${DIFFERENTIATOR}\b`,
    },
    {
      value: true,
      pattern: pattern`\b(?:we are|as|being) (?<neg>not )?(?:a |an )?(?:${SECTOR}) (?:company|business|firm|startup|start up|product company|platform|house|shop|outfit|agency|provider|consultancy)\b`,
    },
    {
      value: true,
      pattern:
        /\b(?:our )?(?:software|platform|technology|tech|app|website|data|systems|tech stack) (?:is|are) (?:basically |essentially |really )?(?:the|our) (?:business|product|whole business)\b/,
    },
    {
      value: true,
      pattern:
        /\bgives? us (?:a |an |the |our )?(?:real |big |huge |clear |massive |genuine )?(?:edge|advantage|head start)\b|\b(?:edge|advantage) over (?:competitors|the competition|rivals|our competitors|other firms)\b/,
      with: [TECH],
    },
    {
      value: true,
      pattern:
        /\b(?:we are|as) (?:a |an )?(?:fintech|proptech|healthtech|edtech|insurtech|regtech|software house|dev shop|saas (?:company|business|provider)|tech (?:startup|start up|company|business|firm|scale up))\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:competitive|strategic) (?:advantage|edge|differentiator|asset|weapon|enabler)\b|\b(?:sets us apart|differentiates us|how we differentiate|gives us (?:an|our|the) edge|our secret sauce)\b/,
      with: [TECH],
    },
    {
      value: true,
      pattern:
        /\bwe (?:sell|build|develop|make) (?:software|apps|technology|tech|platforms?|saas|digital (?:products|services))\b|\bour (?:product|service|offering) is (?:software|an app|a platform|digital|online|saas)\b|\b(?:tech|technology|digital|data) (?:led|driven|first|enabled) (?:business|company|firm)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:it|tech|technology|our it|computers|the computers|the tech|it for us) (?:is|are) (?:just|only|simply|merely|basically|purely|really just|essentially|mainly) (?:a |an )?(?:utility|tool|means to an end|overhead|cost|cost centre|cost center|necessary evil|commodity|back office(?: function| thing)?|support function|admin|plumbing|something we (?:need|have to have)|something that (?:needs to|has to|should) (?:just )?work|in the background|necessity|there to (?:support|work)|enabler)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:it|tech|technology|our it|computers|the tech) (?:is|are) (?:a |an )?(?:cost cent(?:re|er)|utility|necessary evil|commodity|overhead|means to an end|tool like any other)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:just|only|simply) (?:need|want) (?:it|things|computers|the computers|everything|the tech|our it|email|the systems|the it|stuff|the laptops) to (?:just )?work\b|\b(?:the )?(?:computers|systems|tech|it|laptops|email) (?:just )?(?:need|needs|has|have) to (?:just )?work\b|\bas long as (?:it|things|everything|the computers|email|the systems|the tech) (?:just )?works?\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:not|non) (?:our )?core (?:business|to (?:us|what we do|our business))\b|\bnon core\b/,
      with: [TECH],
    },
    {
      value: false,
      pattern:
        /\b(?:it|tech|technology) (?:is|are) (?:a )?(?:support|supporting|back office|background|behind the scenes) (?:function|role|service|thing)\b/,
    },
    ...IT_IS_STRATEGIC_SPOKEN,
    ...IT_IS_STRATEGIC_CORE,
  ],
  answers: [
    {
      value: true,
      pattern:
        /^(?:(?:yes|yeah|yep|definitely|absolutely)\W* )?(?:it is |very much |hugely |massively )?(?:core|central|key|our product|what we sell|a (?:big )?differentiator|a big part of (?:it|what we do)|everything to us)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:just a (?:tool|utility|cost)|a necessary evil|means to an end|a utility|it just needs to work|back office)\b/,
    },
  ],
};
