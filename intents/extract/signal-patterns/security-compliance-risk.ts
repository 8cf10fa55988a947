import { SECURITY_TOPIC, words } from "./fragments.ts";
import { presentWords, USED_TO } from "./speech-cues.ts";
import { pattern, type SignalPatterns } from "./rule.ts";
import { SECURITY_COMPLIANCE_RISK_AUDITS } from "./security-compliance-risk-audits.ts";
import { SECURITY_COMPLIANCE_RISK_SPOKEN } from "./security-compliance-risk-spoken.ts";

const WORRIED = String.raw`(?:worried|worrying|concerned|anxious|nervous|scared|terrified|paranoid|frightened|afraid|stressed|uneasy|twitchy|panicking|on edge|losing sleep|lose sleep|keeps? (?:me|us) (?:up|awake)(?: at night)?|keeping (?:me|us) (?:up|awake))`;
/** Who lies awake over it: "me", "the board", "our partners". */
const WHO = String.raw`(?:me|us|(?:the|our) (?:board|partners|directors|trustees|governors|owners|management|md|ceo|cfo|leadership team))`;
const WORRY_NOUN = String.raw`(?:(?:something|a thing|anything) (?:that |which )?(?:really )?(?:worr(?:y|ies)|concerns?|scares?|bothers?) (?:me|us)|a (?:big |real |major |growing |huge |massive |constant |serious |genuine )?(?:worry|concern|risk|headache|fear|nightmare|threat)|(?:our|my) (?:biggest |main |number one |top )?(?:worry|concern|fear|headache)|worrying|scary|terrifying|frightening|on (?:my|our) mind|top of (?:my|our|the) (?:list|agenda|mind)|(?:keeps|keeping) ${WHO} (?:up|awake)(?: at night)?|worr(?:y|ies) ${WHO}|scares? (?:the (?:life|hell|living daylights|crap) out of )?${WHO}|terrif(?:y|ies) ${WHO}|frightens? ${WHO}|freaks? ${WHO} out|concerns? ${WHO}|bothers? ${WHO})`;
const REQUESTER =
  /\b(?:insurance|whether we are (?:secure|compliant)|if we are (?:secure|compliant)|insurers?|underwriters?|brokers?|clients?|customers?|the bank|banks|auditors?|regulators?|the fca|the ico|tenders?|contracts?|supply chain|the nhs|government|the council|(?:our|the|business|trading) partners|investors?|the board|our board|funders?|the franchise)\b/;
const DEMAND =
  /\b(?:ask(?:ing|ed|s)?|demand(?:ing|ed|s)?|requir(?:e|es|ed|ing|ements?)|insist(?:ing|ed|s)?|mandat(?:e|es|ed|ing|ory)|push(?:ing|ed)?|chas(?:e|ing|ed)|questionnaires?|conditions?|expect(?:s|ing|ed)?|flagged|raised|making us|forcing us|will not (?:cover|insure|renew)|wants?|wanting|need (?:us to|proof|evidence|to see))\b/;
const SECURITY_DEMANDED =
  /\b(?:mfa|2fa|multi factor|cyber essentials|iso ?27001|iso|security|secure|compliance|compliant|gdpr|certification|certified|controls|soc ?2|pen test(?:ing)?|penetration|encryption|edr|evidence|accreditation|data protection|dpia|cyber)\b/;

/** Security or compliance risk is increasing. */
export const SECURITY_COMPLIANCE_RISK: SignalPatterns = {
  rules: [
    {
      value: true,
      pattern:
        /\b(?:phishing|ransomware|malware|hacking|scam|spam|fraud|cyber)(?: [a-z]+)? (?:attempts|emails|attacks|calls|texts)(?: (?:are|is))? (?:getting (?:more )?(?:frequent|common|sophisticated|worse|convincing)|increasing|on the rise|rising|growing|up)\b/,
    },
    { value: true, pattern: pattern`\b${WORRIED}${words(6)} ${SECURITY_TOPIC}\b` },
    {
      value: true,
      pattern: pattern`\b${SECURITY_TOPIC}${presentWords(4)} (?:is |are |has become |have become |remains |feels like |seems like |keeps |is becoming |are becoming |does |do )?(?<neg>not |never |no longer )?(?:really |exactly |particularly |that much |much )?${WORRY_NOUN}`,
    },
    {
      value: true,
      pattern:
        /\b(?:we are|we feel|feel|feeling|we are feeling) (?:very |really |quite |a bit |pretty |so |totally |completely |increasingly |dangerously )?(?:vulnerable|exposed|at risk|an easy target|a sitting duck|sitting ducks|wide open|unprotected|a target)\b|\bbig enough to be (?:a |an )?(?:easy )?target\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:audits?|auditors?|inspection|inspectors?|certification|recertification|re certification|surveillance audit|pen test|penetration test|cyber essentials (?:renewal|assessment)|iso (?:audit|assessment)|assessors?|ico|nis ?2|dora|dspt|new (?:regulations?|rules|legislation|requirements)|regulatory changes?)(?: [a-z0-9]+){0,3}? (?:is |are )?(?:coming(?: up| in)?|due(?: in)?|looming|next (?:month|year|quarter|week)|around the corner|round the corner|in (?:a few|a couple of|two|three|four|five|six|eight|\d+) (?:days|weeks|months)|soon|approaching|on the horizon|scheduled|booked|imminent|arriving|visiting|on site (?:in|next))\b|\bauditors? (?:flagged|found|raised|highlighted|identified|picked up|criticised|criticized|failed)\b/,
      // "the auditors are in next week for the year-end accounts" is a financial audit.
      unless:
        /\b(?:accounts|year end|financial audit|finance audit|statutory audit|stock ?take|vat|payroll)\b/,
    },
    { value: true, pattern: REQUESTER, with: [DEMAND, SECURITY_DEMANDED] },
    {
      value: true,
      dropWhenNegated: true,
      pattern:
        /\b(?:got|were|was|have been|had been|has been|just been|recently been|been|get|keep getting|getting|are being|almost got|nearly got) (?:hit by |targeted by |caught by |caught out by )?(?:hacked|phished|breached|compromised|attacked|scammed|spoofed|ransomwared|infected|a (?:phishing|cyber|ransomware|malware) (?:attack|scam|email|incident)|ransomware|malware|a virus|an attack)\b/,
    },
    {
      value: true,
      dropWhenNegated: true,
      pattern:
        /\b(?:phishing|ransomware|cyber|malware|security|data|gdpr) (?:attacks?|attempts?|incidents?|breach(?:es)?|scares?|near miss(?:es)?|scams?|emails?)\b|\b(?:near miss(?:es)?|scares?|incidents?|attacks?|attempts?) (?:with|from|involving) (?:phishing|ransomware|malware|hackers|scammers|fraudsters|a phishing email)\b/,
      with: [
        /\b(?:had|have had|suffered|got|get|getting|last (?:week|month|year)|recently|lately|lots of|loads of|more and more|increasing|rising|a spate of|another|keep|a few|several|a couple of|constant|daily|every day|a lot of|earlier this (?:year|month)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter))\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:someone|one of (?:our|the) (?:staff|team|users|people)|an employee|a user|a member of staff|our (?:finance|accounts) (?:team|person|lady|guy|manager)|finance|accounts|the ceo|our md|a colleague|staff) (?:nearly |almost |actually )?(?:clicked|fell for|opened|gave (?:away|out)|entered|paid|sent (?:money|payment))\b/,
      with: [
        /\b(?:link|email|phishing|attachment|scam|fake|invoice|credentials|password|fraud|spoof|dodgy|malicious)\b/,
      ],
    },
    {
      value: true,
      pattern:
        /\b(?:invoice|payment|ceo|bank|mandate) (?:fraud|scam|diversion)\b|\b(?:mailbox|account|email account|emails?|o365|m365|office 365|tenant|server|laptop|website) (?:got|was|were|has been|have been) (?:compromised|hacked|taken over|breached|encrypted|infected)\b|\bbusiness email compromise\b|\bemail (?:compromise|spoofing)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:fail|failed|failing|will not pass|would not pass|might fail|did not pass|could not pass|struggle to pass|not pass|may fail|likely to fail)(?: [a-z]+){0,2}? (?:audit|cyber essentials|inspection|assessment|pen test|certification|penetration test|iso)\b|\b(?:need|needs|have|has|must|required|got|want|trying|being asked) to (?:get|achieve|obtain|pass|gain|become|be|renew|keep|maintain|show|prove|demonstrate) (?:our |the )?(?:cyber essentials|iso ?27001|iso|soc ?2|certified|compliant|accredited|pci(?: dss)?|certification|accreditation|gdpr compliant|compliance)\b/,
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\bneed (?:to have |to get |to achieve |to pass )?(?:cyber essentials|iso ?27001|soc ?2|certification|accreditation|pci(?: dss)?)(?: plus)? (?:to|for|before|by)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:growing|increasing|rising|more|heightened|mounting|ever more|bigger|greater|tougher|stricter|tighter) (?:[a-z]+ )?(?:security|cyber|compliance|regulatory|gdpr|data protection) (?:risks?|threats?|pressure|requirements|demands|scrutiny|burden|obligations|rules|regulations|attacks)\b|\b(?:security|cyber|compliance|regulatory)(?: [a-z]+)? (?:risks?|threats?|pressure|requirements|demands|scrutiny|attacks)(?: (?:are|is|keep|keeps|have been|are always|just keep))? (?:growing|increasing|rising|getting (?:worse|harder|tougher|stricter)|mounting|on the rise|on the up|on the increase|going up|ramping up)\b|\b(?:compliance|security|regulation|regulations|gdpr|audits?|inspections?|insurers?|insurance questionnaires|cyber insurance|insurance requirements|auditors?|regulators?)(?: requirements| rules| obligations| demands)? (?:is|are|keep|keeps) getting (?:harder|tougher|heavier|more (?:complex|demanding|difficult|onerous|frequent|thorough)|stricter|worse)\b|\baudits? (?:are|keep) coming thick and fast\b/,
    },
    {
      value: true,
      dropWhenNegated: true,
      pattern:
        /\bwe (?:had|have had|suffered|recently had) (?:a |an )?(?:data |security |cyber |ransomware )?(?:breach|security incident|cyber incident|cyber attack|ransomware attack)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:handle|hold|process|store|deal with) (?:a lot of |lots of |highly )?(?:sensitive|patient|medical|health|financial|personal|client|customer|children's|card|payment|confidential) (?:data|information|records|details)\b/,
      with: [
        /\b(?:compliance|compliant|security|secure|gdpr|risk|worr\w+|audits?|regulat\w+|breach|fines?|harder|exposed|concern\w*)\b/,
      ],
    },
    {
      value: true,
      fixed: true,
      pattern:
        /\b(?:not|are not|is not|never been|not fully|not properly) (?:fully |properly |really |particularly )?(?:compliant|secure|patched|protected|backed up|encrypted)\b|\bno (?:mfa|2fa|multi factor(?: authentication)?|antivirus|anti virus|endpoint protection|edr|security (?:policies|policy|training)|incident response plan|encryption)\b|\b(?:behind on|missing|missed|skipping|skipped|not doing|never do) (?:security )?(?:patches|patching|updates|security updates|windows updates)\b|\b(?:patches|updates|patching)(?: (?:are|is|get|keep))? (?:missed|behind|not (?:done|applied)|slipping|falling behind|months behind|overdue|out of date)\b|\bunpatched\b|\b(?:way |really |badly |miles |seriously |a bit |quite )?behind (?:on|with|the curve on|the times on) (?:security|cyber|cyber security|patching|compliance|updates|gdpr|mfa)\b|\bend of life (?:software|systems|servers|windows|os|kit)\b/,
      unless: /\bnot sure\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:regulators?|the ico|the fca|rules|regulations|requirements|the law|legislation|compliance requirements|insurers?) (?:is|are) (?:tightening|getting (?:stricter|tougher|tighter)|cracking down|clamping down|becoming (?:stricter|tougher)|breathing down our necks?)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:cyber essentials|iso ?27001|iso|soc ?2|gdpr|compliance|audit|certification|accreditation|pci|nis ?2|dspt|insurance renewal|cyber insurance)(?: [a-z]+)? (?:deadline|renewal|assessment|audit|certification|recertification)s?(?: (?:is|are))? (?:coming|due|looming|next|in|by|this|before|soon|approaching)\b|\bdeadline (?:for|to get) (?:cyber essentials|iso|soc ?2|certification|compliance|gdpr)\b/,
    },
    {
      // "my bigger concern is security", "our main worry right now is ransomware".
      value: true,
      pattern: pattern`\b(?:my|our|the) (?:biggest |bigger |main |major |real |big |number one |top |primary |chief |other |main other )?(?:concern|worry|fear|headache|nightmare|priority)(?: right now| at the moment| these days)? (?:is|are|has been|has become)${words(2)} ${SECURITY_TOPIC}\b`,
    },
    {
      // "getting hit with phishing weekly", "bombarded by scam emails".
      value: true,
      pattern:
        /\b(?:(?:getting|get|got|being|been|are|keep getting) (?:hit|targeted)|(?:bombarded|hammered|spammed|flooded|inundated)) (?:with|by) (?:[a-z]+ )?(?:phishing|scams?|scam emails|spam|malware|ransomware|attacks|attempts|hackers|fake invoices)\b/,
      notAfter: USED_TO,
    },
    {
      value: false,
      pattern:
        /\b(?:relaxed|not worried|not concerned|not bothered|not fussed|comfortable|happy|confident|calm) (?:about|with) (?:our )?(?:security|compliance|cyber ?security|the risks?|our exposure)\b/,
    },
    {
      value: false,
      pattern:
        /\b(?:security|compliance|cyber|ransomware|gdpr|cyber security)(?: (?:is|are|has been|feels)| wise(?: we are)?) (?:not a (?:big |major |huge |real )?(?:concern|worry|issue|problem|priority)|not something we (?:worry|are worried|think) about|(?:well |fully |pretty well |nicely |all )?(?:covered|handled|under control|in hand|sorted|locked down|taken care of|tight|solid)|(?:pretty |perfectly |absolutely |all )?(?:fine|ok|okay|good)|in (?:decent|good|great|fine|solid|reasonable) (?:nick|shape|order))\b(?! (?:for now|until|but)\b)(?![^.]{0,60}\b(?:struggle|struggling|weak|gaps?|lacking)\b)/,
    },
    ...SECURITY_COMPLIANCE_RISK_SPOKEN,
    ...SECURITY_COMPLIANCE_RISK_AUDITS,
  ],
  answers: [
    {
      // "nah we're fine on that front", "all good there", "no worries on that score".
      value: false,
      pattern:
        /\b(?:fine|ok|okay|good|sorted|covered|solid|alright|all right|comfortable) (?:on that front|there|on that score|in that (?:department|respect|area)|on that side)\b|\bno (?:real )?(?:worries|concerns|issues) (?:there|on that front|on that score)\b/,
    },
    {
      value: true,
      pattern:
        /\b(?:growing|increasing|getting worse|more and more|big worry|real worry|definitely a worry|very worried)\b/,
    },
  ],
};
