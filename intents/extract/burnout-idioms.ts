import type { BurnoutCue } from "./burnout-vocabulary.ts";

/** A sentence about a product or skill area: "struggling" there is a gap, not the workload. */
const SKILL_TOPIC =
  /\b(?:setup|set up|teams|onedrive|sharepoint|intune|azure|aws|cloud|m365|365|office 365|exchange|network|networking|wifi|wi fi|firewall|security|cyber|servers?|backups?|dr|vmware|compliance|gdpr|iso|patching|monitoring|scripting|powershell|migration|licensing|crm|erp)\b/;

/**
 * Workload said sideways rather than named: hours put in, leave that never happens, slang for
 * being busy ("slammed", "it's mental here", "getting crushed"), doing two jobs, threats to
 * leave, and on the calm side "quiet at the moment" or "pretty chill". Written against prepared
 * text; where one of these overlaps a cue in the main table the longer match wins.
 */
export const BURNOUT_IDIOMS: readonly BurnoutCue[] = [
  // Hours: "60-hour weeks", "doing 60 hours a week", "12 hour days".
  {
    level: "high",
    pattern:
      /(?<!\b(?:open|opens|opening|covers?|covering|cover for|support|supported|staffed|manned|trading|trades) )\b(?:5[5-9]|[6-9]\d|1[0-2]\d|sixty|seventy|eighty)\+? ?-?(?:hours?|hrs?) ?-?(?:a |per |each |every )?weeks?\b|\b(?:1[1-9]|2[0-4]|twelve|fourteen|sixteen)\+? ?-?(?:hours?|hrs?) ?-?days?\b/,
  },
  {
    level: "medium",
    pattern:
      /\b(?:4[5-9]|5[0-4]|fifty)\+? ?-?(?:hours?|hrs?) ?-?(?:a |per |each |every )?weeks?\b|\b(?:works?|working|doing|does|putting in|puts in) (?:4[5-9]|5[0-4]|fifty)\+? ?(?:hours|hrs)\b|\b(?:10|ten) ?-?(?:hours?|hrs?) ?-?days\b/,
  },
  // Leave that does not happen: "she's not had a holiday in 2 years", "PTO keeps getting cancelled".
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:is |has |have )?not (?:had|taken|been on|been able to take|managed) (?:a |any |one |his |her |their |my |our )?(?:proper |real |decent |full |single )?(?:holidays?|leave|annual leave|pto|vacation|time off|days? off|week off|break\b(?! ins?\b(?! (?:\d|a|an|over|ages|years|months|weeks|forever|yonks)\b)))|\b(?:nobody|no one|noone|neither of (?:us|them)) (?:has |have |had |is )?(?:had|taken|got) (?:a |any )?(?:proper |real |decent |single )?(?:holidays?|leave|pto|vacation|time off|days? off|week off|break)\b|\b(?:holidays?|leave|pto|time off|vacation|days? off|annual leave) (?:keeps? (?:getting|being)|gets|got|has been|have been|was|were|is being|are being) (?:cancelled|canceled|postponed|pulled)\b|\b(?:cannot|never gets? to|can never) (?:take|takes|have) (?:a |any )?(?:pto|vacation)\b/,
  },
  // Slang for being flat out: "getting crushed", "it's mental here".
  {
    level: "high",
    pattern:
      /\b(?:getting|being|been|gets|get|got) (?:absolutely |completely |totally |properly )?(?:crushed|hammered|battered|destroyed|smashed|rinsed|pummelled)\b(?! (?:it|by)\b)/,
    unless:
      /\b(?:network|server|servers|bandwidth|wifi|wi fi|internet|website|site|system|systems|link|connection|cpu|disk|storage|costs?|budget|margins?|prices?|competitors?|sales|shares?)(?: [a-z]+)? (?:is |are |keeps? |has been |have been )?(?:getting|being|been|gets|get|got)\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:it is|its|it has been|it gets|things are|things have been|work is|work has been|the workload is|it is been|its been)(?: (?:absolutely|completely|totally|just|properly|pretty|quite|a bit|bit))? (?:mental|mad|nuts|bonkers|crazy|insane|chaos|chaotic|carnage|bedlam)(?= (?:here|in here|in it|in the it|at the (?:minute|moment)|right now|lately|recently|these days|atm|for (?:him|her|them|us|the team))\b)|\b(?:it has been|its been|it is been|it gets|things are|things have been|work is|work has been|the workload is)(?: (?:absolutely|completely|totally|just|properly|pretty|quite|a bit|bit))? (?:mental|bonkers|chaos|chaotic|carnage|bedlam)(?= ?(?:$|[,.;!?]))/,
  },
  // Two jobs in one: "he's covering for two", "covering two roles since Sam left".
  {
    level: "high",
    pattern:
      /\bcovering (?:for )?(?:two|2|three|3|several) (?:people|jobs|roles|posts|positions|colleagues|of us|men)\b|\bcovering for two(?= ?(?:$|[,.;!?]|since\b|now\b|at the moment\b))|\bdoing (?:two|2|three|3) (?:people's |peoples )?(?:jobs|roles)\b|\bdoing the (?:work|job|jobs) of (?:two|three|2|3)(?= ?(?:$|[,.;!?]|since\b|now\b))/,
  },
  // Talk of leaving over it: "threatening to follow", "he says he's going to quit".
  {
    level: "high",
    pattern:
      /\bthreaten(?:ing|ed|s)? to (?:follow|go|leave|walk|jack it in|pack it in)\b|\b(?:close to|about to|nearly|ready to|thinking (?:of|about)) (?:jack|jacking|pack|packing) it in\b/,
    unless:
      /\b(?:customers?|clients?|suppliers?|landlord|the bank|insurers?|auditors?|regulators?|the council|tenants?|members?|users?)\b[^.,;]{0,30}\bthreaten/,
  },
  // The subject is part of the match, so "if nothing changes he's going to quit" stays high.
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:he|she|they|the other|the other one) (?:is |are )?(?:going to|gonna|about to) (?:quit|resign|walk out|jack it in|pack it in)\b/,
  },
  // Typos of the commonest high words ("burnt ot", "overwerked").
  {
    level: "high",
    pattern:
      /\b(?:burnt|burned|brunt|burnd) ?(?:ot|oot|oit|otu)\b|\b(?:burntout|burnedout)\b|\bknack?ere?d\b|\bknakered\b|\bover ?w[eo]rke?d\b/,
  },
  {
    level: "high",
    pattern:
      /\bon call (?:basically|pretty much|practically|effectively|virtually|more or less|almost|literally) (?:24\/7|all the time|round the clock|around the clock|non ?stop)\b/,
  },
  // "they're struggling" said of the load; said of a product or area it is a skills gap.
  {
    level: "medium",
    pattern:
      /(?<!\b(?:our|the|main|biggest|my|their|usual|real|big) )\b(?:struggling|struggles|a struggle)\b(?! (?:to|with|for|on|are|is)\b)/,
    offTopic: SKILL_TOPIC,
  },
  {
    level: "medium",
    pattern:
      /\bstruggl(?:ing|es|e) (?:to cope )?with (?:the |all the )?(?:workload|work load|volume|amount of work|demand|tickets|ticket volume|load|pace|hours|on call)\b/,
  },
  // Medium: "spread thin", "stretched thin".
  {
    level: "medium",
    pattern:
      /\bspread (?:a (?:bit|little) |quite |pretty |rather |very |really )?thin(?:ly)?\b|\bstretched thin\b/,
    unless:
      /\b(?:knowledge|budgets?|money|cash|funding|butter|documentation)\b[^.,;]{0,25}\b(?:spread|stretched)\b/,
  },
  // Low, said of the team or the speaker: "we're pretty relaxed", "pretty chill most weeks".
  {
    level: "low",
    pattern:
      /\b(?:we|we are|i am|im|i have been|we have been)(?: (?:pretty|quite|very|really|fairly|generally|mostly|all))? (?:relaxed|chilled|chill|calm|unstressed)\b(?! (?:with|about|on|if|that|when|whether)\b)|\b(?:pretty|quite|fairly|very|really|generally|mostly|nice and) chill\b(?<!\b(?:culture|vibe|atmosphere|dress code|office|boss|owner|place) (?:is |was )?(?:pretty|quite|fairly|very|really|generally|mostly|nice and) chill)|\b(?:chill|chilled|relaxed|calm) (?:most|the majority of|nearly all) (?:weeks|days|of the time)\b/,
  },
  {
    level: "low",
    pattern:
      /\b(?:it is|its|it has been|things are|things have been|work is|work has been|the workload is|workload is)(?: (?:pretty|quite|fairly|very|really|relatively|nice and|generally|mostly))? (?:quiet|calm|steady)(?= ?(?:$|[,.;!?]|at the (?:minute|moment)\b|right now\b|lately\b|these days\b|atm\b|for (?:him|her|them|us|the team)\b|on the whole\b))|^(?:pretty |quite |fairly |very |really )?quiet (?:at the (?:minute|moment)|right now|lately|these days|atm)\b/,
    unless:
      /\b(?:business|trade|trading|orders|sales|customers|footfall|the shop|the store|the office|bookings|demand|the market|season)\b/,
  },
  {
    level: "low",
    pattern:
      /\b(?:it is|its|it has been|things are|all|everything is|it all seems)(?: (?:very|pretty|quite|fairly|totally|perfectly|easily|generally))? manageable\b/,
    unless:
      /\b(?:costs?|budgets?|price|prices|pricing|fees?|bills?|spend|money|cash|invoices?|contract)\b/,
  },
];
