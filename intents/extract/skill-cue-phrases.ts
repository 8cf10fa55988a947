import type { SkillCue } from "./skill-cues.ts";

/** Who on the visitor's side might know an area: "none of us", "not one of our staff". */
const OUR_PEOPLE = String.raw`(?:us|them|(?:the|our|my|his|her|their) (?:(?:it|tech|internal|in house|current|existing|other) )?(?:team|staff|lads|guys|people|folk|engineers|techs|techies|lot|bunch|department|partners|directors|two|three|four|five|six|seven|eight|nine|ten|[0-9]+))`;

/**
 * "nobody", "none of the six": nobody on the team; "nobody complains about it" is no gap, and
 * neither is "nobody's touched it since" (neglect); "nobody else knows" is a gap only once the
 * one who knew has gone (see the cue below).
 */
const NOBODY = String.raw`(?:nobody|no one|noone|no1|naebody|(?:none|neither|not one|not a single one) of ${OUR_PEOPLE})(?! else\b(?!(?: [a-z]+){0,6} either\b))(?! (?:has |have |had |is )?touched (?:it|them|that|anything) (?:since|in years|for years)\b)(?! (?:here |really |at all |else |ever )?(?:wants?|wanted|likes?|liked|complains?|complained|complaining|is complaining|are complaining|has complained|cares?|cared|minds?|minded|uses?|used|noticed|miss(?:es|ed)?|reads?|reported|is bothered|seems bothered|(?:has |have )?(?:had|gets?|got|taken|takes?|took) (?:a |any |his |her |their )?(?:proper |real )?(?:days?|time|weeks?|holidays?|breaks?|weekends?|leave|lunch|rest)\b)\b)`;

/** Words that say someone is at home in an area ("an expert", "security people", "techy"). */
const AT_HOME = String.raw`(?:experts?|specialists?|people|person|guys?|gurus?|whizz(?:es)?|wizards?|pros?|techy|techie|savvy|minded|literate|strong|confident|comfortable|competent|capable|skilled|experienced|knowledgeable|trained|qualified|good|great|up on)`;

/** Not after an outage or an incident: "downtime is non-existent" is good news, not a gap. */
const NOT_A_FAILURE = String.raw`(?<!\b(?:downtime|incidents?|outages?|problems?|issues?|complaints?|breaches|attacks?|tickets?|calls?|failures?|errors?|crashes|it|that|this|which)(?: just| simply| basically)? )`;

/**
 * Cue phrases about knowledge and help, beside {@link SKILL_CUES}: who lacks an area, where the
 * team is thin, help wanted, and what the team plainly has ("we're all infrastructure people").
 */
export const KNOWLEDGE_CUES: readonly SkillCue[] = [
  // "none of us are security experts", "nobody here is really an expert in Intune".
  {
    kind: "gap",
    fixed: true,
    pattern: new RegExp(
      String.raw`\b${NOBODY}(?: here| in house| in it| on the team| in the team)? (?:is|are|was|were|has been|have been)(?: (?:really|particularly|an?|very|that|properly|truly|actually|exactly|much of an?|what you would call)){0,3}(?: [a-z0-9]+){0,2}? ${AT_HOME}\b|\b${NOBODY}\b`,
    ),
  },
  // "Raj left and nobody else knows SharePoint"; while Raj is still here it is a dependency.
  {
    kind: "gap",
    fixed: true,
    afterDeparture: true,
    pattern: /\b(?:nobody|no one|noone|no1) else\b/,
  },
  // "we don't even know if our backups work", "not sure the backups would restore".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:no idea|no clue|not sure|unsure|(?:do|does|did) not (?:even |really )?know|have no clue|never (?:checked|tested|confirmed))(?: (?:if|whether))? (?:our|the|my|those|these|their|any of (?:our|the)) (?:[a-z0-9]+ ){0,3}?(?:even |actually |really )?(?:works?|working|would (?:work|restore|recover)|restores?|recover|would actually (?:work|restore)|(?:is|are) any good|(?:is|are) up to date)\b(?! for\b)/,
  },
  // "our Azure skills are basically nil", "security know-how is thin on the ground".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:skills?|skill set|knowledge|expertise|experience|know how|understanding) (?:is|are|was|were) (?:(?:basically|pretty much|pretty|practically|virtually|more or less|frankly|honestly|very|really|quite|a bit|fairly|still|rather|somewhat|extremely) )?(?:nil|non existent|nonexistent|zero|lacking|limited|thin|minimal|poor|weak|basic|patchy|shaky|rusty|out of date|thin on the ground|not there|not great|not good|nowhere near)\b/,
  },
  // "our DR plan is basically non-existent".
  {
    kind: "gap",
    pattern: new RegExp(
      String.raw`${NOT_A_FAILURE}\b(?:is|are) (?:basically |pretty much |practically |virtually |more or less |almost |largely )?(?:non existent|nonexistent|nil|absent)\b`,
    ),
  },
  // "cloud and security are where we're thin", "user support is where we need the help".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\bwhere (?:we|the team|they|i|our team|our guys|our people|our lot|we all)(?: are| is| am| feel| get| come)?(?: really| most| a bit| quite| pretty| definitely| genuinely| very| especially| particularly| probably)? (?:weak|weakest|weaker|thin|thinnest|lacking|struggling|struggle|short|light|exposed|vulnerable|worst|least (?:confident|comfortable|experienced|strong|skilled)|out of (?:our|my|their|its) depth|unstuck|lost|falls? short|need(?:s)? (?:the (?:most |biggest )?|some |a bit of |most |more |a lot of )?(?:help|support|a hand|input|expertise|guidance|assistance)|could (?:use|do with) (?:some |a bit of |more )?(?:help|support|a hand)|lacks?|(?:have|has) (?:the )?(?:biggest |most )?gaps?)\b/,
  },
  // "we need pen testing and someone to look at our firewall rules".
  {
    kind: "gap",
    pattern:
      /\b(?:need|needs|needed|want|wants|looking for|could use|require|requires) (?:[a-z0-9]+ ){0,4}?(?:and|or|plus) (?:someone|somebody|a specialist|an expert|an engineer|a person|people) (?:to|who|that|for|with|on)\b/,
  },
  // "we'd love someone to take first line support off us".
  {
    kind: "gap",
    pattern:
      /\bwould (?:really |honestly )?(?:love|like|welcome|appreciate) (?:(?:someone|somebody|a specialist|an expert|an engineer|a person)(?: (?:to|who can|who could|that can)(?: come in and)? (?:take|handle|look after|manage|run|sort|do|cover|help|support|deal with|own|check|review|test|fix|set up|configure|look at)| who (?:really |actually |properly |genuinely |truly )?(?:knows|understands|gets))|(?:some |expert |some expert )?(?:help|support)|a hand)\b|\bwould be (?:great|good|nice|brilliant|ideal|lovely|a relief|amazing|a godsend) (?:if|to have|to get) (?:someone|somebody|you|a specialist|an expert)\b|\b(?:to|could|would|can|will|someone|somebody|you) tak(?:e|ing) (?:[a-z0-9]+ ){1,4}?off (?:us|our hands|my hands|our plate|my plate|his plate|her plate|their plate|the team|him|her|them)\b/,
  },
  // "the strategic stuff just never happens".
  {
    kind: "gap",
    fixed: true,
    pattern: new RegExp(
      String.raw`${NOT_A_FAILURE}\b(?:just |simply )?never (?:happens|gets? done|gets? looked at|gets? a look in|gets? any attention)\b|\b(?:just )?(?:does|do) not (?:really |ever )?(?:get done|get looked at)\b`,
    ),
  },
  // "they're engineers not helpdesk people".
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\bnot (?:really |exactly )?(?:an? )?(?!(?:enough|many|much|sufficient|so|too|the|a lot|any|nearly|quite)\b)(?:[a-z0-9]+ ){1,2}?(?:people|person|guys?|types?|folk|bods|experts?|specialists?)\b/,
  },
  // What the team can do is the baseline: "anything beyond a password reset".
  {
    kind: "ok",
    fixed: true,
    pattern:
      /\b(?:anything|everything|nothing|much|stuff|things) (?:beyond|past|more (?:complex|complicated|advanced|technical) than|harder than|trickier than)(?: (?:a|an|the|basic|simple|the odd|the occasional))?\b/,
  },
  // "i do everything from printers to the firewall".
  {
    kind: "ok",
    fixed: true,
    pattern:
      /\b(?:everything|anything|all sorts|all kinds|the lot|it all) from (?:[a-z0-9]+ ){1,5}?to (?:the |our |a )?[a-z0-9]+\b/,
  },
  // "we're all infrastructure people".
  {
    kind: "ok",
    fixed: true,
    pattern:
      /\b(?:we are|they are|the team is|i am|he is|she is)(?: (?:all|mostly|mainly|really|very much|primarily|basically|an?)){0,3} (?!(?:only|just|not|a few|few|so few|too few|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|small|a small|tiny|a tiny)\b)(?:(?!not\b)[a-z0-9]+ ){1,2}?(?:people|person|guys?|engineers?|folk|types?|bods|background)\b/,
  },
];
