/** Raw regex source shared by several signals' patterns (prepared text: lower case, no hyphens). */

/** A noun for someone who does IT: "it guy", "sysadmin", "it manager", "techie". */
const IT_ROLE = String.raw`(?:(?:it|tech|technical|systems|network|infrastructure|support|helpdesk|help desk) (?:guy|person|man|lady|woman|manager|bloke|chap|admin|administrator|lead|director|head|engineer|technician|tech|techie|support person|support guy|support engineer|team member|girl|lad|bod|officer|analyst|apprentice|contractor|expert)|sysadmin|system administrator|systems administrator|techie|head of it|cto|cio)`;

/** Someone who does IT, as visitors refer to them. */
export const IT_PERSON = String.raw`(?:(?:our|the|my) (?:only |main |sole |one |last |senior |lead |long serving |old )?${IT_ROLE})`;

/** The internal IT team or person as a subject: "our guys", "the team", "our it manager". */
export const IT_TEAM = String.raw`(?:(?:our|the|my) (?:(?:in house|internal|own|small|little|current) )*(?:(?:it |tech |network |infrastructure |systems )?(?:team|guys|engineers|techs|department|dept)|it (?:people|staff|lads|folks|chaps|crew|bunch|lot))|${IT_PERSON})`;

/** "is", "are", "has been" and the like, between a subject and what is said of it. */
export const BE = String.raw`(?:is|are|am|was|were|has been|have been|had been|seems?|feels?|'s)`;

/** Words that name security or compliance as a topic (not "job security"). */
export const SECURITY_TOPIC = String.raw`(?:ransomware|cyber(?: ?security| attacks?| threats?| risks?| crime)?|(?<!\b(?:job|social|financial|food|national|physical|building|energy) )security|hacks?|hacked|hackers?|hacking|breach(?:es)?|phishing|phished|malware|viruses?|data loss|gdpr|compliance|compliant|audits?|auditors?|cyber essentials|iso ?27001|fines?|the ico|mfa|2fa|vulnerabilit(?:y|ies)|threats?|scams?|fraud|data leaks?|regulators?|regulations?|regulatory|fca|data protection|unpatched|patching|pen tests?|penetration tests?|encryption|soc ?2|pci|nis ?2|dspt|attacks?)`;

/** Words that name IT or technology as a topic of a sentence. */
export const TECH_TOPIC = String.raw`(?:it|tech|technology|systems?|software|digital|data|platforms?|computers|automation|our platform|our software|our app)`;

/** Up to `n` filler words that are not a negation, so "costs are not really erratic" is not skipped over. */
export const words = (n: number): string =>
  String.raw`(?: (?!(?:not|never|no|nothing|hardly|barely)\b)[a-z']+){0,${n}}?`;
