import type { SignalRule } from "./rule.ts";

/**
 * Who steers, told sideways: "we want to keep driving it ourselves", "the strategy calls stay
 * with us", "they run the show, you'd just plug the gaps", "we don't want to outsource our
 * brains"; and the opposite, "the partners want IT run by someone else".
 */
export const WANTS_CONTROL_STEER: readonly SignalRule[] = [
  {
    value: true,
    pattern:
      /\b(?:want|like|prefer|keen|need) to keep (?:driving|steering|running|owning|leading|directing|shaping) (?:it|things|that|the roadmap|the strategy|our it|the direction)(?: ourselves| in house)?\b|\b(?:strategy |strategic |big |key |final )?(?:calls|decisions) (?:stay|remain|sit|rest) (?:with us|in house|with the team)\b|\b(?:they|we|our (?:team|guys|lads|it team)) (?:run|call) the (?:show|shots)\b|\bwants? us (?:owning|running|steering|driving|setting) (?:the )?(?:roadmap|strategy|direction)\b/,
  },
  {
    // "we don't want to outsource our brains, just the grunt work".
    value: true,
    fixed: true,
    pattern:
      /\b(?:do not|would not|never) (?:want to |going to )?outsource (?:our |the )?(?:brains|thinking|head)\b/,
  },
  {
    // "the partners want IT run by someone else so the clinic can concentrate on patients".
    value: false,
    pattern:
      /\bwants? (?:it|our it|the it|everything|all of it|the lot) (?:run|managed|handled|looked after|taken care of|sorted) by (?:someone|somebody|a company|a provider) else\b/,
  },
];
