import type { BurnoutCue } from "./burnout-vocabulary.ts";

/**
 * Busy times that come round: term time, matchdays, month end, the run-up to an opening. A
 * visitor who says IT is slammed at those times describes peaks, not a constant overload, so a
 * high cue tied to one counts as medium at most. Written against prepared text.
 */
const PEAK = String.raw`(?:term ?times?|terms?|exam (?:season|time|periods?)|exams|results days?|open days?|open evenings?|intakes?|enrolment|match ?days?|game ?days?|race ?days?|event days?|show days?|events?|shows?|exhibitions?|openings?|launch(?:es)?|go lives?|deadlines?|month ends?|year ends?|quarter ends?|tax (?:season|deadlines?)|peaks?|peak (?:seasons?|times?|periods?|weeks?)|busy (?:seasons?|times?|periods?|spells?)|seasons?|the season|christmas|easter|the summer|summer|the holidays|black friday|the sales|stocktakes?|audits?|reporting (?:season|periods?)|september|january|april|renewals?|harvest|lambing|conference season|festivals?)`;

/** Who is busy at a peak: "in term time she is frantic", "at month end we get slammed". */
const WHO = String.raw`(?:he|she|they|we|i|it|things|everything|everyone|the team|the it team|work|the workload)`;

/** Just after a cue: the busy time it comes with ("slammed before each big exhibition opening"). */
export const PEAK_AFTER = new RegExp(
  String.raw`^,? (?:(?:before|during|around|ahead of|in the run up to|over|on|at|in|for|come|towards|near) (?:[a-z]+ ){0,3}?${PEAK}\b|when (?:[a-z]+ ){0,4}?${PEAK}\b|(?:once|twice|a few times|a couple of times) a (?:year|term|quarter|month)\b)`,
);

/** Just before a cue: the busy time leads ("in term time she is frantic", "matchdays are mental"). */
export const PEAK_BEFORE = new RegExp(
  String.raw`\b(?:(?:before|during|around|ahead of|in the run up to|over|on|at|in|come) (?:[a-z]+ ){0,3}?${PEAK},? (?:${WHO} (?:is|are|am|get|gets|can be|can get|was|were|goes|go)(?: (?:a bit|absolutely|totally|completely|just|properly|pretty|quite|really|always|usually|bit))? )?|${PEAK} (?:is|are|get|gets|can be|can get|was|were|tends? to be)(?: [a-z]+)? |${PEAK}(?: weeks?| times?| periods?| days?)?,? ${WHO} (?:does|do|works?|puts? in|pulls?)(?: [a-z]+)? )$`,
);

/**
 * Cues for peaks and varying weeks: "matchdays are mental", "term time is hectic", "depends on
 * the week". Each is medium, and only where the sentence is about workload.
 */
export const PEAK_CUES: readonly BurnoutCue[] = [
  {
    level: "medium",
    fixed: true,
    needsTopic: true,
    pattern: new RegExp(
      String.raw`\b${PEAK} (?:is|are|get|gets|can be|can get|tend to be|tends to be)(?: (?:absolutely|completely|totally|just|properly|pretty|quite|a bit|bit|always|usually))? (?:mental|mad|manic|crazy|insane|nuts|bonkers|chaos|chaotic|carnage|bedlam|hectic|frantic|slammed|rammed|full on|a nightmare|a killer|brutal)\b`,
    ),
  },
  {
    level: "medium",
    fixed: true,
    needsTopic: true,
    pattern:
      /\b(?:it )?(?:depends|varies) (?:on )?(?:the (?:week|day|month|time of (?:the )?(?:year|month)|season|term)|what is (?:going on|happening)|how busy (?:we|they|it) (?:are|is|get|gets))\b|\b(?:varies|changes) (?:from )?(?:week to week|month to month|day to day)\b|\b(?:busy|hectic|mental|crazy) (?:one week|some weeks),? (?:quiet|dead|calm) (?:the next|others)\b/,
  },
  {
    level: "high",
    pattern: /\bfrantic\b/,
  },
];
