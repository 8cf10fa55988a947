import type { Span } from "./cues/spans.ts";

/** Just before an area: hiring for it ("we can't find a decent network engineer"). */
const HIRING_BEFORE =
  /\b(?:find|found|finding|hire|hired|hiring|recruit|recruited|recruiting|attract|attracting|retain|retaining|replace|replacing|advertis(?:e|ed|ing) for|interview(?:ed|ing)?) (?:a |an |any |another |the |our |new |more )?(?:(?:decent|good|new|qualified|experienced|competent|senior|junior|permanent|full time|half decent|reliable) )*$/;

/** Just before an area: leaving it behind ("the board wants to get out of the server room"). */
const LEAVING_BEFORE =
  /\b(?:(?:get|getting|got|move|moving|moved|migrate|migrating|migrated) (?:out of|off|away from)|exit|exiting|retire|retiring|decommission|decommissioning|ditch|ditching|get rid of|getting rid of|close|closing|shut down|shutting down) (?:the |our |all |all of the |all our )?$/;

/** Just after an area named in a hiring phrase: the role hired for. */
const ROLE_AFTER =
  /^ (?:engineers?|admins?|administrators?|person|people|specialists?|techs?|technicians?|managers?|analysts?|staff|hires?|roles?|guys?|experts?)\b/;

/** Just after an area: a move out of it ("the data centre exit to Azure"). */
const EXIT_AFTER = /^ (?:exit|closure|decommission(?:ing)?|retirement)\b/;

/** Just after an area: someone outside the team acting ("the auditors flagged it"). */
const ACTOR_AFTER =
  /^ (?:(?:have|has|had|are|is|keep|kept|will|would) )?(?:flagged|raised|picked up|spotted|found|noticed|asked|asking|want(?:s|ed)?|said|told|pointed out|mentioned|highlighted|queried|recommended|insist(?:s|ed)?|require[sd]?)\b/;

/** Areas that can name a person or a body outside the team ("auditors", "the regulator"). */
const ACTOR = /^(?:auditors?|regulators?|insurers?|assessors?)$/;

/** Just around a security word: an attack that happened, not a skill ("hit by ransomware"). */
const INCIDENT_BEFORE =
  /\b(?:hit|struck|attacked|caught|targeted|stung|done) by (?:a |an |some )?$|\b(?:had|suffered|got) (?:a |an )?$/;
const INCIDENT_AFTER =
  /^ (?:attacks?|incidents?|outbreaks?|scams?|nearly|almost|got (?:in|through)|hit us)\b/;
const INCIDENT_WORD = /^(?:ransomware|malware|phishing(?: e ?mails?)?|viruses|hackers?|a virus)$/;

/** Around an area: a one-off mishap ("the odd printer meltdown"), not a missing skill. */
const MISHAP_BEFORE = /\b(?:the|an?) (?:odd|occasional|rare|random|weird) $/;
const MISHAP_AFTER =
  /^ (?:meltdowns?|jams?|hiccups?|glitch(?:es)?|wobbles?|tantrums?|crash(?:es)?|outages?|blips?|moments?|niggles?|gremlins?|issues?|problems?|failures?|drama|emergenc(?:y|ies))\b/;

/** Just before an area: control the visitor means to keep ("keep control of our IT direction"). */
const KEEPING_BEFORE =
  /\b(?:keep|keeping|retain|retaining|stay|staying|remain|remaining) (?:in )?(?:control|ownership|charge|hold|a grip) (?:of|over|on) (?:the |our |my |all |all of )?(?:own )?$/;

/** Just after an area: a plan already booked ("MDM is on the roadmap for Q2"). */
const ON_THE_PLAN_BEFORE =
  /\b(?:(?:is|are|it is|its) (?:on|onto)|on|onto) (?:the|our|this year's|next year's) $/;

/**
 * True when the area named at `span` is an aside rather than a skill: a role being hired, a
 * system being left, an auditor acting, an attack that happened, control kept in house, a one-off
 * mishap, or a plan already on the roadmap. Such a mention takes no
 * verdict from the cues around it.
 */
export function isAsideMention(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 30);
  const words = text.slice(span.start, span.end);
  if (HIRING_BEFORE.test(before) && ROLE_AFTER.test(after)) return true;
  if (LEAVING_BEFORE.test(before) || EXIT_AFTER.test(after)) return true;
  if (ACTOR.test(words) && ACTOR_AFTER.test(after)) return true;
  if (KEEPING_BEFORE.test(before)) return true;
  if (MISHAP_BEFORE.test(before) && MISHAP_AFTER.test(after)) return true;
  if (/^road ?maps?$/.test(words) && ON_THE_PLAN_BEFORE.test(before)) return true;
  return INCIDENT_WORD.test(words) && (INCIDENT_BEFORE.test(before) || INCIDENT_AFTER.test(after));
}
