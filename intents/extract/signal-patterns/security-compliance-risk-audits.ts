import { SECURITY_TOPIC } from "./fragments.ts";
import { pattern, type SignalRule } from "./rule.ts";

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
/** When an audit falls: "in april", "in the autumn", "next month", "this year". */
const WHEN = String.raw`(?:(?:in|on|this|next|by|for|from) ${MONTH}|next (?:week|month|quarter|term|year)|(?:this|in the|next) (?:spring|summer|autumn|fall|winter|new year|year)|in (?:a few|a couple of|two|three|four|six|\d+) (?:days|weeks|months)|soon|shortly)`;
/** A security or compliance standard by name. */
const STANDARD = String.raw`(?:iso ?27001|iso|soc ?2|cyber essentials(?: plus)?|ce plus|ce ?\+|pci(?: dss)?|gdpr|compliance|regulatory|security|dspt|dsp toolkit|fca|sra|cqc|ofsted|ico|nis ?2)`;
/** A security or compliance check someone outside will run ("CE+ renewal", "the DSP toolkit submission"). */
const CHECK = String.raw`(?:(?:${STANDARD}(?: [a-z0-9]+)? )?(?:audit|inspection|assessment|certification|recertification|accreditation)|${STANDARD}(?: [a-z0-9]+)? (?:renewal|submission|scan))`;
/** Dread or worry about what is coming. */
const DREAD = String.raw`(?:dreading|dread|bricking it|panicking|worried|nervous|anxious|scared|terrified|stressed|a worry|a concern|worrying|a nightmare|going to be (?:ugly|painful|rough|grim|a nightmare|a disaster|a struggle|hard|tough)|not looking forward)`;
/** A financial audit is not a security or compliance risk. */
const FINANCIAL_AUDIT =
  /\b(?:accounts|year end|financial audit|finance audit|statutory audit|stock ?take|vat|payroll)\b/;
/** The worry denied: "not worried about security", "not too nervous about the audit". */
const CALM =
  /\b(?:not|never|no longer) (?:too |that |at all |really |overly |remotely |particularly )?(?:worried|nervous|anxious|scared|stressed|panicking|dreading)\b/;
/** Standards, regulators and checks that worry people by name. */
const REGIME = String.raw`(?:${SECURITY_TOPIC}|compliance|standards|regulations?|regulators?|the regulator|the fca|the ico|the dfe|ofsted|the cqc|the sra|auditors?|audits?|the audit|gdpr|data protection|iso ?27001|cyber essentials|soc ?2|insurers?|the insurers|cyber insurance)`;

/**
 * Security and compliance risk told through audits and checks: an audit in April, ISO 27001 ahead
 * with nobody who has done one, a regulator's growing focus, "not up to scratch", risk creeping up.
 */
export const SECURITY_COMPLIANCE_RISK_AUDITS: readonly SignalRule[] = [
  {
    // "audit's in april", "an audit from the regulator in the autumn", "ISO audit which is upcoming".
    value: true,
    pattern: pattern`\b${CHECK}(?: (?:from|by|with) (?:the |our )?[a-z]+)? (?:is |are |which is |that is |coming up |due |is due |are due )?(?:upcoming|${WHEN})\b|\b(?:cyber essentials(?: plus)?|ce plus|ce ?\+|iso ?27001) (?:is |are )?(?:due|coming up|up for renewal)\b`,
    unless: FINANCIAL_AUDIT,
  },
  {
    // "the ISO 27001 audit is going to be ugly", "an audit in the new year which is a worry".
    value: true,
    pattern: pattern`\b${CHECK}\b`,
    with: [pattern`\b${DREAD}\b`],
    unless: new RegExp(`${FINANCIAL_AUDIT.source}|${CALM.source}`),
  },
  {
    // "going for ISO 27001 this year", "about to go through ISO 27001 certification".
    value: true,
    pattern:
      /\b(?:going for|going through|about to go (?:for|through)|working towards|working toward|starting|facing|preparing for|gearing up for|have to get|need to get) (?:our |an |the )?(?:iso ?27001|soc ?2|cyber essentials(?: plus)?|pci(?: dss)?)\b/,
  },
  {
    // "the DfE standards have us properly worried", "the regulator has us on edge".
    value: true,
    pattern: pattern`\b${REGIME}(?: [a-z]+){0,4}? (?:have|has|had|got|are getting|is getting|keeps?) (?:us|me|the board|the partners|everyone) (?:properly |really |very |quite |a bit |seriously |so )?(?:worried|nervous|on edge|twitchy|anxious|scared|rattled|spooked|stressed)\b`,
  },
  {
    // "compliance has suddenly become a real risk for us".
    value: true,
    pattern: pattern`\b${REGIME} (?:has |have )?(?:suddenly |recently |quickly |now )?(?:become|becoming|turned into|turning into) (?:a |an )?(?:real |big |serious |major |genuine |growing |huge )?(?:risk|worry|concern|problem|headache|issue|priority)\b`,
  },
  {
    // "the regulator's focus on it keeps growing", "scrutiny from the FCA is ramping up".
    value: true,
    pattern:
      /\b(?:regulator'?s?|regulatory|fca'?s?|ico'?s?|auditors'?|insurers'?|compliance) (?:focus|scrutiny|pressure|demands|requirements|expectations|attention)(?: on [a-z]+(?: [a-z]+)?)?(?: from [a-z ]{1,20}?)? (?:keeps? growing|is growing|are growing|keeps? increasing|is increasing|are increasing|is ramping up|are ramping up|is going up|keeps? going up|is getting (?:heavier|stronger|bigger))\b/,
  },
  {
    // "our data protection isn't up to scratch", "audit said our patching was poor".
    value: true,
    fixed: true,
    pattern: pattern`\b${REGIME}(?: [a-z]+){0,2}? (?:is not|are not|was not|were not|not|is nowhere near|are nowhere near) (?:really |quite |fully )?up to (?:scratch|standard|par|snuff)\b|\b(?:audit|auditors?|assessor|pen test|review|inspection) (?:said|found|flagged|showed|told us|reckons?) (?:that )?(?:our )?[a-z]+(?: [a-z]+)? (?:was|were|is|are) (?:poor|weak|bad|lacking|inadequate|out of date|not good enough|a mess|terrible)\b`,
    unless: FINANCIAL_AUDIT,
  },
  {
    // "GDPR-wise we're probably not where we should be".
    value: true,
    fixed: true,
    pattern: /\bnot where (?:we|it|they) (?:should|need to|ought to) be\b/,
    with: [
      /\b(?:gdpr|security|cyber|compliance|compliant|data protection|iso ?27001|cyber essentials)\b/,
    ],
  },
  {
    // "feels like the risk is creeping up on us", "the cyber risk keeps creeping up".
    value: true,
    pattern:
      /\b(?:the |our |cyber |security |compliance )?risks? (?:is |are |keeps? |has been |have been )?(?:creeping up|creeping|mounting|piling up|stacking up|ramping up|going up|growing|getting (?:bigger|worse|higher))\b/,
    unless: /\b(?:costs?|budgets?|staff|key person|single point|burnout|retention|leaving)\b/,
  },
  {
    // "the insurance renewal came with loads of questions we couldn't answer".
    value: true,
    pattern:
      /\b(?:questions|questionnaire|forms?|boxes|requirements|controls)(?: [a-z]+){0,3}? we (?:could not|cannot|can not|did not|were not able to|are not able to) (?:answer|fill in|tick|meet|complete|evidence)\b/,
    with: [
      /\b(?:insurance|insurer|underwriter|broker|renewal|audit|auditor|tender|client|customer|security|cyber|compliance|gdpr|iso|soc ?2)\b/,
    ],
  },
  {
    // "compliance isn't an issue for us at all", "we're not regulated".
    value: false,
    fixed: true,
    pattern:
      /\b(?:compliance|regulation|security|cyber|gdpr)(?: [a-z]+)? (?:is not|are not|has never been|is never) (?:really |much of |at all |ever )?(?:an issue|a problem|a worry|a concern|a thing|an issue for us|a big deal)\b|\b(?:security|the risk|risk|cyber risk|our exposure) (?:is not|are not) getting (?:any )?(?:worse|bigger|higher)\b/,
  },
  {
    // "being audited for ISO 27001 next quarter", "we get audited in march and nobody has done one".
    value: true,
    pattern: /\b(?:being|getting|get|gets|will be|to be|are|is) audited\b/,
    with: [
      pattern`\b${WHEN}\b|\b(?:none of us|nobody|no one|never|first time|for the first time)\b`,
    ],
    unless: FINANCIAL_AUDIT,
  },
  {
    // "our insurer is insisting on it this year", "clients now demand it" (after naming the standard).
    value: true,
    pattern: pattern`\b(?:insisting|insist|insists|demanding|demand|demands|requiring|require|requires|mandating|mandate|mandated|pushing for|chasing us for|asking for)(?: on| that we (?:get|have|hold|pass|achieve))?(?: (?:a|an|the|our|proper|full|some|evidence of))? (?:it|that|this|certification|accreditation|certificates?|cyber|security|mfa|iso|soc|pci|gdpr|compliance|pen tests?|audits?)\b`,
    with: [
      /\b(?:insurers?|underwriters?|brokers?|clients?|customers?|the bank|regulators?|the council|the nhs|funders?)(?: now| are| is| have| has| keep| keeps| started)? (?:insist|demand|requir|mandat|pushing|chasing|asking)/,
    ],
  },
  {
    // "DSPT is non-negotiable and the bar keeps going up", "they keep raising the bar on security".
    value: true,
    pattern:
      /\bthe bar (?:keeps |is |has been )?(?:going up|rising|getting higher|being raised|moving)\b|\b(?:keep|keeps) (?:raising|moving) the (?:bar|goalposts)\b/,
    with: [new RegExp(SECURITY_TOPIC)],
  },
];
