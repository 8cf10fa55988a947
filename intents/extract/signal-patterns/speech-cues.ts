/** Cues shared by several signals' everyday phrasings (prepared text: lower case, no hyphens). */

/**
 * Up to `n` filler words that neither negate nor turn to the past, so "costs used to be all over
 * the place" and "costs are not really erratic" are not read as costs being erratic now.
 */
export const presentWords = (n: number): string =>
  String.raw`(?: (?!(?:not|never|no|nothing|hardly|barely|used|once)\b)[a-z']+){0,${n}}?`;

/** The clause before a cue ends in "used to" / "used to be": a habit of the past, not the present. */
export const USED_TO = /\bused to(?: be)?\s*$/;

/** How it goes the rest of the time: "otherwise good luck", "nothing gets done". */
export const BAD_OUTCOME =
  /\b(?:otherwise|nothing|nobody|no one|noone|good luck|a lottery|stuck|chaos|a nightmare|a disaster|awful|terrible|rubbish|useless|dire|grim|a mess|falls apart|stops|grinds to a halt)\b/;
