import type { BurnoutRisk } from "../../src/core/profile/index.ts";

/** A way of describing workload or wellbeing, with the burnout risk it suggests. */
export interface BurnoutCue {
  readonly level: BurnoutRisk;
  readonly pattern: RegExp;
  /** Written with its own negation ("can't keep up", "not too bad"): a "not" before it is not applied again. */
  readonly fixed?: boolean;
  /** Too general on its own ("fine", "ok"): counts only when the sentence is about workload. */
  readonly needsTopic?: boolean;
  /** The sentence must not match this ("budget is stretched" is not about people). */
  readonly unless?: RegExp;
  /**
   * The sentence is about something else when it matches this ("struggling" beside "Teams and
   * OneDrive" is a skills gap), unless the advisor has just asked about workload.
   */
  readonly offTopic?: RegExp;
  /** What a "not" before it makes it, when that is not simply the opposite level. */
  readonly negatedLevel?: BurnoutRisk;
}

/**
 * Workload and wellbeing phrases, against prepared text. Where two overlap the longer wins, so
 * "not too bad" (low) beats "bad" and "stretched to breaking point" (high) beats "stretched".
 */
export const BURNOUT_CUES: readonly BurnoutCue[] = [
  {
    level: "high",
    pattern:
      /\b(?:drowning|(?:burnt|burned|burning|burn) out|exhausting|knackered|shattered|worn (?:out|down)|wiped out|running on (?:empty|fumes)|frazzled|ground down|run(?:ning)? ragged|swamped|overwhelmed|overwhelming|snowed under|over ?worked|over ?loaded|over ?stretched|(?<!\bbodies (?:are )?)buried|slammed|inundated|maxed out|flat out|sinking|going under|relentless|unsustainable|non ?stop|crazy busy|insanely busy|ridiculously busy|stressed out|at breaking point|breaking point|at (?:his|her|their|our|my) limit|close to the edge)\b/,
  },
  {
    level: "high",
    pattern: /\bmanic\b/,
    // A manic season or office is the business's busy time, not how IT people are coping.
    unless:
      /\b(?:year end|month end|quarter end|season|seasons|period|periods|peak|peaks|christmas|summer|january|the office|the place|the shop|trading)(?: [a-z]+){0,3}? (?:is|are|gets|get|can be|can get|was)(?: [a-z]+)? manic\b|\bmanic (?:period|periods|season|seasons|time|times|months?|weeks?)\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:pretty|totally|completely|absolutely|properly|utterly|feeling|feel|feels|looking|mentally|so|well|bit|proper) (?:fried|frazzled|cooked)\b|\bbrains? (?:is |are )?(?:fried|frazzled|mush)\b/,
  },
  {
    level: "low",
    fixed: true,
    pattern:
      /\b(?:nobody|no one|noone|none of (?:us|them|the team))(?: [a-z]+){0,3}? (?:is |are |s |feels |seems |has been |have been )?(?:really |particularly |remotely )?(?:burnt|burned|burning) out\b/,
  },
  { level: "high", pattern: /\bexhausted\b(?! (?:all|every|our|the|its|their|options)\b)/ },
  {
    level: "high",
    pattern:
      /\b(?:run|rushed) off (?:his|her|their|our|my) feet\b|\bup to (?:his|her|their|our|my) (?:eyes|ears|neck|eyeballs)\b|\bstretched (?:to (?:the limit|breaking point|the max)|(?:way |far |much )?too (?:thin|far))\b|\bspread (?:way |far |much )?too thin\b|\bat the end of (?:his|her|their|my|our) (?:tether|rope)\b|\bunder the cosh\b|\b(?:getting|gets|got) on top of (?:him|her|them|us|me)\b|\bstressed (?:to the (?:eyeballs|max|hilt)|out of (?:his|her|their|my|our) (?:minds?|heads?))\b|\b(?:works?|working) (?:most |every |all )?(?:evenings|nights)\b|\b(?:hanging|holding on) by a thread\b|\btoo much on (?:his|her|their|our|my) plates?\b|\btoo much (?:work )?for (?:one|1|a single) (?:person|guy|man|woman|bloke|pair of hands)\b|\bcoping,? (?:barely|hardly)\b|\bon (?:his|her|their|our|my) (?:knees|last legs)\b|\b(?:pulling|tearing|pulls|tears) (?:his|her|their|our|my) hair out\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:real|serious|big|major|massive|definite|genuine|high|severe|total|complete|classic|full blown) (?:risk of )?burnout\b|\b(?:verge|edge|brink|point) of burnout\b|\b(?:heading|headed|close|near) (?:for |to |towards )?burnout\b|\bsigns of burnout\b/,
  },
  {
    level: "high",
    pattern:
      /\bon call (?:all the time|24\/7|constantly|round the clock|around the clock|day and night|every (?:night|weekend|day)|all (?:week|weekend|night)|non ?stop|permanently|always)\b|\b(?:always|constantly|permanently|basically|effectively|forever|perpetually) on call\b|\b(?:working|available|on call|reachable|contactable|on the phone|answering (?:calls|the phone)) 24\/7\b/,
  },
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:never|cannot|can never|not able to) (?:really )?switch(?:es)? off\b|\bno (?:holidays?|leave|time off|days off|breaks?|life|work life balance|lunch ?breaks?)\b(?! cover)|\bno time (?:for|to (?:eat|have|grab|take)) (?:a |any |proper |his |her |their )?(?:lunch|breaks?)\b|\b(?:skips?|skipping|skipped|works? through|working through) (?:his |her |their |my |our )?lunch(?: ?breaks?)?\b|\b(?:cannot|never|unable to|not able to|does not|do not|did not|has not|have not|had not) (?:really |ever |even |been able to )?(?:take|takes|get|gets|have|has|had|taken|got) (?:a |any |his |her |their |proper |real )?(?:proper |real |decent |full )?(?:leave|holidays?|time off|days? off|breaks?|annual leave|vacation|pto|week off)\b/,
  },
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:cannot|can hardly|unable to|could not|not able to) (?:keep up|cope|keep on top of (?:it|things|the work))\b(?! with (?:the |all the |our )?(?:[a-z]+ )?(?:refits|projects|rollouts?|migrations?|pace of change|changes|growth|expansion|new sites|openings|technology|tech)\b)|\bnot coping\b|\bnot keeping up\b|\bstruggling to (?:keep up|cope|stay afloat)\b|\bcannot take (?:much |any )?more\b|\bcannot go on like this\b|\bnot sustainable\b|\b(?:barely|hardly) (?:coping|keeping up|managing|holding (?:it|things) together|keep(?:ing)? (?:his|her|their|our|my) heads? above water)\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:threaten(?:ing|ed|s)? to|about to|ready to|close to|on the verge of|on the brink of|talking about|talked about|thinking (?:about|of)|nearly|almost|threatened to) (?:quit(?:ting)?|resign(?:ing)?|walk(?:ing)? out|leav(?:e|ing) (?:over|because))\b/,
  },
  {
    level: "high",
    pattern:
      /\bworking (?:(?:most |every |all |at )?weekends?|nights|evenings and weekends|all hours|crazy hours|silly hours|ridiculous hours|insane hours|stupid hours|(?:12|14) hour days|(?:60|70|80) hour weeks)\b|\b(?:60|70|80) hour weeks?\b|\bevery weekend\b|\b(?:works?|worked|in|online|logging on|logs on) (?:most |every |all |at |the )?weekends?\b|\b(?:working|answering|responding|fixing|online|logging in|logged in|dealing with|on the phone)(?: [a-z]+){0,3}? (?:at midnight|at (?:1|2|3|4|11|12) ?(?:am|pm)|late (?:at night|into the night|every night)|in the middle of the night|every (?:night|evening)|through the night|all night)\b|\bburning the candle at both ends\b|\bweekends and evenings\b|\bevenings and weekends\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:constant(?:ly)?|always|permanently|endless(?:ly)?|non ?stop|nothing but|just|all|perpetual(?:ly)?|continual(?:ly)?|forever|daily) fire ?fighting\b|\bfire ?fighting (?:all the time|constantly|non ?stop|every day|24\/7|day in day out|permanently|mode)\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:massive|huge|enormous|growing|endless|never ending|out of control|insane|ridiculous|mountain of a) (?:ticket )?backlog\b|\bbacklog (?:is )?(?:growing|huge|out of control|never ending|massive|through the roof)\b|\b(?:under|facing|feeling) (?:huge|massive|enormous|immense|intense|extreme|serious|crazy|insane|constant|relentless|so much|a huge amount of|a ton of|tremendous) pressure\b|\b(?:signed off|off sick) (?:with|for|due to) stress\b|\bstress leave\b|\bstress (?:levels )?(?:is |are )?(?:through the roof|off the charts|sky high)\b/,
  },
  {
    level: "high",
    pattern:
      /\b(?:signed off|off sick|off|been off|time off|sick days|sick leave|days off) (?:with|for|due to|because of|from) (?:stress|burnout|exhaustion|anxiety)\b|\b(?:works?|working|worked|in|online) (?:on )?(?:every|most|all) (?:bank holidays?|weekends?|evenings|nights|holidays)\b|\bwits'? end\b|\b(?:running|run|working|worked|work|works) (?:himself|herself|themselves|ourselves|myself) (?:into the ground|ragged|to death|into an early grave|silly)\b|\bstruggling to keep (?:his|her|their|our|my) heads? above water\b|\bdoing the (?:work|job|jobs) of (?:two|three|four|several|\d+) (?:people|men|women|staff)\b/,
  },
  // Medium.
  {
    level: "medium",
    pattern: /\bstretched\b/,
    unless:
      /\b(?:budgets?|finances?|money|cash|funds?)\b[^,.]{0,20}\bstretched\b|\bstretched (?:budgets?|finances?)\b/,
  },
  {
    level: "medium",
    pattern:
      /(?<!\b(?:a|an|the|least|less) )\bbusy\b(?! (?:periods?|seasons?|times?|spells?|months?|weeks?|days?|office|practice|firm|company|shop|site|road|line|bee|bees|schedule|year|people|person|professionals|lives|households|families|town|street|city|place|area|airport|station|restaurant|junction)\b)/,
    // "we'd never keep a full time architect busy" sizes a role; it says nothing of anyone's load.
    unless: /\bkeep (?:[a-z]+ ){0,5}?busy\b/,
  },
  {
    level: "medium",
    pattern:
      /\bunder (?:(?:a lot of|a bit of|some|real|lots of|quite a bit of|a fair bit of|increasing|more|constant|much|too much|any) )?(?:(?:real|serious) )?pressure\b(?! (?:to|from (?:the board|clients|customers|the business) to)\b)/,
  },
  {
    level: "medium",
    pattern:
      /\b(?:hectic|full on|stressful|stressed|strained|under strain|feeling the (?:strain|pressure|heat)|juggling|tiring|heavy workload|workload is (?:heavy|high|big|growing|increasing|a lot)|long hours|working late|late nights|long days|treading water|at full stretch|at capacity|running at capacity|over capacity|bit much|a lot to do|a lot going on|plenty to do|busier than (?:ever|usual)|falling behind|behind on (?:things|everything|the work|tickets)|backlog(?! of (?:projects|project work|upgrades|improvements|changes|ideas|wish list items))|fire ?fighting|pressured|pressurised|overstretched at times|putting out fires|fighting fires)\b|\b(?:a lot|loads|a huge amount|a heavy load|heavy|a big job) for (?:one|1|a single) (?:person|guy|man|woman|bloke|pair of hands)\b|\bcoping,? (?:just about|only just|but only just|just)\b/,
  },
  { level: "medium", pattern: /\btired\b(?! of\b)/ },
  { level: "medium", needsTopic: true, pattern: /\b(?:moderate|middling|medium|so so)\b/ },
  {
    level: "medium",
    pattern:
      /\b(?:got|has|have|having) (?:a lot|loads|lots|plenty|a fair bit|quite a lot) on(?=$|[,.;!?]| at the moment| right now| currently| just now| these days)|\b(?:a (?:fair |good )?bit of|some|a lot of|quite a lot of|lots of|plenty of|a fair amount of) (?:pressure|stress|strain)\b|\b(?:manageable|coping|managing|ok|okay|fine),? (?:but )?(?:only just|just about)\b/,
  },
  {
    level: "medium",
    pattern:
      /\bstruggling at times\b|\b(?:could|would) (?:use|do with) (?:a hand|an extra pair of hands|extra hands|some help|more help|a bit of help|another (?:person|pair of hands|body)|the help|some support|an extra person)\b(?! (?:for|on|with|during) (?:that|this|it|(?:the|an?|our) (?:[a-z0-9]+ ){0,2}?(?:upgrades?|migrations?|moves?|projects?|rollouts?|roll out|refresh|launch|go live|implementation|deployment|switchover|cutover|move))\b)/,
  },
  {
    level: "medium",
    pattern:
      /\b(?:a lot|lots|loads|plenty|a great deal|a fair bit|quite a lot) on (?:his|her|their|our|my) plates?\b|\bfull plates?\b|\b(?:just about|only just) (?:coping|managing|keeping up|getting by|holding (?:it|things) together)\b|\bkeep(?:ing)? (?:his|her|their|our|my) heads? above water\b/,
  },
  { level: "medium", pattern: /\bburn ?out\b/ },
  // "they're coping" is getting by; "not coping" is past that.
  { level: "medium", negatedLevel: "high", pattern: /\b(?:coping|copes)\b(?! with\b)/ },
  {
    level: "low",
    fixed: true,
    pattern:
      /\bburn ?out (?:is|is just|is really|sounds like|feels like|seems like) (?:a |an |just a |bit of a |all )?(?:buzzword|buzz word|fad|overblown|overrated|hype|exaggerated|not (?:really )?(?:a thing|an issue|a problem|a concern|something we (?:see|worry about)))\b|\b(?:no|not) (?:real )?(?:sign|signs|hint) of burn ?out\b/,
  },
  // Low.
  {
    level: "low",
    pattern:
      /\b(?:coping|copes|cope|managing|holding up|keeping up) (?:really |just |perfectly |absolutely |pretty |quite )?(?:well|fine|ok|okay|alright|all right|great|nicely|no problem|easily|comfortably)\b(?! with (?!(?:[a-z]+ ){0,4}?(?:workload|work load|work|load|volume|tickets|demand|pressure|hours|it all|everything|things)\b))|\b(?:easily|comfortably) (?:keeping up|coping|managing)\b|(?<!\b(?:it|this|that|do|does|doing|did|done) )\bon top of (?:things|everything|it all|the work|the workload|the tickets|the day to day|their work|his work|her work)\b(?! else\b)|\b(?:he|she|they|the team|our it (?:guy|person|team|manager)) (?:has|have|has got|have got|is|are)? ?(?:got )?(?:it|things|everything|the workload) (?:all )?under control\b|\b(?:the team|he|she|they|our it (?:guy|person|team|manager|lead)|the guys) (?:is|are|seems?|feels?) (?:in a good place|in good shape|doing (?:fine|well|ok|okay|great|alright)|happy|content|fine|ok|okay|alright)\b(?! (?:with|at|on|in|for|to|about)\b|,? but (?:not|could|lack|lacking|weak|no)\b)/,
  },
  {
    level: "low",
    fixed: true,
    pattern:
      /\b(?:no|not much|little|hardly any|zero|minimal|low) (?:real )?(?:stress|pressure|overtime|burnout|risk of burnout|burnout risk|fire ?fighting)\b|\bnot (?:burnt|burned) out at all\b/,
  },
  {
    level: "low",
    fixed: true,
    needsTopic: true,
    pattern: /\bnot (?:too |that |so )?bad\b|\bno complaints\b/,
  },
  {
    level: "low",
    pattern:
      /\b(?:the team|our team|the it team|our it team|our it (?:guy|person|manager|lead|people|staff)|it (?:guy|person|manager|lead|tech|technician|bloke|lad|admin) who|he|she|they|we|the guys|our guys)(?: is| are| has been| have been| seems?| feels?)? (?:actually |honestly |genuinely )?(?:pretty |quite |very |really |fairly |generally |super |well )?(?:relaxed|calm|chilled|chill|comfortable|unstressed)\b(?! (?:about|with|on|if|regarding|around)\b)/,
  },
  {
    level: "low",
    pattern:
      /\b(?:plenty of|enough|spare) (?:time|capacity|headroom|slack|bandwidth)\b|\b(?:loads of|lots of|a lot of|heaps of|bags of) (?:spare )?(?:capacity|headroom|slack|bandwidth)\b|\b(?:time|capacity) to spare\b|\bgood work life balance\b|\bwork life balance is (?:good|great|fine|ok|healthy)\b/,
  },
  {
    level: "low",
    needsTopic: true,
    pattern:
      /\b(?:manageable|sustainable|under control|reasonable|light|steady|comfortable|balanced|healthy|relaxed|chilled|calm|quiet|fine|ok|okay|alright|all right|all good|good|great|happy|content|on top of it|doing (?:fine|well|ok|okay|alright))\b(?! with (?!(?:[a-z]+ ){0,4}?(?:workload|work load|work|load|volume|tickets|demand|pressure|hours|it all|everything|things)\b))/,
    // "costs are pretty steady" is about money, not how IT people are coping.
    unless: /\b(?:costs?|budgets?|prices?|pricing|spend|spending|bills?|fees?|invoices?)\b/,
  },
];

/** The sentence talks about workload or wellbeing, so "fine" or "ok" there means low risk. */
export const WORKLOAD_TOPIC =
  /\b(?:workloads?|work load|stress|stressed|pressure|burn ?out|burnt|burned|busy(?! (?:seasons?|periods?|times?|spells?|months?|weeks?|days?)\b)|hours(?<!\b(?:out of|after|office|business|opening|core|support|school|surgery) hours)|overtime|coping|cope|holidays?(?<!\b(?:in|over|during|after|before|for) the (?:school |summer |christmas |easter )?holidays?)|leave(?<!\bwhen (?:[a-z]+ ){1,3}on leave)|wellbeing|well being|morale|tired|capacity|plates?|work life|fire ?fighting|on call|swamped|stretched|overloaded|overworked|overwhelmed|drowning|exhausted|snowed under|under the pump|keeping up|managing the load|the load|settles? down|calms? down|quietens? down)\b/;

/** Before a cue, these soften high to medium ("a bit overloaded"). */
export const SOFTENERS =
  /\b(?:a bit|a little|slightly|somewhat|kind of|sort of|mildly|partly|occasionally|sometimes|at times|can be|can get|a tad|bit|fairly|moderately|not always)\s*$/;

/** After a cue, these soften high to medium ("swamped at times"). */
export const SOFTENERS_AFTER =
  /^\s*(?:a (?:bit|little|tad)\b|,? ?but (?:(?:he|she|they|we|i) (?:is|are|am) )?(?:just about |still )?(?:coping|managing|holding up|getting by|ok|okay|alright|all right|fine|keeping up|on top of it)|at times|sometimes|occasionally|now and (?:then|again)|from time to time|every so often|in (?:busy|peak) (?:periods|times)|at (?:peak|month end|year end|busy times)|once in a while|on occasion|the odd (?:week|day|time))\b/;

/** Before a medium cue, these raise it to high ("constantly under pressure"). */
export const INTENSIFIERS =
  /\b(?:completely|totally|utterly|absolutely|massively|hugely|insanely|ridiculously|seriously|extremely|incredibly|crazy|constantly|always|permanently|way too|far too|too|so so|beyond|really really|chronically)\s*$/;

/** After "not", these make a negated high cue medium ("not quite drowning", "not yet"). */
export const PARTIAL_NEGATION =
  /\bnot (?:quite|yet|exactly|totally|completely|entirely|fully|always)\b|\byet\b/;
