import type { SignalRule } from "./rule.ts";
import { SPECIALIST } from "./specialist-need-words.ts";

/**
 * A specialist who would sit idle most of the week: "we'd never keep a full time cloud architect
 * busy"; and no specialist wanted at all: "we don't really need specialists, our stuff is pretty vanilla".
 */
export const SPECIALIST_NEED_BUSY: readonly SignalRule[] = [
  {
    value: true,
    fixed: true,
    pattern:
      /\b(?:would not|would never|had never|could never|never|cannot|could not) keep (?:a |an |one )?(?:full time )?(?:[a-z]+ ){0,2}?(?:person|hire|specialist|expert|architect|engineer|dba|analyst|admin|consultant|them|him|her|someone) busy\b/,
    near: { words: 30, pattern: SPECIALIST },
  },
  {
    // "we'd want a full time security person embedded with us".
    value: false,
    pattern:
      /\b(?:would want|would prefer|would rather have|want) (?:a |an )?full time (?:[a-z]+ ){0,2}?(?:person|specialist|expert|hire|engineer|architect)\b/,
  },
  {
    value: false,
    fixed: true,
    pattern:
      /\b(?:do not|does not|never) (?:really )?need (?:any )?(?:specialists?|specialist (?:help|skills|support|people)|experts?)\b/,
    with: [/\b(?:vanilla|off the shelf|bog standard|plain)\b/],
  },
];
