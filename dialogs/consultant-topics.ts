/**
 * Questions about facts only a consultant can vouch for: how our engineers are vetted, what we
 * are certified or insured for, who our clients are, how we would work with a supplier the
 * visitor already has. The FAQ often finds an entry close in words ("are your staff DBS
 * checked?" lands on access and data ownership), but unless that entry's answer speaks to the
 * topic, answering with it would dodge the question.
 */
interface ConsultantTopic {
  /** The question is about this topic when it matches every one of these. */
  asks: readonly RegExp[];
  /** An answer that speaks to the topic; when the matched FAQ answer does, it is given. */
  answeredBy: RegExp;
}

const TOPICS: readonly ConsultantTopic[] = [
  {
    // Vetting and clearances: "DBS checked", "security cleared", "do you vet your staff".
    asks: [
      /\b(?:vetted|vetting|vet (?:your|their|the|all|each|new|staff|engineers|people|employees|techs?)|dbs|disclosure and barring|background[- ]checks?|background[- ]checked|criminal records?|police[- ]check(?:s|ed)?|security[- ]clear(?:ed|ance)|sc[- ]clear(?:ed|ance)|nppv|bpss)\b/i,
    ],
    answeredBy: /\b(?:vetted|vetting|dbs|background checks?|clearances?|security[- ]cleared)\b/i,
  },
  {
    // Our own certificates and cover: "are you ISO 27001 certified?", "are you insured?".
    asks: [
      /\b(?:are|is) (?:you|your (?:company|firm|business|team|engineers|staff|techs?|people))(?: [\w+-]+){0,4} (?:certified|accredited|insured)\b|\b(?:what|which|any) (?:certifications?|accreditations?|qualifications?)\b|\b(?:you|your (?:company|firm|engineers|staff|team)) (?:hold|have|got) (?:any )?(?:certifications?|accreditations?|qualifications?)\b|\b(?:indemnity|liability|cyber) (?:insurance|cover)\b/i,
    ],
    answeredBy:
      /\b(?:we are|we're) (?:fully |also )?(?:certified|accredited|insured)\b|\bour (?:own )?(?:certifications?|accreditations?|insurance)\b/i,
  },
  {
    // References and sector experience: "can we speak to a client?", "clients in the legal sector?".
    asks: [
      /\b(?:references?|case stud(?:y|ies)|testimonials?)\b|\b(?:speak|talk) to (?:some of |one of |any of )?your (?:existing |current |other )?(?:clients|customers)\b|\b(?:clients?|customers?|experience)(?: [\w-]+){0,4} (?:in|with|of|from) (?:the |our )?(?:[\w-]+ ){0,2}(?:sector|industry|field|firms|practices|schools|charities|trusts|companies|businesses)\b|\b(?:clients?|customers?|firms|businesses|organisations|practices|schools|charities) like (?:us|ours)\b/i,
    ],
    answeredBy: /\b(?:references?|case stud(?:y|ies)|testimonials?)\b|\bclients (?:in|across) /i,
  },
  {
    // Working with a supplier already in place: "can you work alongside our current MSP?".
    asks: [
      /\b(?:existing|current|present|incumbent|other|another|third[- ]party) (?:it )?(?:suppliers?|providers?|vendors?|msps?|contractors?|support (?:company|firm|partner)|it (?:company|firm|partner))\b|\balready (?:have|use|got|has|pay) (?:an?|our|one) (?:[\w-]+ ){0,2}(?:suppliers?|providers?|vendors?|msps?|contractors?)\b/i,
      /\b(?:work|working) (?:with|alongside|together)\b|\balongside\b|\btogether with\b|\bco-?operat|\bliaise\b|\bcoexist\b|\bintegrate with\b|\bcollaborat/i,
    ],
    answeredBy:
      /\b(?:existing|current|other) (?:it )?(?:suppliers?|providers?|vendors?)\b|\balongside (?:your|an?) (?:existing|current|other)\b/i,
  },
];

/**
 * True when the question is about something only a consultant can confirm and `answer` (the
 * FAQ's best answer, or null) does not speak to it.
 */
export function needsConsultant(question: string, answer: string | null): boolean {
  return TOPICS.some(
    (topic) =>
      topic.asks.every((pattern) => pattern.test(question)) &&
      !(answer !== null && topic.answeredBy.test(answer)),
  );
}
