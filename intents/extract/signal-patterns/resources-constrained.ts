import { USED_TO } from "./speech-cues.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { NOT_HAVING, RESOURCES_CONSTRAINED_SPOKEN } from "./resources-constrained-spoken.ts";
import { RESOURCES_CONSTRAINED_SHELVED } from "./resources-constrained-shelved.ts";
import { RESOURCES_CONSTRAINED_OUTGROWN } from "./resources-constrained-outgrown.ts";

/** Too little of what IT needs: "lack of IT know-how", "no real IT skills", "not having any expertise". */
const SHORT_OF = String.raw`(?:(?:a |the |our )?(?:lack|shortage) of|not having(?: any| enough| the| that| this| the right)?|no(?: real| proper)?|limited|too little|too few|little) (?:in house |internal |proper |real )?(?:(?:it|tech|technical|digital) )?(?:know how|knowledge|expertise|skills?|resources?|resourcing|staff|capacity|experience|headcount|people)\b|\b(?:it|tech) budget|\bnot having (?:any |proper |real |an? |in house |dedicated |our own )*(?:it|tech)(?: (?:support|people|staff|person|team|department))?\b`;
/** Keeps the business from moving: "holding us back", "a real brake on us". */
const HOLDS_BACK = String.raw`(?:hold(?:s|ing)? (?:us|the (?:business|company|firm|organisation|organization|practice|place|school|charity|trust|council)|our growth|growth|things|everything) back|slow(?:s|ing)? (?:us|the business|things|everything|growth) down|held (?:us|the business|the company|things) back|an? (?:real |big |major |massive |huge |serious |proper )?(?:brake|drag|handbrake|bottleneck|constraint|blocker|barrier|limiting factor|millstone)(?: on (?:us|the business|growth|our growth|the company|everything))?|limiting (?:us|our growth|growth|the business)|stopping us (?:from )?(?:growing|scaling|expanding|moving forward))`;
/** A project the hands are wanted for: that is extra capacity, not a standing constraint. */
const FOR_A_PROJECT = String.raw`(?! (?:for|to do) (?:both|all (?:of )?(?:that|this|them)|(?:the|this|that|our) (?:move|office move|rollout|roll out|migration|project|projects|project work|upgrade|refresh|cutover|peak)|projects|project work|peak|(?:that|this|it all)\b))`;

/** Limited IT resources or expertise are holding the business back. */
export const RESOURCES_CONSTRAINED: SignalPatterns = {
  rules: [
    {
      value: true,
      fixed: true,
      pattern:
        /\bbecause (?:it|our it|the it team|tech|our systems|the team|we) (?:cannot|could not|is not able to|are not able to|was not able to) (?:cope|keep up|handle it|support it|deliver|scale)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:it|its|tech|technology|our it|our systems|(?:our )?it (?:capability|capacity|setup|function)|(?:a |the )?lack of (?:it |in house )?(?:resources?|resourcing|staff|people|expertise|skills|capacity|time|support|investment)|it limitations|limited (?:it |in house )?(?:resources?|capacity|expertise)|our (?:small|tiny) (?:it )?team|(?:it )?resources?|resourcing|capacity|the it (?:side|situation|setup|team)|legacy (?:it|systems|tech))(?: (?:is|are|has been|have been|keeps?|really is|is really|is just|is definitely|has become))? (?<neg>not |never |no longer )?(?:really |definitely |seriously |actually |massively |badly |genuinely |truly |honestly )?(?:holding (?:us|the business|the company|the firm|things|our growth|growth|everything) back|a (?:real |big |major |massive |huge )?(?:bottleneck|constraint|blocker|barrier|limiting factor|drag|handbrake)|the (?:bottleneck|constraint|blocker|limiting factor)|(?:that|which|is what) (?:really )?hurts|limiting (?:us|our growth|growth|the business)|slowing (?:us|the business|things|everything|growth) down|stopping us (?:from )?(?:growing|scaling|expanding)|constraining (?:us|growth|the business))\b/,
      notAfter: NOT_HAVING,
    },
    {
      value: true,
      pattern: pattern`\b(?:lack|lacks|lacking|do not have|does not have|have not got|has not got|are short of|are short on|is short of|is short on|have no|has no|are missing|have limited|has limited|running out of|are out of|never have|stretched for)(?: the| enough| any| much| sufficient)? (?:it )?(?:resources?|resourcing|capacity|manpower|headcount|bandwidth|hands|people power|muscle|firepower)\b${FOR_A_PROJECT}|\b(?:lack|lacks|do not have|does not have|have not got|has not got|never have|there are not) (?:enough|sufficient) (?:it )?(?:people|staff|engineers|techs|bodies)\b`,
    },
    {
      value: true,
      pattern:
        /\b(?:lack|lacks|lacking|do not have|does not have|have not got|has not got|have no|has no|never have)(?: the| enough| any| much)? time (?:for|to (?:do|get|work on|deliver|focus on|improve|plan|think about|look at)) (?:[a-z]+ )?(?:projects|improvements?|strategy|planning|anything (?:else|strategic|proactive|new)|the important|proactive|the big)\w*/,
    },
    {
      value: true,
      pattern:
        /\b(?:limited|stretched|thin|scarce|tight|insufficient|not enough|too few|lack of|shortage of|scant|minimal|finite) (?:it )?(?:resources?|resourcing|capacity|manpower|headcount|bandwidth)\b|\b(?:under ?resourced|under ?staffed|short ?staffed|short handed|skeleton (?:crew|staff|team)|thinly spread)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:cannot|unable to|struggling to|struggle to|not able to|never able to|can never|could not) (?:grow|scale|expand|take on (?:more|new) (?:work|clients|customers|projects)|move forward|modernise|modernize|innovate|deliver (?:projects|anything new|improvements)|get (?:projects|anything|improvements|things) (?:done|delivered|off the ground)|do (?:projects|anything (?:new|strategic|proactive))|get to (?:projects|the important stuff|strategic work)|make progress|get ahead)\b/,
      with: [
        /\b(?:because of|due to|for (?:lack|want) of|without|lack|limited|it|tech|systems|resources?|capacity|people|expertise|staff|skills|know how|do not have)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\bprojects? (?:keep |are |have been |get |keeps |always |just )?(?:getting )?(?:pushed back|delayed|shelved|stalled|stalls|stall|parked|put on hold|on hold|on the back burner|slipping|slip|slips|stuck|never (?:get )?(?:finished|started|done|off the ground)|grind to a halt)\b|\bbecause (?:it|the it team|our it|we|the team|he|she) (?:is|are) (?:so |too |always |constantly )?(?:stretched|busy|overloaded|short staffed|under resourced|firefighting)\b|\bnever get (?:round|around) to (?:projects|improvements|the important stuff|anything strategic|proactive work)\b|\btoo (?:stretched|busy|thin|small|overloaded|under resourced|short staffed|stretched thin) to (?:do|get to|think about|work on|focus on|deliver|take on|look at) (?:anything|projects|improvements|the strategic|strategy|proactive|new|the big)\w*|\bno time for (?:projects|improvements|strategy|anything (?:else|strategic|proactive)|planning|the important stuff|proactive work)\b|\b(?:only|just) (?:ever )?(?:keep(?:ing)? the lights on)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:lack|lacking|do not have|have no) (?:the )?(?:in house |internal |it |technical )*(?:expertise|skills|know how) (?:to (?:grow|scale|modernise|modernize|move forward|do what we need|take (?:the business|us) forward|get (?:projects|things) done))\b|\b(?:it|the it team|our it|the team) (?:cannot|is struggling to|struggles to|is not able to) keep up with (?:the business|our growth|demand|the company|what we need|the pace)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:losing|lost|turning away|missing out on|missing|turning down|passing up) (?:business|clients|customers|opportunities|work|deals|contracts)\b/,
      near: {
        words: 8,
        pattern:
          /\b(?:because|due to|thanks to)\b(?: [a-z]+){0,4} (?:it|tech|systems|capacity|resources?|people|staff|expertise)\b|\bit (?:cannot|could not)\b|\black of\b/,
      },
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:nobody|no one|noone) (?:to|who can|available to|with (?:the )?time to|free to) (?:work on|do|deliver|take on|look at|handle|pick up) (?:the )?(?:improvements|projects|new projects|anything new|the backlog|strategic|upgrades|strategy)\w*|\b(?:it team|team|it department|it function|we|our it)(?: [a-z]+){0,2}? (?:is|are) (?:just |simply |far |much |way )?too (?:small|thin|stretched|lean) (?:for what we need|for the business|for our needs|to (?:cope|keep up|deliver|handle|support|do everything))\b|\b(?:it|our it|the it team|tech|our systems|the team) (?:could not|cannot|was not able to|were not able to|is not able to|failed to) (?:support|deliver|handle|cope with|keep up with|scale)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:it|the it team|our it|our it team|the team|our systems|tech|our tech) (?:cannot|can not|is struggling to|struggles to|is not able to|could not|just cannot) keep up\b/,
      near: {
        words: 8,
        pattern:
          /\b(?:scal\w+|grow\w*|expan\w+|demand|the business|the company|new clients|our plans)\b/,
      },
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:because|as|since) (?:there is|we have|we have got|we got) (?:no|not enough|too little|little|hardly any) (?:it )?(?:capacity|resource|resources|bandwidth|people|time|staff|manpower)\b|\b(?:lack|lacks|do not have|does not have|have not got|has not got|never have|there are not)(?: the| enough)? (?:people|staff|hands|capacity|time|resources?|bandwidth|bodies) (?:to|for) (?:do|deliver|run|take on|get|handle|work on|tackle|the projects|projects|everything|what we)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:constrained|limited|held back|hamstrung|hampered|restricted|hindered|bottlenecked) by (?:[a-z]+ ){0,4}?(?:it|tech|technology|systems|team|resources?|capacity|expertise|skills|staff|people|headcount)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:what (?:holds|is holding|has been holding|keeps holding|has held)|holds|is holding|are holding|keeps holding|keep holding) (?:us|the business|the company|the firm|our growth|growth|things) back\b/,
      with: [
        /\b(?:limited|lack of|not enough|too little|tight|small|tiny|shortage of|short on|no) (?:it |in house |internal )?(?:budget|money|funds|funding|resources?|resourcing|expertise|skills|people|staff|capacity|headcount|know how)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:lack|lacks|do not have|does not have|have not got|has not got|never have|there are not)(?: the| enough)? (?:people|staff|hands|bodies|skills|expertise)(?: (?:or|and|nor) (?:the )?(?:money|budget|time|skills|expertise|resources?|people|staff))? (?:to|for) (?:do|deliver|run|take on|handle|work on|tackle|support|look after|manage) (?:it|our it|the it|things|everything|what we need|projects)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:shoestring|tiny|minuscule|non existent|next to no|bare bones) (?:it )?budget\b|\bon a shoestring\b/,
      with: [/\b(?:it|tech|technology|systems|computers)\b/],
    },
    {
      // "lack of IT know-how is really holding us back", "not having any expertise is a real brake on us".
      value: true,
      fixed: true,
      pattern: pattern`\b(?:(?<neg>not |never |no longer )(?:really |actually )?)?(?:starting to |beginning to |started to |begun to |really |genuinely |definitely |seriously |massively )?${HOLDS_BACK}\b`,
      with: [pattern`\b${SHORT_OF}\b`],
      notAfter: USED_TO,
    },
    {
      // "we lack the people and the skills", "we don't have the staff or the know-how".
      value: true,
      fixed: true,
      pattern:
        /\b(?:we|the business|the company|the firm|i|they) (?:just |simply |really |also )?(?:lack|do not have|have not got|are short of|are short on|are lacking) (?:both )?(?:the )?(?:people|staff|headcount|manpower|hands|bods|bodies|resources?|capacity|time|money|budget|skills|expertise|know how)(?:,? (?:and|or|nor) (?:the )?(?:people|staff|bods|bodies|skills|expertise|know how|time|money|budget|resources?|capacity))+\b/,
      // "we don't have the time or the money" alone could be about anything.
      with: [/\b(?:people|staff|headcount|manpower|hands|bods|bodies|skills|expertise|know how)\b/],
    },
    {
      // "anything beyond keeping the lights on just doesn't happen".
      value: true,
      fixed: true,
      pattern:
        /\b(?:anything|everything) (?:beyond|other than|apart from|more than|except) (?:just )?keeping the lights on (?:just |simply )?(?:does not|never|cannot) (?:happen|get done|get a look in)\b|\bnot (?:enough|the) (?:hands|people|staff|time|capacity|bodies) to do (?:anything|much) (?:beyond|other than|apart from|more than|but|except) keep(?:ing)? the lights on\b/,
    },
    {
      // "there just aren't enough of us with the skills", "we can't do what we need with what we've got".
      value: true,
      fixed: true,
      pattern:
        /\bthere (?:just |simply )?(?:are not|were not|is not|was not|is never|are never) enough of (?:us|him|her)(?: (?:with the skills|who know|to go (?:a)?round|to cover|to do (?:it|everything|what is needed)))?\b|\b(?:cannot|can not|struggle to|struggling to|unable to) do (?:what we need(?: to)?|what is needed|what the business needs|everything we need(?: to)?) with (?:what we have(?: got)?|what we got|the (?:budget|resources|people|team) we have)\b|\bstruggling to do (?:much|anything)(?: of anything)? with (?:it|tech|our it|technology|our systems)\b/,
    },
    {
      // "everything waits because there's only so much two people can do"; the limit alone is no more than a small team.
      value: true,
      fixed: true,
      pattern:
        /\bonly so much (?:[a-z0-9]+ )?(?:people|person|of us|guys|engineers|staff|we|they|he|she|i) can (?:do|handle|take on|cope with|get through)\b/,
      with: [
        /\b(?:everything|things|projects|work|stuff|the business|requests|the rest|improvements) (?:just )?(?:waits?|has to wait|have to wait|queues? up|piles? up|gets? pushed back|slips?|stalls?)\b|\bholding (?:us|the business) back\b/,
      ],
    },
    {
      // "no budget, no staff, no expertise - that's our IT"
      value: true,
      fixed: true,
      pattern:
        /\bno (?:budget|money|staff|people|time|expertise|skills|resources?)(?:,? (?:and |or )?no (?:budget|money|staff|people|time|expertise|skills|resources?))+\b/,
      with: [/\b(?:it|tech|technology|systems|computers)\b/],
    },
    {
      // "budget is tiny", "every penny counts": only about IT money.
      value: true,
      pattern:
        /\b(?:budget|money|funding) is (?:tiny|tight|minimal|non existent|very tight|really tight|so tight|limited)\b|\bevery penny counts\b|\b(?:tight|tiny|limited|minimal) (?:it |tech )?budgets?\b/,
      with: [/\b(?:it|tech|technology|systems|computers|what we need)\b/],
    },
    {
      value: false,
      pattern:
        /\b(?:we have|we have got|we got|there is|there are|we have more than) (?:plenty of|enough|ample|sufficient|lots of|loads of|the right) (?:it )?(?:resources?|capacity|people|staff|headcount|bandwidth|resourcing)\b|\b(?:well|fully|properly) (?:resourced|staffed)\b|\b(?:resources?|resourcing|capacity|staffing) (?:is|are) (?:fine|not a problem|not an issue|adequate|sufficient|ok|okay|good)\b/,
    },
    ...RESOURCES_CONSTRAINED_SPOKEN,
    ...RESOURCES_CONSTRAINED_SHELVED,
    ...RESOURCES_CONSTRAINED_OUTGROWN,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:holding us back|bottleneck|we lack|not enough (?:people|resource|capacity)|too few|short staffed|under resourced)\b/,
    },
  ],
};
