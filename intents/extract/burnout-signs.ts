import type { BurnoutCue } from "./burnout-vocabulary.ts";

const DAYS = String.raw`(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)`;

/**
 * Signs of the load read from what happens to people rather than how they feel: a cancelled
 * holiday, no days off since 2022, in most Saturdays, working till 9, midnight callouts, job ads,
 * tickets piling up; and on the calm side home at 5, a lunch break, bored, more time than work.
 * Beside the main table in {@link BURNOUT_CUES}; against prepared text.
 */
export const BURNOUT_SIGNS: readonly BurnoutCue[] = [
  // "Priya cancelled her holiday", "holidays got cancelled over the summer".
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:cancel(?:led|ed|s|ling)?|postpone[ds]?|postponing) (?:his|her|their|my|our|the|a) (?:annual |summer |christmas |family )?(?:holidays?|leave|time off|break|week off)\b|\b(?:holidays?|leave|time off) (?:got |has been |have been |was |were |keeps? getting |keep being )?(?:cancelled|canceled)\b/,
  },
  // "I haven't taken more than 2 days off in a row since 2022", "no proper lunch break in months".
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:have not|has not|had not|have never|has never|never) (?:had|taken|took|got|gets?|get) (?:more than (?:a|one|two|three|[0-9]+) days? off|(?:a|one|any) (?:proper |real |full |decent )?(?:days? off|weeks? off|holiday|break|lunch(?: ?break)?|time off|leave))\b/,
  },
  // "i'm in most saturdays now", "that's me on my phone ... every single weekend".
  {
    level: "high",
    pattern: new RegExp(
      String.raw`\b(?:i am|he is|she is|they are|we are|me|him|her|them) (?:[a-z]+ ){0,2}?(?:in|on|online|working|logged on|on site|onsite) (?:most|every|all) ${DAYS}\b|^(?:and |literally |basically |pretty much )?every (?:single |bloody )?weekend\b`,
    ),
  },
  // "Sue has been doing a lot of weekends lately", "loads of overtime for the office move".
  {
    level: "medium",
    pattern:
      /\bdoing (?:a lot of|loads of|lots of|a few|the odd|some|more) (?:weekends|late nights|overtime)\b|\b(?:doing|working|putting in|done) (?:loads of |lots of |a lot of |tons of |a load of |some |a bit of )?overtime\b|\bsome (?:weeks|days|months) are (?:worse|busier|harder|heavier) than others\b|\bmore than (?:is )?(?:ideal|we would like|i would like|comfortable)\b|\bthere are weeks (?:when |where )?(?:i|we|he|she|they) (?:do|work|put in) [0-9]+ hours\b/,
  },
  // "working till 9 most nights", "midnight callouts", "started looking at job ads", "on the edge".
  {
    level: "high",
    pattern:
      /\b(?:working|works|work|worked|there|in|here|at (?:his|her|my) desk) (?:till|until|til|to|past) (?:[0-9]{1,2}|midnight|late|gone [0-9]{1,2})(?: ?(?:pm|o clock))? (?:most|every|all|some) (?:nights|evenings|days)\b|\b(?:midnight|middle of the night|night ?time|[1-4] ?am) call ?outs?\b|\b(?:looking|look|looked|started looking|been looking) (?:at (?:other |new )?(?:job ads|job adverts|jobs)|for (?:other|new|another) (?:jobs?|roles?)|for a new (?:job|role))\b|\bjob hunting\b|\bon the edge\b|\bworkload (?:is|has been) (?:very much |very |really |extremely |too |so |crazy |far too )?(?:high|heavy|huge|crazy|insane|massive|too much)\b/,
  },
  // "the three of us can't dig out", "tickets piling up".
  {
    level: "high",
    fixed: true,
    pattern:
      /\b(?:cannot|could not|never|not able to|unable to) (?:seem to )?dig (?:ourselves |themselves |myself |himself |herself )?out\b|\b(?:tickets?|backlog|queue|requests|jobs) (?:is |are |keeps? |keep )?(?:piling|piled|stacking|stacked|mounting|building) up\b/,
  },
  // "signed off with stress in september".
  {
    level: "high",
    fixed: true,
    pattern: /\bsigned off (?:with|for|due to|because of) (?:stress|burnout|exhaustion|anxiety)\b/,
  },
  // Calm: "I go home at 5", "out the door by half 5", "nobody is under any real pressure".
  {
    level: "low",
    fixed: true,
    pattern:
      /\b(?:go|goes|going|head|heads|leave|leaves) home (?:at|by|on time)\b|\bout the door (?:by|at) (?:half )?[0-9]\b|\bi get (?:a |my )?(?:proper )?lunch(?: ?break)?\b|\b(?:nobody|no one|noone|none of (?:us|them))(?: [a-z]+){0,3}? (?:is|are) under (?:any |much )?(?:real )?pressure\b|\bover ?(?:hired|staffed)\b|\bmore time than (?:work|things to do|jobs)\b|\b(?:is|am|are|been|getting|gets|get) (?:so |really |a bit |quite |pretty |rather |never been so )?bored\b/,
  },
  // "IT is just me and i'm honestly ok", "I'm fine, genuinely".
  {
    level: "low",
    fixed: true,
    pattern:
      /\bi am (?:honestly |genuinely |actually |personally )(?:ok|okay|fine|alright|all right)\b(?! (?:with|about|to|if|either)\b)|\bi am fine,? (?:genuinely|honestly|really)\b|\b(?:it|it is|its) (?:pretty |fairly |quite |very |really |generally )?quiet (?:to be fair|tbh|honestly|at the moment|these days)\b|\b(?:the it team|our it team|the it lads|our it lads|the it (?:guy|person|bloke|lad)|our it (?:guy|person|bloke|lad)|it wise (?:we|they)) (?:are|is|am) (?:absolutely |totally |perfectly |honestly |genuinely |really )?(?:fine|ok|okay|alright)\b(?! (?:but|with|at|on)\b)/,
  },
];
