import { pattern, type SignalRule } from "./rule.ts";

/** A first name or "he"/"she"; kept short, as every signal's rules are scanned as one pattern. */
const NAMED = String.raw`(?:he|she|(?!(?:it|we|you|i|they|the|our|my|one|so|and|but|if|then)\b)[a-z]{2,12})`;
/** Gone for good: "left", "quit", "resigned", "moved on". */
const GONE = String.raw`(?:has |had |just )*(?:left|quit|resigned|retired|moved on|walked out)`;
/** A month or the near future: "in feb", "next year", "at Christmas". */
const SOON = String.raw`(?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|in (?:a few|two|three|six|\d+) (?:weeks|months)|next (?:year|month|week|term)|at (?:christmas|easter)|for good)`;
/** The IT person, briefly: "our IT lady", "the sysadmin". */
const IT_ONE = String.raw`(?:our|the|their|my) (?:it (?:guy|person|lady|lad|bloke|fella|manager|lead|director)|sysadmin|head of it)`;
/** IT people named or counted nearby, so a named leaver is one of them. */
const IT_NEARBY =
  /\b(?:in it|it (?:team|staff|people|person|guy|lady|lad|manager|lead|dept|department)|team|techs?|techie|engineers?|sysadmin|replac\w*|backfill\w*|covering|down (?:to|from)|(?:two|three|four|\d+) of (?:us|them)|it is (?:one|just me|just him|just her)|(?:only|just) (?:the )?one)\b/;

/** More ways of telling that an IT person has gone or is going. */
export const IT_STAFF_LEAVING_GONE: readonly SignalRule[] = [
  {
    // "Our IT lady Carol left in March", "our sysadmin, Dan, quit", "their IT lead left after the merger".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern: pattern`\b${IT_ONE}(?:,? [a-z]{2,12},?)? ${GONE}\b(?! (?:the|early|home|for lunch)\b)`,
    unless:
      /\b(?:we (?:have )?(?:since )?replaced (?:him|her|them)|(?:was|has been|got) replaced|years ago)\b/,
  },
  {
    // "Dan who did all our IT left in the summer", "the fella that looked after our computers quit".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern: pattern`\b[a-z]+,? (?:who|that) (?:did|ran|looked after|handled|used to do|set up) (?:all )?(?:of )?(?:our|the) (?:it|computers|tech|systems|network)\b,? ${GONE}\b`,
  },
  {
    // "we never replaced her", "we haven't replaced him yet": someone went and the seat is empty.
    value: true,
    factual: true,
    fixed: true,
    pattern:
      /\b(?:we )?(?:never|have not|did not|still have not|have never|have not yet|are yet to|could not|cannot) (?:got round to |bothered |managed to |afford to )?(?:replaced?|backfilled?|backfill) (?:him|her)\b/,
    unless: /\b(?:want|wanting|wish|if|rather|instead)\b/,
  },
  {
    // "we won't be replacing him": the convo test's "off to Australia next year".
    value: true,
    factual: true,
    fixed: true,
    pattern:
      /\b(?:will not|are not going to|will never|do not plan to|are not planning to|have no plans to) (?:be )?replac(?:e|ing) (?:him|her|them)\b/,
    with: [
      /\b(?:off to|leav\w*|going|goes|retir\w*|moving|emigrat\w*|notice|next (?:year|month|spring|summer)|in (?:a few|two|three|\d+) (?:weeks|months))\b/,
    ],
  },
  {
    // "Kev's off to a bank in feb", "the lad's off to Australia next year", "our head of IT leaves for a competitor".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern: pattern`\b(?:is (?:off|going|moving|leaving) (?:to|for)|leaves (?:us )?for) (?:(?:a|an|another) (?:competitor|rival|bank|new (?:job|role|company))|pastures new|australia|new zealand|canada|dubai)\b(?:(?: [a-z0-9]+){0,3}? (?:${SOON}|and we))?`,
    unless: /\b(?:holidays?|honeymoon|wedding|conference|course|errand)\b/,
    with: [
      /\b(?:competitor|rival|new (?:job|role|company)|pastures new|next (?:year|month)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|in \w+ (?:weeks|months)|for good|replac\w*)\b/,
    ],
  },
  {
    // "3 in IT. one leaving in march", "one of the two is off at Christmas".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern: pattern`(?:^|[,.;] |\band )(?:one|1|one of (?:them|us))(?: is)? (?:leaving|retiring|going|off) ${SOON}\b`,
    near: { words: 12, pattern: IT_NEARBY },
  },
  {
    // "we lost both our IT people within a month of each other".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:lost|losing) (?:both|all|two|three|half|most|one) (?:of )?our (?:it )?(?:people|staff|engineers|techs|techies|guys|lads|sysadmins|it people|it staff)\b/,
    with: [/\bit\b|\b(?:engineers|techs|techies|sysadmins)\b/],
  },
  {
    // "two infrastructure engineers left last autumn", "both our techs have quit".
    value: true,
    factual: true,
    dropWhenNegated: true,
    pattern:
      /\b(?:two|three|four|both|several|a few|a couple of|\d+|two of our|both of our|both our) (?:(?:it|infrastructure|network|support|systems|senior|junior) )?(?:engineers|technicians|techs|techies|sysadmins|it staff|it people) (?:have |had |both |all |just |recently )*(?:left|quit|resigned|walked out|moved on|gone)\b/,
  },
  {
    // "we had two but Leon left in august so it's one now", "we had 2 IT staff till March, now only the one".
    value: true,
    factual: true,
    pattern:
      /\bwe (?:had|used to have|used to be|were) (?:an? )?(?:it )?(?:team of )?(?:two|three|four|five|six|seven|eight|\d+)\b(?: [a-z0-9]+){0,5}?,? (?:but |and )?(?:now|these days|till|until|up to|up until)\b/,
    with: [
      /\b(?:now|these days) (?:there is |there are |we have |it is |we are )?(?:down to |just |only )+(?:the )?(?:one|two|three|four|five|\d+|me|him|her)\b|\b(?:left|quit|resigned|redundanc\w*|made redundant|retired|down to)\b/,
    ],
    near: {
      words: 20,
      pattern: /\bit\b|\b(?:staff|team|techs|engineers|people|left|redundanc\w*)\b/,
    },
  },
  {
    // "we had two but Leon left in august", "we had three till Jo quit".
    value: true,
    factual: true,
    pattern: pattern`\bwe (?:had|used to have) (?:two|three|four|five|\d+)(?: [a-z]+){0,2}? (?:but|and|till|until) ${NAMED} ${GONE}\b`,
  },
  {
    // "she went on maternity leave and has decided not to come back".
    value: true,
    factual: true,
    pattern:
      /\b(?:he|she|they|has|have|had) (?:now )?(?:decided|chosen|chose) not to (?:come back|return)\b|\b(?:he|she) (?:never came back|did not come back|is not coming back)\b/,
    near: { words: 25, pattern: IT_NEARBY },
  },
  {
    // "Raj isn't leaving after all, he's staying".
    value: false,
    fixed: true,
    pattern:
      /\bis not (?:leaving|going|retiring|quitting|moving on) after all\b|\b(?:he|she) (?:is staying|has decided to stay|has withdrawn (?:his|her) notice)\b(?! (?:late|over|in|home)\b)/,
    with: [/\b(?:leav\w*|after all|notice|retir\w*|quit\w*|resign\w*)\b/],
  },
];
