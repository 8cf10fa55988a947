import type { SkillArea } from "../../src/core/profile/index.ts";

/** Words that name a skill area, written against prepared text (see `cues/prepare.ts`). */
export interface SkillTerm {
  readonly area: SkillArea;
  readonly pattern: RegExp;
}

/**
 * How visitors name each skill area. Where two terms overlap the longer wins, so "azure ad"
 * (identity, Microsoft 365) beats "azure" (cloud), "cyber essentials" (compliance) beats "cyber",
 * and "soc 2" (compliance) beats "soc" (security operations).
 */
export const SKILL_TERMS: readonly SkillTerm[] = [
  {
    area: "cybersecurity",
    pattern:
      /\b(?:cyber ?security|cyber|infosec|information security|it security|phishing|ransomware|malware|viruses|anti ?virus|edr|xdr|mdr|siem|pen ?test(?:s|ing)?|penetration test(?:s|ing)?|mfa|2fa|two factor(?: authentication)?|multi factor(?: authentication)?|vulnerabilit(?:y|ies)(?: scanning| management)?|threat (?:detection|hunting|intelligence)|incident response|endpoint (?:protection|security|detection)|defender|email filtering|security awareness(?: training)?|hackers?|hacking|dark web|zero trust|conditional access|security audits?|email security|sophos|sentinel ?one|crowdstrike|mimecast|bitdefender|webroot|eset|anti ?spam|spam filtering|patch(?:ing)? (?:for )?vulnerabilit(?:y|ies)|(?:been|got|get|getting|were|was) hacked|(?:security|threat|soc|siem) monitoring|(?:phishing|spam|scam|dodgy|suspicious|fake|malicious) e ?mails?)\b/,
  },
  {
    area: "cybersecurity",
    pattern:
      /(?<!\b(?:job|social|financial|food|national|physical|building|site|home|border|energy) )\bsecurity\b(?! (?:guards?|deposits?|cameras?|alarms?|badges?|pass(?:es)?|clearance|gates?|doors?)\b)/,
  },
  { area: "cybersecurity", pattern: /\bsoc\b(?! ?(?:2|ii|1|type)\b)/ },
  {
    area: "cybersecurity",
    pattern:
      /\b(?:(?:firewall|fortinet|fortigate|sonicwall|watchguard|sophos|meraki) (?:rule ?base|rule review|review|audit|hardening)|rule ?base)\b/,
  },
  {
    area: "cloud",
    pattern:
      /(?<!\b(?:under a|every|storm) )\bcloud\b(?! (?:nine|over|hanging|on the horizon)\b)|\b(?:clod|cloud)(?= (?:stuff|side|skills|migration|servers?|storage|backups?)\b)|(?<=\b(?:and|n|or|plus|security|secrity|azure|aws) )clod\b|^clod\b|\b(?:public|private|hybrid|multi) clouds?\b|\bazure(?: landing zones?)?\b|\baws\b|\bamazon web services\b|\bgcp\b|\bgoogle cloud(?: platform)?\b|\b(?:saas|iaas|paas|serverless|kubernetes)\b|\blift and shift\b/,
  },
  {
    area: "microsoft365",
    pattern:
      /\b(?:(?:m365|365|microsoft 365|office 365|sharepoint|tenant) governance|azure (?:ad|active directory)|entra(?: id)?|aad|(?:m|ms|o|office|microsoft) ?365|365|intune|autopilot|endpoint manager|sharepoint|share point|onedrive|one drive|exchange online|exchange server|power (?:automate|apps|platform)|(?:(?:microsoft|ms|365|m365|office|software) )?(?<!\b(?:revit|autodesk|autocad|cad|adobe|sage|xero|oracle|sap|salesforce|vmware|citrix|veeam|zoom|dropbox|solidworks|archicad|sql|vendor|software) )licen[cs]ing|(?<!\b(?:up with|top of|by|via|an|your|my|his|her|send|sent|reply to|answer|answering|read|reading) )e ?mail(?! (?:me|you|us|him|her|them|address(?:es)?)\b)|mailboxes|outlook|spf|dkim|dmarc|(?:ms|microsoft) teams|teams (?:set ?up|admin|administration|telephony|phone(?: system)?|calling|voice|rooms?|governance|channels?|sprawl))\b/,
  },
  {
    area: "microsoft365",
    pattern: /\b(?:intune|device|endpoint) compliance(?: polic(?:y|ies))?\b/,
  },
  {
    area: "microsoft365",
    pattern:
      /(?<!\b(?:in|stock|foreign|an|the|fair|of) )\bexchange\b(?! (?:rates?|for|of|with|programme|students?)\b)/,
  },
  {
    area: "networking",
    pattern:
      /\b(?:network(?:s|ing|y)?(?! (?:events?|lunch(?:es)?|groups?|drinks)\b)|network infrastructure|firewalls?|wi ?fi|wifi|wireless|switches|network switch(?:es)?|vpns?|lan|wans?|sd wan|routers?|routing|dns|dhcp|vlans?|cabling|connectivity|broadband|internet connection|leased lines?|meraki|fortinet|fortigate|ubiquiti|unifi|cisco|sonicwall|watchguard|draytek|access points?)\b/,
  },
  {
    area: "networking",
    pattern:
      /\b(?:firewall|fortinet|fortigate|sonicwall|watchguard|sophos|meraki) (?:rules?|rule ?sets?|polic(?:y|ies))\b/,
  },
  {
    area: "infrastructure",
    pattern:
      /\b(?:servers?|server room|on prem(?:ise|ises)?|virtuali[sz]ation|vmware|vsphere|esxi|hyper v|hyperv|(?<!azure )active directory|domain controllers?|infrastructure|infra|data cent(?:re|er)s?|windows server|linux|citrix|remote desktop services|sql server|databases?|nas|patch(?:ing|es)?|patch management|updates and patching|(?:server |network |system |systems |infrastructure |remote |24\/7 )?monitoring|rmm)\b/,
  },
  { area: "infrastructure", pattern: /\bstorage\b(?! (?:room|cupboard|units?|boxes?|heaters?)\b)/ },
  { area: "infrastructure", pattern: /\bsan\b(?! (?:francisco|diego|jose|antonio)\b)/ },
  {
    area: "backup",
    pattern:
      /\b(?:(?:azure|m365|365|cloud|offsite|off site) back ?ups?|backups|back ups|(?<!\bneed(?:s|ed)? (?:some |a bit of |a little |more |extra )?)backup|backup(?! (?:with|on|from)\b)|backing up|backed up|back up(?! (?:and running|again|to speed|with|on|from)\b)|(?:dr|disaster recovery|bc|business continuity|continuity|recovery|backup) plan(?:s|ning)?|(?:what (?:we would|to) do )?if (?:the|our) (?:main |only )?(?:server|servers|nas|building|office|systems?) (?:died|dies|failed|fails|went down|goes down|crashed|crashes|burned down|burnt down|flooded|caught fire|got wiped)|restores?|restoring|restore testing|disaster recovery|dr(?! ?\. ?[a-z])|bc ?dr|business continuity|continuity planning|recovery plans?|data recovery|veeam|datto|snapshots?)\b/,
  },
  {
    area: "compliance",
    pattern:
      /\b(?:compliance|compliant|iso ?27001|iso ?9001|iso (?:certification|standards?|accreditation)|cyber essentials(?: plus)?|ce plus|(?:uk )?gdpr|data protection|audits?|auditing|auditors?|pci(?: dss)?|soc ?2|soc ii|soc type (?:1|2|i|ii)|hipaa|nis ?2|dspt|regulatory|regulations?|governance|certifications?|accreditations?|policies and procedures|cyber (?:security )?(?:standards|frameworks?|requirements)|(?:dfe|nhs|ncsc|government|regulatory|industry|security) standards|dsp toolkit)\b|\bce ?\+(?=\s|$|[,.;!?])/,
  },
  {
    area: "servicedesk",
    pattern:
      /\b(?:help ?desk|service ?desk|plotters?|support desk|password resets?|resetting passwords|first line(?: support)?|1st line(?: support)?|(?:end )?user (?:facing )?support|user facing (?:stuff|work|side)|desktop support|day to day support|tickets?|ticketing|ticket queue|user (?:issues|requests|queries|tickets)|joiners(?: and leavers)?|starters and leavers|new starters|onboarding new (?:staff|starters|users|employees|joiners)|user onboarding|printers?|printing|account lockouts?|(?:(?:users|staff|people) (?:getting |get |being |keep getting )?)?locked out of (?:their|his|her|my|our|the|your) (?:accounts?|laptops?|pcs?|computers?|e ?mails?|machines?|devices?|logins?)|(?:users|staff|people) (?:getting |get |being |keep getting )?locked out)\b/,
  },
  {
    area: "strategy",
    pattern:
      /(?<!\b(?:business|marketing|sales|growth|company|exit|hiring|recruitment|pricing|brand|content|investment|tax) )\bstrategy\b|\b(?:road ?maps?|budgeting|(?<!\b(?:over|under|within|blew|blown|exceeded|overspent on) (?:the |our |my )?)it budgets?(?! (?:went|goes|has gone|is going|keeps going|ran|runs) (?:over|up)\b)|budget planning|vcio|virtual cio|fractional cio|cio|it direction|technology direction|it leadership|vendor management|(?:it|strategic|long term|technology|forward|future|capacity|roadmap) planning)\b/,
  },
  {
    area: "strategy",
    // "no plan for any of it", "nobody knows where to take it".
    pattern:
      /\bplan for (?:any of |all of )?(?:it|our it|the it|the tech|our tech|technology|the future)\b(?= *(?:$|[,.;!?]|and\b|or\b|either\b|at all\b))|\bwhere to take (?:it|things|our it|the it|the tech|our tech)\b/,
  },
  {
    area: "strategy",
    pattern:
      /\bstrategic (?:side|stuff|thinking|direction|planning|view|decisions?|bit|work|advice|guidance|input|oversight|leadership)\b|\b(?:planning|roadmap) (?:side|stuff|bit|piece|work)\b|\bset(?:s|ting)? (?:any |a |the |our |an |some |clear )?(?:it |technical |technology |strategic )?direction\b|\b(?:what|where|how much) (?:to|we should|we ought to|we need to|we must) (?:be )?(?:planning to )?(?:spend(?:ing)?|invest(?:ing)?|budget(?:ing)?|prioriti[sz]e|prioriti[sz]ing)(?: (?:on|in|for))?\b|\bplan(?:ning)? (?:where (?:it|we|the business|things|technology|our it) (?:is|are|should be|needs to be) (?:going|heading)|ahead|for the future|it properly|our it)\b|\b(?:which|what) (?:vendors?|suppliers? to (?:keep|use|pick|choose|drop))\b|\b(?:anything|everything|the) (?:longer|long) term\b(?! (?:contracts?|deals?|sick|sickness|leave|absence|lease|loans?|rentals?|hires?|contractors?|illness|care)\b)|\bvendor (?:choices?|selection|decisions?|strategy)\b|\b(?:bigger|big|long term) picture\b|\bthink(?:ing)? ahead\b|\bforward (?:planning|thinking)\b|\bfuture proofing\b|\bwhere (?:it|we|the business|things|technology|our it|the company|the firm) (?:(?:should|needs to|ought to|is going to|will need to|must) (?:be )?(?:go|going|heading|headed)|(?:goes|is going|is heading|is headed|heads|should go|go) next|is (?:heading|headed))\b|\bhow to (?:plan (?:or|and) budget|budget (?:or|and) plan|plan ahead|(?:plan|budget) for (?:our it|technology|the future)|(?:plan|budget) for it(?= *(?:$|[,.;!?])))\b/,
  },
  {
    area: "strategy",
    pattern:
      /(?<!\b(?:am|are|is|was|were|be|been|being|currently|still|now|we|i|they|he|she|start|started) )\bplanning\b(?= *(?:$|[,.;!?]|and\b|or\b))/,
  },
];

/**
 * Words that name an area only as an item of a list ("gaps: m365, teams, firewall"); in running
 * text they mean something else ("our teams", "phones ringing").
 */
export const LIST_ONLY_TERMS: readonly SkillTerm[] = [
  { area: "microsoft365", pattern: /\bteams\b/ },
  { area: "servicedesk", pattern: /\bpasswords\b/ },
];

/**
 * Firewall rules: a networking job on their own ("firewall rules, veeam, sharepoint"), a security
 * matter beside other security words ("pen testing and our firewall rules").
 */
export const FIREWALL_RULES =
  /^(?:firewall|fortinet|fortigate|sonicwall|watchguard|sophos|meraki) (?:rules?|rule ?sets?|polic(?:y|ies))$/;
