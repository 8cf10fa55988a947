/** One sentence of prepared text, with where (if anywhere) it turns into a question. */
export interface Sentence {
  /** Prepared text of the sentence, its closing punctuation included. */
  text: string;
  /**
   * Offset from which the sentence asks rather than tells ("we can't hire, can you help?" asks
   * from "can"); `text.length` when it only tells. A question about a fact is not the fact.
   */
  questionFrom: number;
}

// Each alternative consumes one character, so the scan is linear. A full stop inside a token
// ("1.5", "e.g.") or after a short abbreviation ("incl. me", "approx. 40") does not end a sentence.
const SENTENCE =
  /(?:[^.!?;\n]|\.(?=\S)|\.(?<=\b(?:incl|inc|excl|approx|ca|est|dept|mr|mrs|ms|dr|st|vs)\.))+[.!?;\n]*/g;
// " - " joins two thoughts as a comma does: "nobody knows networking - is that a gap you fill?"
const SEGMENT_BOUNDARY = /[,:(]|\s[-\u2013\u2014]\s|\b(?:and|so|but|then|or)\b/g;
const LEAD_IN = String.raw`(?:(?:so|and|but|also|ok|okay|right|well|hi|hello|hey|then|just|oh|um|erm)\s+){0,3}`;
// "have not a clue" (from "haven't a clue") tells; it does not ask. "could you lend us two
// engineers" asks for something, which states the need.
const REQUEST = String.raw`(?:can|could|would|will) (?:you|u|ya) (?:please |possibly |maybe |just )?(?:lend|give|send|provide|supply|loan|spare)\b`;
const INVERTED = String.raw`(?!(?:have|has) not (?:a|an|the|got|any)\b)(?!${REQUEST})(?:can|could|would|will|do|does|did|is|are|should|shall|may|might|have|has|was|were|am)(?: not)? (?:you|u|ya|your|we|i|it|there|they|this|that|co managed|managed|fully managed|a|an|the|anyone|someone|somebody|our|my|he|she)\b`;
const ASKING = String.raw`|any (?:idea|chance|advice|tips|thoughts)\b|what about\b|how about\b|(?:when|where) (?:does|do|is|are|should|would|can|will)\b`;
/** "how good the help is" tells (the question form inverts: "how good is the help"). */
const HOW_MUCH = String.raw`(?:good|bad|well|much|long|often|quick|quickly|fast|slow|reliable|big|busy|hard|easy|stretched|reliant|dependent)`;
/** A comparison ("keeping control vs handing over") asks; it does not tell. */
const COMPARISON = /\b(?:vs|versus)\b/;
/** Openers that make a segment a question even without a question mark. */
const OPENER = new RegExp(
  String.raw`${LEAD_IN}(?:${INVERTED}|(?:what|how|why|which|who)\b(?! (?:to|we|i|they|he|she|our|my|nobody|no one|noone|everyone|everybody|people|none of us|worries|concerns|bothers|scares|keeps|really|matters|frustrates|annoys|kills|drives|(?:the|that|this|our) (?:team|guys|lads|it team|business|company|board) (?:knows?|does|do|has|have|needs?|wants?|lacks?))\b)(?<!how(?= ${HOW_MUCH} (?:the|our|their|his|her|it|we|they|things|stuff|support|service)\b))${ASKING})`,
  "y",
);
/** Openers that make a segment the question when the sentence ends with "?". */
const MARKED_OPENER = new RegExp(
  String.raw`${LEAD_IN}(?:${INVERTED}|(?:what|how|why|which|who|whom|whose|where|when)\b${ASKING})`,
  "y",
);

function segmentStarts(text: string): number[] {
  const starts = [0];
  for (const boundary of text.matchAll(SEGMENT_BOUNDARY)) {
    let start = boundary.index + boundary[0].length;
    while (text[start] === " ") start += 1;
    starts.push(start);
  }
  return starts;
}

function opensAt(opener: RegExp, text: string, start: number): boolean {
  opener.lastIndex = start;
  return opener.test(text);
}

/** A request for people or help ("can you lend us two engineers?") states a need. */
const ASKS_FOR_HELP = new RegExp(String.raw`^${LEAD_IN}${REQUEST}`);
const REQUEST_AT = new RegExp(String.raw`${LEAD_IN}${REQUEST}`, "y");

function questionStart(text: string, lenient: boolean): number {
  if (COMPARISON.test(text)) return 0;
  if (ASKS_FOR_HELP.test(text)) return text.length;
  const starts = segmentStarts(text);
  // "Priya, who is brilliant, ..." describes Priya: after a comma, "who" asks only with a "?".
  const plain = starts.find(
    (start) => opensAt(OPENER, text, start) && !(start > 0 && text.startsWith("who ", start)),
  );
  if (plain !== undefined) return plain;
  if (!text.trimEnd().endsWith("?")) return text.length;
  // "we can't hire one for love nor money - can you provide one a few days a month?" tells.
  if (starts.some((start) => opensAt(REQUEST_AT, text, start))) return text.length;
  const marked = starts.filter((start) => opensAt(MARKED_OPENER, text, start)).pop();
  if (marked !== undefined) return marked;
  return lenient ? text.length : 0;
}

/**
 * Splits prepared text into sentences and marks the part of each that is a question. With
 * `lenient` (the advisor has just asked something) a bare "security and backups?" still counts
 * as an answer rather than a question.
 */
export function splitSentences(prepared: string, lenient = false): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of prepared.matchAll(SENTENCE)) {
    const text = match[0].trim();
    if (text) sentences.push({ text, questionFrom: questionStart(text, lenient) });
  }
  return sentences;
}
