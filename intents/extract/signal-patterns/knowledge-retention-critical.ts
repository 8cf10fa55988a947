import { KNOWLEDGE_RETENTION_KEPT } from "./knowledge-retention-critical-kept.ts";
import { KNOWLEDGE_RETENTION_SPOKEN } from "./knowledge-retention-critical-spoken.ts";
import { pattern, type SignalPatterns } from "./rule.ts";

const KNOWING =
  /\b(?:knows?|know|understands?|understand|knowledge|know how|experience|familiar)\b/;
const KNOWLEDGE = String.raw`(?:knowledge|experience|expertise|know how|understanding|history|team|people|guys|him|her|them|that|this|it)`;

/** Internal knowledge of the organisation's own systems and processes is business critical. */
export const KNOWLEDGE_RETENTION_CRITICAL: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern:
        /\b(?:hold|holds|have|has|carry|carries) (?:a (?:huge|massive|vast|great|lot of|ton of)(?: amount of)? |so much |lots of |all the |a wealth of )(?:knowledge|know how|history|understanding) (?:about|of|on) (?:how we|our|the)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:where (?:all )?the bodies are buried|every nook and cranny|better than (?:anyone|anybody|any outsider|any outside|any provider|any msp|an outsider|someone new|a new person)(?: else)?|every (?:quirk|detail|workaround|nuance)|all the (?:quirks|workarounds|history)|(?:in a way|the way|like) (?:an outsider|outsiders|no outsider|nobody else|no one else|a new person|a provider|an msp|someone new|a newcomer) (?:never |could not |would not |cannot |could never )?(?:would|could|can|does)?)\b/,
      with: [KNOWING],
    },
    {
      // Knowing M365 "inside out" is skill; knowing our ERP or our systems so is knowledge of the business.
      value: true,
      pattern:
        /\b(?:inside out|inside and out|like the back of (?:his|her|their|my|our) hands?|back to front)\b/,
      with: [
        KNOWING,
        /\b(?:cannot|could not|must not|do not want to|would hate to|can ill afford to) (?:afford to )?lose\b|\b(?:priceless|critical|crucial|vital|invaluable|irreplaceable|bespoke|legacy|disaster|essential|years of|erp|crm|mis|mes|line of business|housing (?:management )?system|our (?:systems?|processes|setup|set up|environment|software|database|platform)|the (?:place|business|systems|erp|crm)|how (?:we|everything|it all|things) (?:works?|fits? together|hangs? together)|(?:nobody|no one) (?:else|outside)|outsiders?)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:years|decades|\d+ years|twenty years|ten years|a lifetime|so much) of (?:knowledge|experience|know how|history|expertise|understanding|tribal knowledge)\b/,
      with: [
        /\b(?:our|the) (?:bespoke|custom|legacy|systems?|setup|set up|business|processes|environment|software|network|kit|quirks)\b|\b(?:cannot|could not|must not|do not want to|would hate to) (?:afford to )?lose\b|\bbespoke\b|\birreplaceable\b/,
      ],
    },
    {
      value: true,
      fixed: true,
      pattern: pattern`\b(?:cannot|could not|must not|do not want to|would hate to|cannot afford to|could not afford to|would not want to|can ill afford to) (?:afford to )?(?:lose|risk losing) (?:that|this|the|their|his|her|our|all that|all (?:their|his|her|the) )?${KNOWLEDGE}?\b`,
      with: [
        /\b(?:knowledge|know how|experience|expertise|inside out|knows|know|understand|understands|systems?|bespoke|setup|history|quirks)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:tribal|institutional|internal|in house|local|organisational|organizational|business|domain|historic(?:al)?|legacy|insider) (?:knowledge|know how)\b/,
      with: [
        /\b(?:critical|crucial|vital|essential|invaluable|irreplaceable|key|priceless|important|matters|lose|losing|keep|retain|keeping|retaining|protect|depends?|rely|relies|hard to replace|years)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:knowledge|know how|experience|expertise|understanding)(?: of (?:our|the) (?:[a-z]+ ){0,3}?[a-z]+)? (?:is|are|would be) (?:really |absolutely |so |very |just |incredibly |hugely )?(?:critical|crucial|vital|essential|invaluable|irreplaceable|key|priceless|really important|so important|hugely important|too valuable|business critical|mission critical|impossible to replace|hard to replace|our (?:biggest|greatest|most valuable|key|main|real) asset|a (?:huge|big|major|real|key|massive) asset|worth its weight in gold)\b/,
    },
    { value: true, pattern: /\birreplaceable\b/ },
    {
      value: true,
      allowIf: true,
      pattern:
        /\b(?:take|takes|would take|will take) (?:us )?(?:years|ages|forever|months|a long time) to (?:rebuild|replace|relearn|learn|recreate|pick up|get up to speed|document|transfer|build up) (?:what (?:he|she|they) knows?|that knowledge|their knowledge|his knowledge|her knowledge|all that|that know how|that experience)\b/,
    },
    {
      value: true,
      pattern:
        /\bknows? (?:everything|all there is to know|so much|a huge amount|a lot|every detail) about (?:our|the) (?:systems?|setup|set up|network|business|processes|kit|infrastructure|software|environment|history)\b/,
    },
    {
      value: true,
      allowIf: true,
      pattern:
        /\b(?:years|decades|\d+ years) of (?:knowledge|know how|history|tribal knowledge|accumulated knowledge)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:lost|stuck|stuffed|in trouble|sunk|helpless|in a mess) without (?:their|his|her|the team's|that|our team's|all that) (?:knowledge|know how|experience|expertise|understanding)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\blos(?:e|ing|t) (?:that|this|the|their|his|her|all that|all their|all his|all her|our) (?:knowledge|know how|experience|expertise|understanding)(?: [a-z]+){0,3}? (?:would be|is|will be|could be) (?:a )?(?:disaster|catastrophe|catastrophic|nightmare|huge|devastating|massive|big problem|real problem|awful|terrible|a huge blow|a big blow|crippling|dangerous)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:keep|retain|keeping|retaining|preserve|preserving|protect|protecting|hang on to|hold on to) (?:the |that |our |their |this |all (?:the|that) )?(?:[a-z]+ )?(?:knowledge|know how|expertise|experience|understanding) (?:in house|in the business|internally|within the (?:business|company|team))\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:knowing|understanding|knowledge of) (?:how|what|where|why)(?: [a-z]+){1,6}? (?:is|are) (?:really |absolutely |so |very |just |hugely )?(?:critical|crucial|vital|essential|invaluable|key|business critical|mission critical)\b/,
      with: [
        /\b(?:our|the) (?:systems?|setup|set up|processes|network|software|kit|environment|infrastructure|erp|crm|data|business)\b/,
      ],
    },
    {
      value: true,
      // "nobody else understands the bespoke erp" asserts, so its "nobody" is no negation.
      fixed: true,
      unless:
        /\b(?:not|nothing|no|never) (?:really |that |very |particularly |at all )?(?:bespoke|custom built|home grown|homegrown|quirky|unique|idiosyncratic)\b/,
      pattern:
        /\b(?:bespoke|custom built|home grown|homegrown|in house built|quirky|unique|idiosyncratic) (?:[a-z]+ )?(?:setup|set up|system|systems|software|application|applications|apps|erp|crm|database|environment|platform|network|processes)\b/,
      with: [
        /\b(?:only (?:they|he|she|our|the team)|knows?|understands?|understood|knowledge|know how|inside out|nobody else|no one else)\b/,
      ],
    },
    {
      value: false,
      pattern:
        /\b(?:our )?(?:setup|set up|systems?|environment|kit|network) (?:is|are) (?:pretty |very |fairly |quite |completely |totally |really )?(?:standard|vanilla|simple|basic|off the shelf|generic|nothing special|straightforward|bog standard|run of the mill)\b|\bnothing (?:special|bespoke|complicated|unusual|unique) about (?:our|the) (?:setup|set up|systems?|it)\b|\banyone could (?:pick it up|run it|do it|take over)\b/,
    },
    ...KNOWLEDGE_RETENTION_SPOKEN,
    ...KNOWLEDGE_RETENTION_KEPT,
  ],
  answers: [
    {
      value: true,
      pattern:
        /\b(?:inside out|critical|vital|irreplaceable|hard to replace|cannot (?:afford to )?lose|bespoke|crucial|invaluable)\b/,
    },
  ],
};
