import { SECURITY_TOPIC } from "./fragments.ts";
import { pattern, type SignalRule } from "./rule.ts";

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
/** When something falls due: "in march", "next month", "in a few weeks", "this autumn". */
const WHEN_DUE = String.raw`(?:(?:in|on|this|next|by) ${MONTH}|next (?:week|month|quarter|term|year)|(?:this|in the) (?:spring|summer|autumn|winter|new year)|in (?:a few|a couple of|two|three|four|six|\d+) (?:days|weeks|months))`;
/** Compliance as a subject: a regulator, a scheme or a standard named in the sentence. */
const COMPLIANCE_WORDS =
  /\b(?:compliance|compliant|cyber|security|gdpr|pci|iso|iso ?27001|cyber essentials|data protection|icaew|sra|cqc|ofsted|psn|dfe|nhs|dspt|fca|ico|audits?|auditors?|accreditation|certification|nis ?2|soc ?2|mfa|phishing|ransomware)\b/;
/** Compliance regimes by name: a headache with one of these is a compliance risk. */
const COMPLIANCE_TOPIC = String.raw`(?:compliance|pci(?: dss)?|gdpr|data protection|audits?|regulators?|regulations?|regulatory|cyber essentials(?: plus)?|iso ?27001|dspt|psn|fca|the ico|soc ?2|nis ?2|accreditation|certification)`;
/** A financial audit is not a security or compliance risk. */
const FINANCIAL_AUDIT =
  /\b(?:accounts|year end|financial audit|finance audit|statutory audit|stock ?take|vat|payroll)\b/;

/** A short list of threats and checks (the full topic list would make this rule costly). */
const THREAT = String.raw`(?:security|cyber|data protection|ransomware|phishing|hack(?:s|ed|ers?|ing)?|breach(?:es)?|malware|alerts|attacks?|scams?|compliance|audits?|gdpr)`;
/** Everyday ways of saying something keeps one awake: "losing sleep over it", "that scares me". */
const WORRY_IDIOM = String.raw`(?:losing sleep|lose sleep|keeps? me (?:up|awake) at night|scares? (?:me|us|the life out of)|terrifies (?:me|us)|frightens (?:me|us)|gives? (?:me|us) (?:nightmares|the fear|sleepless nights))`;

/** Security or compliance risk is rising, said the way visitors tell it. */
export const SECURITY_COMPLIANCE_RISK_SPOKEN: readonly SignalRule[] = [
  {
    // "we've had 2 near misses this year", "a couple of close calls" (with security in the sentence).
    value: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:had|have had|suffered|there have been|there were|seen) (?:a |an |one |two |three |four |\d+ |several |a few |a couple of |some |loads of |a number of |too many )?(?:near miss(?:es)?|close calls?|scares?|close shaves?|narrow escapes?)\b/,
    with: [pattern`\b${SECURITY_TOPIC}\b`],
  },
  {
    // "an ICAEW practice review coming up", "the annual IT health check is looming",
    // "the DfE cyber standards are coming in".
    value: true,
    pattern: pattern`\b(?:reviews?|inspections?|health checks?|assessments?|accreditation|recertification|renewal|visits?|standards|requirements|regulations|rules|legislation|framework)(?: [a-z0-9]+){0,3}? (?:is |are )?(?:coming(?: up| in)?|due|looming|around the corner|round the corner|on the horizon|imminent|approaching|kicking in|about to (?:start|land|kick in)|${WHEN_DUE})\b`,
    with: [COMPLIANCE_WORDS],
    unless: FINANCIAL_AUDIT,
  },
  {
    // "the auditors are in in March", "auditors visiting next month".
    value: true,
    pattern: pattern`\b(?:auditors?|assessors?|inspectors?) (?:are |is |will be )?(?:in|coming in|coming|visiting|on site|here|back) ${WHEN_DUE}\b`,
    unless: FINANCIAL_AUDIT,
  },
  {
    // "the FCA and the auditors are breathing down our necks"
    value: true,
    pattern: /\bbreathing down (?:our|my) necks?\b|\b(?:all over us|on our backs|on our case)\b/,
    with: [pattern`\b(?:${SECURITY_TOPIC}|ofsted|cqc|sra|inspectors?|insurers?|underwriters?)\b`],
  },
  {
    // "PCI is our big headache", "compliance is a constant worry" ("security is our big worry" may
    // name a skills gap; see the skills extractor).
    value: true,
    pattern: pattern`\b${COMPLIANCE_TOPIC}(?: [a-z]+){0,2}? (?:is|are|has become|remains) (?:our|my|a|the) (?:big|real|major|huge|massive|constant|ongoing|growing|main|biggest|number one) (?:headache|worry|concern|nightmare|problem|pain|issue)\b`,
  },
  {
    // "we don't meet half of them" (standards), "we wouldn't tick the boxes for Cyber Essentials".
    value: true,
    fixed: true,
    pattern:
      /\b(?:do not|does not|would not|will not|cannot|could not|fail to|failing to) (?:currently |really |even |yet )?(?:meet|comply with|satisfy|tick) (?:half (?:of )?|most (?:of )?|many (?:of )?|any (?:of )?|all (?:of )?)?(?:them|(?:the|their) (?:[a-z]+ )?(?:standards?|requirements|rules|regulations|controls|criteria|boxes))\b/,
    with: [COMPLIANCE_WORDS],
  },
  {
    // "the DfE cyber standards do and we're miles off", "insurers are circling", "the SRA keeps banging on about cyber".
    value: true,
    pattern:
      /\bwe are (?:miles|nowhere near|a long way|way) (?:off|short|from (?:it|meeting|compliant|there))\b|\b(?:insurers?|auditors?|regulators?|the (?:ico|sra|fca|cqc|dfe)|sra|fca|cqc) (?:are|is|keep|keeps|have been|has been) (?:circling|breathing down our necks?|on our backs?|on at us|banging on|getting twitchy|asking awkward questions)\b/,
    with: [COMPLIANCE_WORDS],
  },
  {
    // "ransomware hit a firm down the road and I'm losing sleep over it", "alerts nobody reads, that scares me".
    value: true,
    pattern: pattern`\b${WORRY_IDIOM}\b`,
    // The threat comes first with no "but" between, or straight after "over" / "about" (checked
    // apart from the pattern, so the signal's combined scan stays small).
    with: [
      pattern`\b${THREAT}(?: (?!(?:but|though|however|whereas|while|whilst|yet)\b)[a-z0-9',]+){0,14}? ${WORRY_IDIOM}\b|\b${WORRY_IDIOM} (?:over|about|because of|thinking about) (?:the |our |a |an )?(?:[a-z]+ )?${THREAT}\b`,
    ],
  },
];
