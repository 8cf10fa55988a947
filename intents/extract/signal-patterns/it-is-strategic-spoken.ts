import type { SignalRule } from "./rule.ts";

/** "More of a utility than a differentiator": IT weighed and found to be plumbing. */
export const IT_IS_STRATEGIC_SPOKEN: readonly SignalRule[] = [
  {
    value: false,
    pattern:
      /\b(?:it|its|tech|technology|our it|computers|the tech|it for us)(?: is| are)? (?:more|much more|really more|mostly|largely|more just) (?:of )?(?:a |an )?(?:utility|tool|cost cent(?:re|er)|overhead|commodity|necessity|necessary evil|back office (?:function|thing)|support function|means to an end)\b/,
  },
];
