import { IMPLICIT_CUES } from "./skill-cue-implicit.ts";
import { KNOWLEDGE_CUES } from "./skill-cue-phrases.ts";
import { SLANG_CUES } from "./skill-cue-slang.ts";
import { SPEECH_CUES } from "./skill-cue-speech.ts";

/**
 * What a clause says about the skill areas near it: the team lacks them ("gap"), has them ("ok"),
 * or the visitor takes one back ("remove"). "except" takes the opposite of the clause's other
 * cues ("fine with everything except security").
 */
export type SkillCueKind = "gap" | "ok" | "remove" | "except";

/** A phrase that sets the polarity of the skill areas closest to it. */
export interface SkillCue {
  readonly kind: SkillCueKind;
  readonly pattern: RegExp;
  /** Written with its own negation ("nobody knows"), so a "not" before it is not applied again. */
  readonly fixed?: boolean;
  /** Used only when no strong cue is in the clause ("in house", "happy"). */
  readonly weak?: boolean;
  /** Used only when the message says someone has left ("Raj left ... nobody else knows it"). */
  readonly afterDeparture?: boolean;
}

/** Cue phrases against prepared text; where two overlap, the longer one wins. */
export const SKILL_CUES: readonly SkillCue[] = [
  // The team lacks it ("can't do it all" is hands, not know-how, so it is left out).
  {
    kind: "gap",
    pattern:
      /\b(?:lack(?:s|ing|ed)?|short (?:on|of)|struggl(?:e|es|ed|ing)|weak(?:ness|nesses|est|er)?|gaps?|missing|shaky|rusty|sketchy|flaky|patchy|(?:hopeless|useless|rubbish|terrible|awful|poor|bad|not great|not good) (?:at|with|on|when it comes to)(?: (?:keeping|staying) (?:on top of|up with|up to date (?:with|on)))?|clueless|messy|tricky|complicated|confusing|daunting|baffling|(?:is|are) (?:really |quite |a bit |very )?(?:hard|difficult)|pain points?|sore points?|blind spots?|(?:a |an )(?:complete |total |real |bit of a |big |huge |absolute |constant |ongoing |massive |proper )?(?:mess|shambles|nightmare|headache|challenge|pain|minefield|black box|mystery|problem|issue|unknown|dark art|black art|closed book|grey area|weak spot|weak point|weak link|sticking point|struggle)|(?:dark|black) arts?)\b/,
  },
  {
    kind: "gap",
    pattern:
      /\b(?:problems?|issues?|trouble|difficult(?:y|ies)) (?:with|around|on|in)\b|\bis (?:a |our )?(?:real |big |major |constant |ongoing )?(?:problem|issue)\b/,
  },
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:not a soul|no body|not so much|less so|not as much|not so good|not so great|not so hot)\b|\bknows? (?:nothing|very little|next to nothing|little|zero|not much|not a lot) (?:about|on|of)\b|\b(?:where|what) (?:we|the team|they) (?:are|is) (?:weakest|worst|least confident)\b|\b(?:fall|falls|fell) down\b|\blets? (?:us|the team) down\b|\bnot (?:my|our|his|her|their) (?:strong )?(?:suit|strength|forte|area|speciality|specialty|thing|bag|cup of tea|expertise)\b/,
  },
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:do|does|did) not (?:really |fully |properly |totally |even )?(?:know|kno|understand|get)\b(?! (?:if|whether|yet)\b)|\b(?:do not|does not|did not|never) (?:have|had|got)\b|\bnever (?:really |even |properly |once |ever |actually )?(?:tested|checked|tried|done|run(?! out)|looked at|set up|configured|reviewed|thought about|touched|worked (?:with|on)|dealt with|managed|administered|built|deployed|implemented|been through|been trained (?:on|in))\b|\b(?:eats?|eating|takes? up|taking up|swallows?|consumes?) (?:all |most |so much |half |a lot )?(?:of )?(?:our|his|her|their|the team's) time\b|\btime (?:sink|drain)\b|\bbogged down (?:with|by|in)\b|\b(?:do|does|did|have|has) not (?:really )?(?:have|got) (?:a clue|any idea|any experience|the (?:skills?|expertise|knowledge|experience|know how|people|person|time|capability)|anyone|someone|anybody|somebody)\b|\bhave not (?:a clue|got a clue)\b/,
  },
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:no|little|limited|zero|minimal|basic|not much|not enough|lack of|insufficient|thin|patchy|not a lot of|not having(?: any| much)?) (?:[a-z]+ ){0,3}?(?:experience|expertise|knowledge|skills?|skillset|know how|understanding|capabilit(?:y|ies)|specialists?|experts?|resource)\b/,
  },
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\bout of (?:our|my|his|her|their) depth\b|\bbeyond (?:us|me|him|her|them|our team|the team|our skills?|our skill set|our abilities)\b|\bover (?:our|my|his|her|their) heads?\b|\bin the dark\b|\bmuddl(?:e|es|ing) (?:through|along)\b|\blearning (?:it )?as we go\b|\bmaking it up as we go\b|\bteaching (?:ourselves|myself|himself|herself)\b/,
  },
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:cannot|unable to|not able to|could not|struggle to|struggling to) (?:really |properly |fully )?(?:do|handle|manage|cope with|deal with|support|cover|look after|keep on top of|keep up with|run|maintain|configure|set up|fix|sort|secure)\b(?! (?:it all|everything|all of it|the lot|all of that|all that|both)\b(?!,? (?:especially|particularly|notably|not least|mainly|mostly|like|eg|e g|such as)\b))/,
  },
  {
    kind: "gap",
    pattern:
      /\bneed(?:s|ed|ing)? (?:some |more |a bit of |a lot of |extra |outside |external |expert |specialist |proper |real |serious )?(?:help|support|expertise|advice|input|guidance|a hand|assistance|training|upskilling)\b|\bcould (?:do with|use)\b(?! (?:some |a few |a couple of |an? )?(?:extra|more|spare|another|additional) (?:pair of |set of )?(?:hands|bodies|people|heads|manpower|capacity)\b)|\bneed(?:s|ed)? (?:someone|somebody|a person|people|an expert|a specialist|an engineer) (?:who|that|to|for|with|on)\b|\b(?:help|assistance|guidance|a hand) (?:with|on|around|for)\b|\b(?:would like|want|looking for|keen on|interested in) (?:some )?(?:help|support|expertise)\b/,
  },
  {
    kind: "gap",
    pattern:
      /\b(?:need|needs|needed|want|looking for|could use|require) (?:a |an |some |someone |somebody |more )?(?:[a-z0-9/]+ ){0,3}?(?:experts?|specialists?|person|people|guy|engineers?|consultants?|skills?|expertise|knowledge|know how)\b/,
  },
  {
    kind: "gap",
    pattern:
      /\b(?:outsourc(?:e|ed|ing)|offload(?:ing)?|hand (?:over|off)|take (?:over|on)|take care of)\b|\bdrop(?:s|ped|ping)? the ball\b|\bfall(?:s|ing)? (?:through|between) the (?:cracks|gaps)\b|\bneglect(?:ed|ing)?\b|\bbehind on\b|\bnever (?:get|gets|got) (?:round|around) to\b|\bforget(?:s|ting)? to\b|\b(?:forgets|forgetting|forgot) about\b|\bcould be better\b|\bneeds? (?:work|improving|improvement|attention|sorting|tightening|looking at)\b|\bnot up to (?:scratch|date|speed)\b/,
  },
  {
    kind: "gap",
    pattern:
      /\b(?:drives?|driving|drove) (?:us|me|everyone|the team|them|him|her) (?:mad|crazy|nuts|insane|up the wall|round the bend|round the twist|to despair)\b|\b(?:is|are) (?:always |often |constantly |frankly |honestly )?(?:rubbish|terrible|awful|useless|dreadful|shocking|dire|ropey|ropy|dodgy|unreliable|a joke|a disaster|all over the place|held together with (?:tape|sticky tape|string))\b/,
  },
  {
    kind: "gap",
    fixed: true,
    pattern:
      /\b(?:has|have|had) not been (?:properly |really )?(?:tested|checked|patched|updated|reviewed|looked at|touched|configured)\b|\bnever been (?:tested|checked|patched|updated|reviewed|looked at|configured)\b|\bconfus(?:e|es|ing) (?:the (?:hell|life) out of )?(?:us|me|everyone|the team|them)\b|\b(?:our|the|my) (?:big|biggest|main|real|major|constant) (?:worry|concern|headache|weakness|weak spot|blind spot)\b|\bno (?:idea|clue)(?= *(?:$|[,.;!?]|(?:about|with|on|at all|really|when it comes to|where|what|how|which|who|why|when|whether|if)\b))|(?<!\b(?:(?:that|which) (?:the |our |some )?[a-z]+|(?:the|our|some) (?:staff|users|kids|children|pupils|students|scouts|guests|customers|visitors|teachers|lads|public)) )\b(?:keeps?|kept) (?:going down|failing|breaking|crashing|dropping(?: out)?|falling over)\b(?! (?:the|our|my|it|them|that|this|things|stuff|everything)\b)|\b(?:drops?|dropping) out (?:constantly|all the time|every day)\b|\b(?:is|are) (?:always |constantly |usually |forever |way )behind\b|\b(?:keep|keeps|kept) (?:putting off|pushing back|getting put off|getting pushed back)\b/,
  },
  ...KNOWLEDGE_CUES,
  ...SPEECH_CUES,
  ...SLANG_CUES,
  ...IMPLICIT_CUES,
  // The team has it.
  {
    kind: "ok",
    fixed: true,
    pattern:
      /\bkeep(?:ing|s)?\b(?= (?:[a-z0-9]+ ){1,3}?(?:ourselves|in house|internally|with us)\b)/,
  },
  {
    kind: "ok",
    pattern:
      /\b(?:good|great|fine|ok|okay|alright|all right|solid|strong|decent|competent|capable|confident|comfortable|experienced|skilled|knowledgeable|proficient|experts?|savvy|handy|clued up|up to speed|on top of|fluent)(?: (?:with|at|on|in|about|when it comes to))?\b/,
  },
  {
    kind: "ok",
    pattern:
      /\b(?:covered|sorted|handled|under control|in hand|nailed|taken care of|looked after|well managed|not a (?:gap|problem|issue|worry)|not an issue|no (?:problems?|issues?|trouble|worries|concerns?)(?: with| around| on)?)\b/,
  },
  {
    kind: "ok",
    pattern:
      /\b(?:we|i|he|she|they|the team|our team|our guys) (?:do|does|handle|handles|manage|manages|run|runs|look after|looks after|cover|covers|know|knows|understand|understands)(?: (?:it|that|this|them|all that))? (?:ourselves|themselves|himself|herself|in house|internally|well|fine|really well|inside out|easily|no problem)\b/,
  },
  { kind: "ok", weak: true, pattern: /\b(?:in house|internally|ourselves|happy(?: with)?)\b/ },
  // The visitor takes an area back.
  {
    kind: "remove",
    fixed: true,
    pattern:
      /\b(?:take|cross|strike|knock|drop|scratch)\b(?= (?:[a-z0-9]+ ){1,3}?(?:off|out of|from) (?:the|my|our|that|your) list\b)|\b(?:scratch|remove|delete|strike|scrap|cross (?:out|off)|take (?:out|off)|leave out|untick|forget(?: about)?|ignore (?:what i said about|the bit about|my bit about)|drop(?! the ball| (?:offline|out|off|connection|connections|calls|signal|packets|like flies)\b)|never mind(?: about)?)\b/,
  },
  {
    kind: "except",
    fixed: true,
    pattern:
      /\b(?:except(?: for)?|apart from|other than|aside from|besides|(?<!\b(?:the|a|that|this|our|high|higher|low|raise|raised|raises|raising) )bar(?! (?:keeps|is|was|has|gets|goes|went|for|raised|set|to)\b)|but for|save for)\b/,
  },
];

/** Words that mean the visitor is correcting what they said before ("actually cloud is fine"). */
export const CORRECTION =
  /\b(?:actually|after all|on second thoughts?|on reflection|thinking about it|come to think of it|no wait|wait|sorry|correction|i take (?:that|it) back|i was wrong|no longer|not any ?more)\b/;

/** Words that add to a list already given ("oh and cloud too"). */
export const ADDITION =
  /\b(?:too|as well|also|plus|additionally|on top of that|another (?:one|gap|area|thing)|add|forgot(?: about| to (?:mention|say|add))?|i missed)\b|^(?:oh )?and\b/;

/** Just before an area: the list is exactly this ("just security", "only really backups"). */
export const ONLY_BEFORE =
  /(?<!\bnot )\b(?:just|only|purely|solely)(?: (?:really|the|our|on|with|in|around|maybe|probably|basically|the one))? ?$/;

/**
 * A sentence that only names the topic ("skills wise?", "gaps:", "weak spots -"): the areas the
 * next sentence lists are the gaps.
 */
export const GAPS_HEADING =
  /^(?:(?:so|and|ok|okay|well|re|as for|in terms of) )?(?:(?:our|the|my|main|biggest|big|key) )*(?:skills?(?: gaps?| wise| shortages?)?|gaps?|skills? gaps?|weak (?:spots?|points?|areas?)|weaknesses|where (?:we|the team|they) (?:struggle|fall down|are weak|are lacking)|what we (?:lack|are missing|struggle with))\s*[?:.!-]*$/;
