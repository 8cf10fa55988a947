import { pattern, type SignalPatterns } from "./rule.ts";
import { WANTS_CONTROL_CHOICE } from "./wants-control-choice.ts";
import { WANTS_CONTROL_HANDOVER } from "./wants-control-handover.ts";
import { WANTS_CONTROL_KEEP } from "./wants-control-keep.ts";
import { WANTS_CONTROL_SPOKEN } from "./wants-control-spoken.ts";
import { WANTS_CONTROL_STEER } from "./wants-control-steer.ts";

const ALL_OF_IT = String.raw`(?:it|everything|the lot|the whole thing|all of it|it all|all of (?:our|the) it|our it|the it|all our it|all the it|our whole it|the whole of it|the whole lot|all that|that side|the whole it function|it completely|it entirely)`;
const PROVIDER = String.raw`(?:one (?:company|provider|supplier|partner|firm)|a single (?:company|provider|supplier|partner)|someone|somebody|you|you guys|a provider|an msp|a company|a firm|an expert|experts|a partner|a third party|an outside (?:company|firm|provider))`;

/** true: wants to keep IT strategy and control in-house; false: would rather hand IT over. */
export const WANTS_CONTROL: SignalPatterns = {
  rules: [
    {
      value: false,
      pattern: pattern`\b(?:want|wants|need|needs|like|love|prefer|rather|happy for|looking for|get) ${PROVIDER} (?:else )?to (?:just )?take (?:(?:the whole|all the|all of the|our|the|all our|this|all this) )?(?:it |tech |technical )?(?:headache|hassle|burden|stress|worry|worries|responsibility|pain|lot)s? (?:off|away from) (?:us|our hands|our plate|me|my plate)\b|\b(?:want|wants|need|needs|like|love|prefer|rather|happy for|looking for|get) ${PROVIDER} (?:else )?to (?:just )?take (?:it|it all|everything|the lot|the whole lot|our it|all of it) (?:over|off (?:us|our hands))\b`,
    },
    {
      value: false,
      pattern:
        /\b(?:someone|somebody|a provider|an msp|you|one company) (?:else )?(?:would|could|can|should|to) (?:own|run|manage|handle|take care of|take over|look after|do) (?:all of it|it all|everything|the lot|our it|the whole thing)\b|\b(?:happily|happy to|love to|like to|want to|would rather|prefer to|gladly) never (?:have to )?(?:think|worry|deal) (?:about|with) (?:it|our it|the it|tech|computers|technology|any of it)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:precious|fussy|hung up|fixated|particular|protective) about (?:control|keeping control|ownership|who (?:runs|controls) it)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:do not mind|happy|fine|ok|okay|comfortable|relaxed about|willing|open to) (?:handing|giving|passing|letting go of|giving up|to hand|to give|to pass|to let go of|to give up) (?:over |up |away )?(?:control|the reins|ownership|it all|everything)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:keep|retain|maintain|hold on to|hang on to|hold onto|hang onto|keep hold of|stay in|remain in|want|keep a|(?:keen on|like|prefer|insist on|committed to|value|about) (?:keeping|retaining|maintaining|having)(?: a)?) (?:some |overall |ultimate |full |a level of |a degree of |tight |firm |strategic |final |the )?(?:control|ownership|oversight|the reins|a grip|grip|a hold|hold|a handle|the final say|the last say|a say|the final word)\b(?! (?:of|over|on) (?:the |our |all )?(?:costs?|spend|spending|budgets?|bills|prices|the budget|data|accounts|licences|licenses|tenant|passwords|documentation|tools|own data)\b)(?! of (?:them|him|her|people|staff|good|decent|skilled|it staff|engineers|techs|our (?:staff|people|team|engineers|guys|techs|it (?:staff|people|team)))\b)/,
    },
    {
      value: true,
      pattern:
        /\b(?:stay|remain|be|stay firmly|keep us|keeps us|staying|remaining) in (?:the )?(?:driving|driver's|drivers|driver) seat\b|\bin the driving seat\b|\b(?:stay|remain|keep) (?:in|at) the helm\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:keep|keeping) (?:the |our |all |it )?(?:it )?(?:strategy|decisions|decision making|direction|it strategy|strategic decisions|the big decisions|architecture|ownership|admin access|keys|governance|priorities|planning|roadmap)(?: [a-z]+)? (?:in house|internal|internally|ourselves|with us|under our control|our own)\b|\bkeep (?:it|everything|things|our it|the it) (?:in house|internal|under our (?:own )?control)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:we|i) (?:want|like|prefer|need|would like|would rather|wish|intend|plan) to (?:call the shots|make (?:the|our own) decisions|set the direction|own (?:the|our) strategy|have the final say|have the last word|have a say|stay in charge|be in charge|stay in control|be in control|remain in charge|remain in control|have control|keep control|be the ones (?:making|who make|that make) (?:the )?(?:[a-z]+ )?decisions|steer|set (?:the|our) (?:own )?priorities|run (?:it|things|our it) ourselves|own (?:it|the decisions|(?:the|our) (?:it )?(?:roadmap|strategy|direction))|make the (?:big |key |final |important |strategic )?(?:calls|decisions)(?: ourselves)?|be hands on|keep our hands on)\b(?! (?:of|over) (?:the |our )?(?:costs?|spend|budgets?|spending|bills)\b)/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:do not|would not|will not|never|not) (?:want|like|wish|intend|plan|going) to (?:lose|give up|hand over|relinquish|surrender|cede|let go of) (?:the |any |our |all )?(?:control|ownership|oversight|the keys|the reins|say|everything|it all)\b|\bnot (?:ready|willing|prepared|keen|happy|going) to (?:hand over|give up|let go of|relinquish|lose) (?:control|everything|it all|ownership|the reins)\b/,
    },
    {
      value: true,
      pattern:
        /(?<!\b(?:cost|budget|quality|access|version|change|stock|spend|spending) )\b(?:(?:keeping|having|retaining|staying in|being in) )?(?:control|oversight|ownership)(?: (?:of|over) (?!(?:our |the )?(?:data|costs?|budgets?|spend)\b)(?:[a-z]+ ){0,3}?[a-z]+)? (?:is (?:really |very |so |hugely |absolutely )?(?:important|key|crucial|a big (?:thing|deal)|non negotiable|vital|essential|a priority)|(?:really )?matters)\b|\bwe like (?:being|to be) in control\b|\bcontrol freaks?\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:strategy|decisions|decision making|control|ownership|direction|the roadmap|our roadmap|the big decisions|the final say|oversight)(?: [a-z]+){0,2}? (?:(?:has to|must|needs to|should|will|is going to|have to) (?:stay|remain|be kept|sit)|stays|remains|sits) (?:with us|in house|internal|internally|ours|under our control|with our team)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:giving up|losing|handing over|relinquishing|ceding|surrendering) (?:all |full |any |total )?(?:control|ownership|oversight|the reins)(?: [a-z]+){0,2}? (?:is not|is never|is not really|would not be) (?:an option|on the table|happening|something we want|acceptable)\b|\b(?:hate|loath|reluctant|nervous|wary|scared|worried|afraid) (?:to |of |about )?(?:lose|losing|give up|giving up|hand over|handing over|relinquish|relinquishing) (?:control|ownership|the reins)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:hand|pass|give|turn) over (?:the lot|everything|all of it|it all|all our it|our it|the whole (?:thing|lot)|all of our it|the it|control|the keys|the reins)\b|\b(?:rather|prefer|happier if|happy for|like) (?:someone|somebody|you|a provider|an msp|one company) (?:else )?(?:handled|handles|took care of|looked after|ran|managed|sorted|dealt with|owned|took over|to (?:handle|take care of|look after|run|manage|sort|do|deal with|own|take over)) (?:everything|it all|all of it|the lot|our it|the whole thing|it)\b/,
    },
    {
      value: false,
      pattern: pattern`\b(?:hand|pass|give|palm|turn) ${ALL_OF_IT}(?: all)? (?:over|off|to ${PROVIDER})\b`,
    },
    {
      value: false,
      pattern: pattern`\b(?:outsource|offload) (?:it all|everything|the lot|all of it|our (?:whole |entire )?it|the whole thing|all our it|all the it|it completely|it entirely|the whole lot|all of our it)\b|\b(?:want|wants|would like|looking|prefer|rather|plan|planning|keen|happy|ready|thinking about|considering|would love) (?:to )?(?:fully|completely|totally|entirely) outsourc\w*|\boutsource (?:it )?(?:fully|completely|entirely)\b`,
    },
    {
      value: false,
      pattern: pattern`\b(?:want|need|like|prefer|rather have|would love|looking for) ${PROVIDER} (?:else )?(?:to |who will |that will |who can |that can |who would |that would )?(?:just |simply |basically )?(?:deal with|handle|take care of|look after|sort|sort out|run|manage|take over|worry about|own|do|be responsible for) ${ALL_OF_IT}\b(?! (?:strategy|direction|roadmap|planning|budget|budgeting|decisions)\b)`,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:do not|would not|never|does not) (?:really )?(?:want|wish|like|care|need) to (?:manage|deal with|run|think about|worry about|be involved (?:in|with)|have to deal with|handle|look after|own|be bothered with|be responsible for) (?:it|our it|the it|it at all|any of it|it anymore|tech|computers|technology|the tech|it stuff|any it|the computers|any of that|that side)\b/,
    },
    {
      value: false,
      pattern:
        /\btake (?:it|this|the whole thing|everything|it all|the it) (?:all |completely |entirely )?off (?:our|my) hands\b|\bwash (?:our|my) hands of (?:it|the it|the whole thing)\b|\bget (?:it|this|the it) off (?:our|my) (?:plate|desk|hands)\b|\b(?:hands off|set and forget|fire and forget|one throat to choke)\b|\b(?:someone|somebody) else's (?:problem|headache|responsibility|job|worry)\b|\b(?:one|a single) (?:provider|supplier|company|partner) (?:for|to (?:handle|take|do|cover|own)) (?:everything|it all|all of it|the lot)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:not|never) (?:really |that |too )?(?:want|wanted|interested in|keen on|bothered about|fussed about|worried about) (?:being in |having |keeping |staying in )?(?:control|the control|running (?:it|our it)|managing (?:it|our it))\b|\b(?:do not|does not|no) (?:really )?(?:need|care|want)(?: about| to)? (?:control|owning|own|controlling|run|running) (?:it|our it|the it)\b(?! (?:strategy|direction|roadmap)\b)|\b(?:happy|fine|content|glad|willing|comfortable) (?:to let|for|to have) (?:you|someone|somebody|a provider|an msp|the provider) (?:to )?(?:take|have|run|make|own|handle) (?:control|the decisions|over|charge|everything|it all|the lot)\b/,
    },
    {
      value: true,
      pattern:
        /\bwe (?:call the shots|make the (?:big |key |final )?(?:calls|decisions)|have the final say|are in charge|run the show|set the direction)\b(?! (?:on|about) (?:costs?|budgets?|pricing)\b)/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:do not want|would not want|never want|not comfortable with|not keen on|against|not happy with|do not like the idea of) (?:an outsider|outsiders|someone else|a third party|an msp|a provider|you|an outside (?:company|firm)) (?:making|taking|to make|to take|having|controlling|running|deciding|dictating|calling)\b|\b(?:would rather|prefer|rather) not (?:to )?(?:give (?:away|up)|lose|hand over|relinquish|cede) (?:control|ownership|the reins|oversight)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:stop|never have to|not have to|no longer) (?:worrying|thinking|bothering|stressing|worry|think) about (?:it|our it|the it|tech|computers|technology|any of it)\b|\bget out of (?:the it business|running it|managing it|the business of (?:running|managing) it|it altogether)\b|\b(?:you )?(?:can )?(?:take|have|run) (?:the whole lot|the lot|it all|all of it)\b(?! (?:seriously|into account|on board|with a pinch|for granted))/,
    },
    {
      value: false,
      pattern:
        /\b(?:want|like|wish|love) (?:it|our it|the it|the whole thing|all of it) to (?:just )?(?:go away|disappear|be someone else's|be handled|be taken care of|look after itself|be off our plate|be off my plate|not be our problem)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\bnot (?:have|having) to (?:think about|worry about|deal with|manage|bother with|look after) (?:it|any of it|it at all|our it|the it|tech|technology)\b/,
    },
    {
      value: false,
      fixed: true,
      pattern:
        /\b(?:no|zero|little|not much|not any) (?:real )?(?:interest|desire|appetite|wish|inclination) (?:in|to) (?:running|managing|doing|looking after|handling|run|manage|do|look after|handle) (?:it|our it|the it|any of it|tech|technology)\b|\b(?:would rather|would prefer|prefer|rather) not (?:to )?(?:have to )?(?:manage|deal with|run|think about|worry about|handle|look after|be involved (?:in|with)) (?:it|our it|the it|any of it|tech|computers|technology)\b/,
    },
    ...WANTS_CONTROL_SPOKEN,
    ...WANTS_CONTROL_CHOICE,
    ...WANTS_CONTROL_KEEP,
    ...WANTS_CONTROL_HANDOVER,
    ...WANTS_CONTROL_STEER,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\bkeep (?:it|control|them|that|the control|ownership|things)(?: (?:in house|ourselves|with us|internal))?\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:hand (?:it|everything) over|you take (?:it|over)|you can have it|take it off our hands|you run it|let you (?:run|take|have|handle) (?:it|everything)|happy to let go|let it go)\b/,
    },
  ],
};
