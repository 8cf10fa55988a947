import { SECTOR } from "./it-is-strategic-words.ts";
import { pattern, type SignalRule } from "./rule.ts";

/** What IT is when it is only kept running: "a cost", "plumbing", "like the electric". */
const UTILITY = String.raw`(?:a |an |the )?(?:utility|tool|cost|costs|cost cent(?:re|er)|overhead|expense|commodity|necessity|necessary evil|plumbing|back office (?:function|thing)|support function|means to an end)`;
/** What IT is when it sets the business apart. */
const EDGE = String.raw`(?:a |an )?(?:(?:real |key |big )?differentiator|(?:real |big )?competitive (?:advantage|edge)|strategic(?: (?:asset|advantage|enabler|investment))?|core|central|an investment|our edge)`;

/** "More of a utility than a differentiator": IT weighed and found to be plumbing, or the edge. */
export const IT_IS_STRATEGIC_SPOKEN: readonly SignalRule[] = [
  {
    value: false,
    pattern:
      /\b(?:it|its|tech|technology|our it|computers|the tech|it for us)(?: is| are)? (?:more|much more|really more|mostly|largely|more just) (?:of )?(?:a |an )?(?:utility|tool|cost cent(?:re|er)|overhead|commodity|necessity|necessary evil|back office (?:function|thing)|support function|means to an end)\b/,
  },
  {
    // "the owner sees IT as a cost": how the business regards it.
    value: false,
    dropWhenNegated: true,
    pattern: pattern`\b(?:sees?|saw|views?|viewed|treats?|treated|regards?|regarded|thinks? of|thought of) (?:it|tech|technology|our it|the it|computers) (?:as|like) (?:just |purely |only |simply |more of |nothing more than )?${UTILITY}\b`,
  },
  {
    value: true,
    pattern: pattern`\b(?:sees?|saw|views?|viewed|treats?|treated|regards?|regarded|thinks? of) (?:it|tech|technology|our it|the it|our tech|our systems) (?:as )?${EDGE}\b`,
  },
  {
    // "its just a utility", "it's plumbing": "its" typed for "it's".
    value: false,
    pattern: pattern`\b(?:its|it is|it's) '?(?:just |only |simply |basically |purely |really just |essentially |more )?(?:a |an |the )?(?:utility|plumbing|commodity|necessary evil|cost cent(?:re|er)|overhead)\b`,
  },
  {
    value: true,
    pattern: pattern`\bits (?<neg>not )?(?:really |very |absolutely |genuinely |totally |hugely )?(?:strategic|core|central|a (?:key |real |big )?differentiator|our edge|what (?:makes|sets) us (?:competitive|different|apart|stand out))\b(?= *(?:$|[,.;!]| (?:for|to) (?:us|the business|what we do)\b| and\b| but\b))`,
  },
  {
    // "our tracking tech is what wins us contracts", "the platform is how we beat the other agencies".
    value: true,
    pattern:
      /\b(?:tech|technology|platform|software|systems?|app|our it) (?:is|are) (?:what|how) (?:wins us|win us|gets us|keeps us ahead|sets us apart|we (?:beat|win|compete|stand out|differentiate|get ahead))\b/,
  },
  {
    // "the product IS the tech", "for us IT kind of is the product".
    value: true,
    pattern:
      /\bthe product is the (?:tech|technology|software|platform|it)\b|\b(?:it|tech|technology) (?:kind of|basically|really|literally|pretty much|sort of|effectively) is (?:the|our) product\b|\b(?:tech|technology|our it) is (?:the|our) product\b/,
  },
  {
    // "we're a construction firm, not a tech company".
    value: false,
    fixed: true,
    pattern: pattern`\bnot (?:a |an )(?:${SECTOR}) (?:company|business|firm|startup|start up|outfit|shop|house|agency)\b`,
  },
];
