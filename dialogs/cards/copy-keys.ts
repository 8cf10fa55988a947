import {
  PROFILE_PATHS,
  SIGNAL_NAMES,
  SKILL_AREAS,
  type ProfilePath,
  type SignalName,
  type SkillArea,
} from "../../src/core/profile/index.ts";
import { MODELS, type Model } from "../../src/core/recommender/index.ts";

/** Signals whose `false` answer is telling enough to read back in the recap. */
export const TELLING_WHEN_FALSE = [
  "wantsControl",
  "itIsStrategic",
] as const satisfies readonly SignalName[];
type FalseSignal = (typeof TELLING_WHEN_FALSE)[number];

const FIXED_KEYS = [
  "confidence.clear",
  "confidence.likely",
  "confidence.early",
  "list.and",
  "recap.summary",
  "recap.also",
  "recap.unsure",
  "recap.confirm",
  "recap.empty",
  "recap.nothing",
  "recap.employees.one",
  "recap.employees.many",
  "recap.itStaff.none",
  "recap.itStaff.one",
  "recap.itStaff.many",
  "recap.skillsGaps.none",
  "recap.skillsGaps.some",
  "recap.burnout.low",
  "recap.burnout.medium",
  "recap.burnout.high",
  "card.title",
  "card.fit",
  "card.basedOn",
  "card.reasons",
  "card.reasonAgainst",
  "card.missing",
  "card.speak",
  "action.bookCall",
  "action.handoff",
  "action.askQuestion",
  "action.restart",
  "text.headline",
  "text.nextSteps",
  "text.nextSteps.noBooking",
] as const;

/** Every key content/cards.en.json must define, and no others. */
export type CardCopyKey =
  | (typeof FIXED_KEYS)[number]
  | `model.${Model}`
  | `skill.${SkillArea}`
  | `topic.${ProfilePath}`
  | `recap.signal.${SignalName}`
  | `recap.signal.${FalseSignal}.false`
  | `card.responsibilities.${Model}`;

export const CARD_COPY_KEYS: readonly CardCopyKey[] = [
  ...FIXED_KEYS,
  ...MODELS.map((model) => `model.${model}` as const),
  ...SKILL_AREAS.map((area) => `skill.${area}` as const),
  ...PROFILE_PATHS.map((path) => `topic.${path}` as const),
  ...SIGNAL_NAMES.map((name) => `recap.signal.${name}` as const),
  ...TELLING_WHEN_FALSE.map((name) => `recap.signal.${name}.false` as const),
  ...MODELS.map((model) => `card.responsibilities.${model}` as const),
];

/**
 * The placeholders each template must contain, exactly; a key not listed takes none. Checked on
 * load, so a typo in the content file fails at start-up rather than showing "{cont}" to a visitor.
 */
export const CARD_COPY_PLACEHOLDERS = {
  "recap.summary": ["facts"],
  "recap.also": ["signals"],
  "recap.unsure": ["topics"],
  "recap.employees.many": ["count"],
  "recap.itStaff.many": ["count"],
  "recap.skillsGaps.some": ["areas"],
  "card.fit": ["confidence"],
  "card.basedOn": ["facts"],
  "card.missing": ["topic"],
  "card.reasonAgainst": ["reason"],
  "card.speak": ["model", "confidence", "reason"],
  "text.headline": ["model"],
  "text.nextSteps": ["bookingUrl"],
} as const satisfies Partial<Record<CardCopyKey, readonly string[]>>;

/** The values a key's template needs, by placeholder name. */
export type CopyValues<K extends CardCopyKey> = K extends keyof typeof CARD_COPY_PLACEHOLDERS
  ? Record<(typeof CARD_COPY_PLACEHOLDERS)[K][number], string | number>
  : never;

/** The placeholders a key's template must contain. */
export const placeholdersOf = (key: CardCopyKey): readonly string[] =>
  (CARD_COPY_PLACEHOLDERS as Partial<Record<CardCopyKey, readonly string[]>>)[key] ?? [];
