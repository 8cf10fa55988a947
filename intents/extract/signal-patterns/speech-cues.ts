/** Cues shared by several signals' everyday phrasings (prepared text: lower case, no hyphens). */

/**
 * Up to `n` filler words that neither negate, turn to the past nor turn to a contrast, so "costs
 * used to be all over the place", "costs are not really erratic" and "security is fine but the
 * cost scares me" are not read as saying more than they do.
 */
export const presentWords = (n: number): string =>
  String.raw`(?: (?!(?:not|never|no|nothing|hardly|barely|used|once|but|though|although|whereas|however)\b)[a-z']+){0,${n}}?`;

/** The clause before a cue ends in "used to" / "used to be": a habit of the past, not the present. */
export const USED_TO = /\bused to(?: be)?\s*$/;

/** How it goes the rest of the time: "otherwise good luck", "nothing gets done". */
export const BAD_OUTCOME =
  /\b(?:otherwise|nothing|nobody|no one|noone|good luck|a lottery|stuck|chaos|a nightmare|a disaster|awful|terrible|rubbish|useless|dire|grim|a mess|falls apart|stops|grinds to a halt)\b/;

/**
 * A peak the IT team rides out, or one that falls on other staff: "the rest of the year is
 * alright", "then it settles down", "the store staff are run ragged", "IT is just me and I'm ok".
 */
export const PEAK_COPED =
  /\b(?:rest of the year (?:is|we are|it is)|(?:it|things) (?:settles?|calms?) (?:down|back)|(?:i am|we are|we cope|we manage)(?: honestly| actually| totally)? (?:ok|okay|fine|alright|grand)|(?:store|shop|warehouse|floor|kitchen|factory|sales|retail) (?:staff|lads|workers|team|people|floor)|in the (?:shops|stores|warehouse))\b/;

/** Said with a roll of the eyes: "oh sure, ...", "yeah right, ...". */
export const SARCASTIC = /^(?:oh )?(?:sure|yeah right|aye right|oh yeah)\b/;
