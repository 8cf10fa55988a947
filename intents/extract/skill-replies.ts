/**
 * Ways of saying the team has no skills gaps. These count wherever they appear, unless the
 * same clause names an area without an "except" ("no gaps in security" is about security).
 * A bare "they do the lot" lists duties, not know-how, so it counts only as a whole reply to
 * the skills question (see {@link NO_GAPS_REPLY}).
 */
export const NO_GAPS: readonly RegExp[] = [
  /\bno (?:real |major |big |obvious |significant |particular |notable |glaring |serious |actual |skills? |skill set )*gaps?\b(?! (?:in|on|around|with|for)\b)/,
  /\b(?:do|does) not (?:really |actually )?have (?:any )?(?:real |major |big |obvious |significant |particular )?(?:skills? )?gaps\b(?! (?:in|on|around|with|for)\b)/,
  /\bnot (?:really )?any (?:real |major |big )?gaps\b/,
  /\b(?:not (?:much|many)|few if any|hardly any|barely any|very few) (?:in the way of )?(?:real |major |big |obvious )?(?:skills? )?gaps\b(?! (?:in|on|around|with|for)\b)/,
  /\b(?:fine|ok|okay|alright|all right|good|sorted|solid|covered|strong) skills? wise\b|\bskills? wise (?:we are|we have|we have got|the team is|they are|it is|we are all) (?:pretty |really |all )?(?:fine|ok|okay|alright|all right|good|sorted|solid|covered|all good|strong)\b/,
  /\b(?:nothing|not much|not a lot) (?:(?:major|big|much|really|obvious|glaring|significant|serious|important|that we are) )*(?:missing|lacking)\b(?! (?:from|in|on|around|with|for|except|apart|but)\b)/,
  /\b(?:do not|does not) (?:really )?think (?:we|the team|they) (?:have|has) (?:any )?(?:real |major |big )?(?:skills? )?gaps\b/,
  /\b(?:we|the team|they|our team|our guys|i) (?:can |pretty much |basically )?(?:cover|covers|handle|handles|can do|manage|manages) (?:it all|everything|all of it|the lot|all bases|all the bases)\b(?! (?:from|else|myself|ourselves|themselves|himself|herself|in house|internally|on my own|on our own|alone|by myself)\b)/,
  /\b(?:we|the team|they|our team) (?:can |pretty much |basically )?covers? (?:it all|everything|all of it|the lot) (?:ourselves|themselves|between us|between them)\b/,
  /\b(?:we|i|they) (?:have|have got|has|has got|got) (?:it all|everything|all bases|all the bases|all areas) covered\b/,
  /\b(?:all|every) (?:the )?bases? (?:is |are )?covered\b/,
  /\b(?:we|i|they|the team) (?:have|have got|has|has got|got) (?:most|all|pretty much all|nearly all) (?:things|areas|bases|of it) covered\b/,
  /\bnothing (?:we|that we|the team|they) (?:cannot|could not) (?:handle|do|cover|manage)\b/,
  /\b(?:pretty|very|really|quite|fairly|reasonably) well covered\b|\b(?:we are|they are|the team is|we are all|all) well covered\b/,
  /\b(?:skills? )?gaps?(?: wise)?:?(?: -)? (?:none|nil|nothing|zero|n\/?a)\b/,
  /\b(?:strong|solid|good|fine|covered|ok|okay|sorted) (?:across the board|on (?:all|every) fronts?|everywhere|in all areas|(?:on|with|at|in|for) (?:everything|all of it|the lot|all areas|all fronts|the rest|everything else|all the rest))\b/,
  /\b(?:do|does) not (?:really )?struggle with (?:anything|much)\b/,
  /\bnothing (?:technical |technically |much )?(?:that )?(?:we|the team|they|he|she) (?:really )?(?:struggle with|cannot do|cannot handle|could not do)\b/,
  /\b(?:would not|do not|could not) (?:really |honestly )?(?:say|think) (?:that )?there (?:is|are) (?:anything|much) (?:that )?(?:we|the team|they) (?:cannot|could not) (?:do|handle)\b/,
  /\b(?:solid|strong|sound|sorted|fine) (?:on|with) the (?:technical|tech) (?:side|stuff)\b/,
  /\bno (?:weak (?:spots|areas|points)|weaknesses|skills? shortages?)\b/,
  /\bno areas? (?:where )?(?:we|the team|they) (?:struggle|lack)\b/,
  /\b(?:we are|we have|the team is|they are) (?:fully |pretty |well |totally )?self sufficient\b/,
  /\bnot (?:really )?short (?:of|on) (?:skills?|expertise|knowledge|know how|ability|talent)\b/,
  /\b(?:would not|would never|could not|cannot|do not) (?:really |honestly )?(?:say|think) (?:we are|the team is|they are|we have|the team has) (?:really |particularly |that )?(?:short (?:of|on) (?:skills?|expertise|knowledge|know how)|lacking (?:in )?(?:skills?|expertise|anything)|(?:any |many )?(?:real |big )?gaps)\b/,
  /\b(?:between them|between us|together),? (?:the team|they|we) (?:cover|covers|handle|handles|know|knows) (?:most|almost all|nearly all|pretty much all|just about all) (?:things|of it|bases|areas|of what we need)\b/,
  /\b(?:skills?|expertise|capability|knowledge|know how) (?:is|are) not (?:really )?(?:the|a|an|our) (?:problem|issue|gap|concern|bottleneck)\b/,
  /\bnot (?:really )?(?:a )?(?:skills?|expertise|capability|knowledge) (?:problem|issue|gap|thing|shortage)\b/,
  /\b(?:we have|we have got|we got|the team has|they have|they have got) (?:all )?the (?:skills?|expertise|know how)(?: (?:we need|needed))?,? (?:just|but|we just|only) (?:not )?(?:the )?(?:time|capacity|hours|bandwidth|headcount|people)\b/,
];

/** Whole replies that mean "no gaps" when the advisor has just asked about skills gaps. */
export const NO_GAPS_REPLY =
  /^(?:(?:no|nope|nah|not really|not|none|nothing)(?: |$))?(?:none|nothing|no|nope|nah|not really|no gaps|none really|nothing really|not that i know of|not that we know of|that i know of|that we know of|that i am aware of|that we are aware of|not that i can think of|(?:we are|we are all|all) (?:fine|good|ok|okay|all good|covered|sorted|alright)|(?:we|they|the team|he|she) (?:are|is) on top of (?:it|it all|all of it|everything|the lot)|(?:we|they|the team) (?:manage|cope|cover it(?: all)?|(?:can )?do (?:it all|the lot|everything)|handle it(?: all)?|(?:have|have got|got) (?:it|that|this) (?:all )?covered)|(?:it is|that is|all) (?:all )?covered|all good|all fine|fine|nothing major|nothing much|not much|none at all|nothing at all|zero|nothing (?:springs|comes) to mind|none that i can think of|cannot think of any(?:thing)?|not any|none to speak of)?$/;

/** Whole replies that name every area ("all of them", "a bit of everything"). */
export const ALL_AREAS_REPLY =
  /^(?:all|everything|all of (?:it|them|the above)|the lot|a bit of everything|everything really|all of those|all the above|pretty much everything|pretty much all of them)(?: (?:he|she|they|we|it|our|the|this|that|because|as)\b[^]{0,80})?$/;

/** Filler words trimmed from a whole reply before it is compared with the lists above. */
export const REPLY_FILLER =
  /\b(?:really|honestly|tbh|to be honest|i think|i would say|i guess|probably|thanks|thank you|cheers|um|erm|well|so|hmm|i reckon|i suppose)\b|[.,!?;:'"]/g;
