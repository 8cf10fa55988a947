/** Vocabulary shared by the specialistNeedPartTime rule files. */

/** Words that say the organisation needs or would use someone. */
export const NEED =
  /\b(?:need|needs|needed|want|wants|require|requires|could use|could do with|would like|looking for|after|justify|hire|employ|pay for|bring in|get in|use|using|would be (?:ideal|great|good|useful|perfect|handy|helpful|plenty|enough|sufficient|more than enough|ample|loads)|interested in)\b/;
/** Words that name specialist skills, or a specialist. */
export const SPECIALIST =
  /\b(?:specialists?|specialist stuff|tricky stuff|complex stuff|experts?|expertise|specialism|architects?|consultants?|gurus?|dba|ciso|vciso|cto|vcio|cio|niche|advanced|deep|senior|security|secuirty|securty|secutiry|cyber|network(?:ing)?|cloud|azure|aws|m365|365|sharepoint|intune|firewalls?|servers?|infrastructure|database|sql|compliance|gdpr|iso|backups?|disaster recovery|migration|devops|developer|engineer|analyst|project manager|vmware|hyper v|storage|teams phone|telephony|voip|phone system|defender|siem|soc|entra|citrix|linux|exchange|dynamics|architecture|network design|cyber essentials|pen test(?:s|ers?)?|penetration|audits?|powershell|automation|power platform|power automate|guru)\b/;
