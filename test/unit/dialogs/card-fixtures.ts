import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadCardCopy, type CardCopy } from "../../../dialogs/cards/index.ts";
import type { Profile } from "../../../src/core/profile/index.ts";
import { RecommendationSchema, type Recommendation } from "../../../src/core/recommender/index.ts";

/** The real content file, loaded the way the app loads it. */
export const copy: CardCopy = loadCardCopy(
  JSON.parse(readFileSync(new URL("../../../content/cards.en.json", import.meta.url), "utf8")),
);

/** A recommendation that satisfies the contract's schema, with overrides. */
export const aRecommendation = (overrides: Partial<Recommendation> = {}): Recommendation =>
  RecommendationSchema.parse({
    model: "co-managed",
    confidence: 0.8,
    reasons: [
      { factor: "wants-control", favours: "co-managed", text: "You want to keep the say over IT." },
    ],
    responsibilities: ["Specialist security cover"],
    missing: [],
    ...overrides,
  });

/** Realistic recommendations with the profiles that could lead to them. */
export const SCENARIOS: { name: string; profile: Profile; recommendation: Recommendation }[] = [
  {
    name: "co-managed, high confidence",
    profile: {
      employees: 80,
      itStaff: 1,
      skillsGaps: ["cybersecurity", "cloud"],
      burnoutRisk: "high",
      signals: { recruitmentDifficulty: true, wantsControl: true },
    },
    recommendation: aRecommendation({
      model: "co-managed",
      confidence: 0.86,
      reasons: [
        {
          factor: "burnout-or-single-person",
          favours: "co-managed",
          text: "One person carries all of your IT.",
        },
        {
          factor: "wants-control",
          favours: "co-managed",
          text: "You want decisions about IT to stay with you.",
        },
        {
          factor: "recruitment-difficulty",
          favours: "co-managed",
          text: "Hiring IT people has been hard.",
        },
        {
          factor: "skills-gaps-with-team",
          favours: "co-managed",
          text: "Security and cloud are thin spots.",
        },
      ],
      responsibilities: [
        "Specialist security monitoring and response",
        "Cloud design and migrations",
        "A shared service desk that covers holidays and sickness",
      ],
      missing: [],
    }),
  },
  {
    name: "managed, likely",
    profile: {
      employees: 25,
      itStaff: 0,
      signals: { wantsControl: false, unpredictableCosts: true },
    },
    recommendation: aRecommendation({
      model: "managed",
      confidence: 0.62,
      reasons: [
        {
          factor: "it-is-strategic",
          favours: "co-managed",
          text: "You see IT as part of your edge.",
        },
        { factor: "no-internal-it", favours: "managed", text: "Nobody in-house looks after IT." },
        { factor: "prefers-handover", favours: "managed", text: "You would rather hand IT over." },
        { factor: "unpredictable-costs", favours: "managed", text: "IT spending is hard to plan." },
      ],
      responsibilities: [
        "The service desk for all your users",
        "Monitoring and patching",
        "Security",
      ],
      missing: ["signals.securityComplianceRisk"],
    }),
  },
  {
    name: "the path",
    profile: {
      employees: 120,
      itStaff: 2,
      signals: { itStaffLeaving: true, itNotDeliveringValue: true },
    },
    recommendation: aRecommendation({
      model: "co-managed-then-managed",
      confidence: 0.58,
      reasons: [
        {
          factor: "stepping-stone",
          favours: "co-managed",
          text: "Start together, then hand over.",
        },
        {
          factor: "it-not-delivering-value",
          favours: "managed",
          text: "In-house IT is not paying its way.",
        },
        { factor: "knowledge-retention", favours: "co-managed", text: "Knowledge must be kept." },
      ],
      responsibilities: ["Writing down how your systems work", "A planned move to fully managed"],
      missing: ["burnoutRisk", "skillsGaps"],
    }),
  },
  {
    name: "empty profile, low confidence",
    profile: {},
    recommendation: aRecommendation({
      model: "managed",
      confidence: 0.3,
      reasons: [
        {
          factor: "no-internal-it",
          favours: "managed",
          text: "We don't know yet whether you have IT staff.",
        },
      ],
      responsibilities: ["The service desk for all your users"],
      missing: ["itStaff", "employees", "signals.wantsControl"],
    }),
  },
];

interface AcEvent {
  message: string;
}
interface AcCard {
  parse(json: unknown, context: unknown): void;
  validateProperties(): { validationEvents: AcEvent[] };
  toJSON(): unknown;
}
interface AcModule {
  AdaptiveCard: new () => AcCard;
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): AcEvent };
}
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as AcModule;

/**
 * Parses a card with the Adaptive Cards library itself and returns every parse and validation
 * message, plus the library's own serialisation (a dropped property shows up as a difference).
 */
export function checkWithAdaptiveCards(json: unknown): { problems: string[]; roundTrip: unknown } {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems = Array.from(
    { length: context.eventCount },
    (_, i) => context.getEventAt(i).message,
  );
  problems.push(...card.validateProperties().validationEvents.map((event) => event.message));
  return { problems, roundTrip: card.toJSON() };
}
