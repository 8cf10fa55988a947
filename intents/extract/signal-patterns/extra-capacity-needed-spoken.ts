import { type SignalRule } from "./rule.ts";
import { PEAK_COPED } from "./speech-cues.ts";

/** A piece of project work, as visitors name it. */
const PROJECT_WORK = String.raw`(?:refits?|refurbs?|fit outs?|rollouts?|roll outs?|openings?|projects?|moves?|migrations?|upgrades?|installs?|installations?|deployments?|cutovers?|exits?|new (?:sites|stores|shops|branches|starters|offices))`;
/** A busy time of year: a month, a season, a rush. */
const SEASON =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|summer|winter|spring|autumn|term|half term|the holidays|year end|month end|peak|season|black friday|back to school|every year|each year)\b/;
/** A finished project, or one that wants know-how rather than hands. */
const DONE_OR_SKILLS =
  /\b(?:finished|completed|delivered|wrapped up|last year|went live|went (?:fine|well|smoothly|ok)|already (?:moved|migrated|done))\b|\b(?:none of us|nobody|no one|noone) (?:knows?|has (?:ever )?done)\b/;

/** Projects or peaks need extra hands, said the way visitors tell it. */
export const EXTRA_CAPACITY_NEEDED_SPOKEN: readonly SignalRule[] = [
  {
    // "we can't do it and keep the lights on", "no way we can run the move and the day job"
    value: true,
    fixed: true,
    pattern:
      /\b(?:cannot|can not|could not|will not be able to|not able to|unable to|no way (?:we can|to)) (?:also |realistically |possibly )?(?:do|deliver|run|manage|handle|take on) (?:it|that|this|both|the (?:project|migration|move|rollout|refresh|upgrade|exit))(?: [a-z]+){0,2}? (?:and|while|whilst|as well as|on top of|alongside) (?:keep(?:ing)? the lights on|the day job|bau|business as usual|(?:the )?day to day)\b/,
    unless: DONE_OR_SKILLS,
  },
  {
    // "we can't keep up with the store refits, 12 this year"
    value: true,
    fixed: true,
    pattern: new RegExp(
      String.raw`\b(?:cannot|can not|could not|struggl(?:e|es|ing) to|not able to|unable to|never) keep(?:ing)? up with (?:the |all the |our |all our )?(?:[a-z]+ ){0,2}?${PROJECT_WORK}\b`,
    ),
    unless: DONE_OR_SKILLS,
  },
  {
    // "the data centre exit to Azure next year", "closing the server room in the spring"
    value: true,
    pattern:
      /\b(?:data ?cent(?:re|er)|server room|on prem|colo|colocation) (?:exit|closure|move|migration|decommission(?:ing)?|shutdown)\b/,
    with: [
      /\b(?:next|coming|upcoming|planned|planning|this year|soon|need|help|in the (?:spring|summer|autumn|winter|new year))\b/,
    ],
    unless: DONE_OR_SKILLS,
  },
  {
    // "someone to take the helpdesk calls off them in September when it goes mad"
    value: true,
    pattern:
      /\b(?:when|once|as|where|whenever) (?:it|things|everything|work|the phones?|demand|the helpdesk) (?:goes|go|gets|get|is|are) (?:absolutely |completely |totally |really |a bit |properly |just )?(?:mad|crazy|manic|mental|nuts|bonkers|insane|hectic|frantic|rammed|silly|wild|chaos)\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|christmas|the summer|year end|month end|term time|start of term|back to school|easter|the holidays)\b(?: [a-z]+){0,3}? (?:is|are|gets|goes|get|go) (?:always |absolutely |completely |totally |really |a bit |just )?(?:mad|crazy|manic|mental|nuts|bonkers|insane|hectic|frantic|rammed|chaos|carnage)\b/,
    with: [SEASON],
    notAfter: /\bused to\s*$/,
    unless: PEAK_COPED,
  },
  {
    // "a big migration in may and no spare hands to do it", "a datacentre exit and we're flat out with BAU".
    value: true,
    pattern:
      /\bno (?:spare|free|extra) (?:hands|capacity|bodies|resource)\b|\bflat out with (?:bau|business as usual|the day job|the day to day)\b|\bon top of (?:the|their|our) day jobs?\b/,
    with: [new RegExp(String.raw`\b${PROJECT_WORK}\b`)],
    unless: DONE_OR_SKILLS,
  },
  {
    // "for the cloud move we had to get temps in", "we need to bring contractors in for the rollout".
    value: true,
    pattern:
      /\b(?:had to|have to|needed to|need to) (?:get|bring|draft|hire|buy) (?:in )?(?:temps|temporary staff|contractors|extra (?:hands|help|bodies|people)|agency (?:staff|techs))\b/,
    with: [new RegExp(String.raw`\b${PROJECT_WORK}\b`)],
  },
  {
    // "the business keeps bolting on projects without giving us more headcount".
    value: true,
    fixed: true,
    pattern:
      /\b(?:keeps?|keep on|always|constantly) (?:bolting on|piling on|adding|throwing|dumping|loading|lumping) (?:more |new |extra )?(?:projects|initiatives|work|jobs)\b/,
    with: [
      /\bwithout (?:giving us |adding |any )?(?:more|extra|additional|any) (?:headcount|people|staff|bodies|hands|resource|help)\b|\b(?:no|not enough|no extra|no more) (?:headcount|people|staff|bodies|hands|resource)\b/,
    ],
  },
];
