import { IT_TEAM } from "./fragments.ts";
import { pattern, type SignalRule } from "./rule.ts";

/**
 * The team's ability told as a boast or a jibe: "there's nothing we can't do", "between us we
 * hold certs in Azure and Cisco", "got us through ISO 27001 first time", "solid on the technical
 * side", "skills aren't the problem"; and the opposite, "our IT team couldn't set up a printer".
 */
export const TEAM_CAPABLE_BOASTS: readonly SignalRule[] = [
  {
    // "I wouldn't say there's anything we can't do", "between us we hold certs in azure, cisco...".
    value: true,
    fixed: true,
    pattern:
      /\b(?:would not say|there is not|there is nothing|not much) (?:there is )?(?:anything |much )?(?:we|they) (?:cannot|can not) (?:do|handle|fix|turn (?:our|their) hands? to)\b|\bbetween (?:us|them),? (?:we|they) (?:hold|have|have got) (?:certs|certifications|qualifications)\b|\bwe are (?:pretty |really |very )?(?:solid|strong|sound) on the (?:technical|tech) side\b|\b(?:skills|knowledge|expertise|ability) (?:is|are) not (?:really )?(?:the|an|a) (?:problem|issue)\b/,
  },
  {
    // "our team got us through ISO 27001 first time with zero non-conformities".
    value: true,
    fixed: true,
    pattern:
      /\b(?:team|they|he|she|guys|lads) (?:got|took|steered|carried) us through\b(?: [a-z0-9]+){0,4}? (?:first time|with (?:zero|no) (?:non conformities|findings|major findings))\b/,
  },
  {
    // "our IT team couldn't set up a printer without a youtube tutorial".
    value: false,
    fixed: true,
    pattern: pattern`\b${IT_TEAM} (?:could not|cannot|can not) (?:even )?(?:set up|fix|install|configure|reset|unjam|connect) (?:a |the )?(?:printer|password|mouse|keyboard|lightbulb|plug|monitor)\b`,
  },
];
