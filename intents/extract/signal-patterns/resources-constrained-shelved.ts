import type { SignalRule } from "./rule.ts";

/**
 * Plans dropped for want of IT people or know-how: "we keep shelving projects because we haven't
 * got the know-how", "ideas get parked since nobody has the skills".
 */
export const RESOURCES_CONSTRAINED_SHELVED: readonly SignalRule[] = [
  {
    value: true,
    pattern:
      /\b(?:keep|keeps|kept|have been|has been|are|is|end up|ended up|always) (?:shelving|parking|putting off|postponing|dropping|binning|ditching|abandoning|kicking (?:the can|[a-z]+) down the road on|shelved|parked|put off|postponed|dropped|binned) (?:[a-z]+ )?(?:projects|plans|ideas|improvements|initiatives|upgrades|things|work)\b|\b(?:projects|plans|ideas|improvements|initiatives|upgrades) (?:keep|keeps|kept) (?:getting|being) (?:shelved|parked|put off|postponed|dropped|binned)\b/,
    with: [
      /\b(?:because|as|since|cos|due to|for lack of|for want of|no one|nobody|have not got|has not got|do not have|lack|lacking|not enough|no (?:it )?(?:skills|know how|expertise|people|bodies|staff|resource|capacity))\b/,
    ],
    notAfter: /\bused to\s*$/,
  },
];
