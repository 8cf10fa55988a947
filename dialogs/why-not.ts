import type { Profile } from "../src/core/profile/index.ts";
import type { FactorId, Reason, Recommendation, Side } from "../src/core/recommender/index.ts";
import type { CopyKey } from "./copy.ts";
import type { AdvisorServices } from "./services.ts";

/** The model a "why not ...?" question holds up against the recommendation. */
export type Alternative = Side | "other";

const CO_MANAGED = String.raw`co-?managed|co managed|(?:a |the )?(?:shared|hybrid) (?:model|option|arrangement|approach|one)`;
const MANAGED = String.raw`fully managed|full management|(?:fully |full )?outsourc\w*(?: (?:everything|it all|all of it|the lot|the whole lot|the whole thing|it))?|managed(?: it| service)?|hand(?:ing)? (?:it all|it|everything|the lot|the whole lot|the whole thing) over`;
const OTHER = String.raw`the other(?: one| option| model| way)?|the alternative`;
const ALTERNATIVE = `(${CO_MANAGED}|${OTHER}|${MANAGED})`;
const LEAD = String.raw`^\W*(?:but |and |so |ok,? |okay,? |hmm+,? |right,? )?`;

/** "why not fully managed?", "what about co-managed instead?", "wouldn't the other one be better?" */
const ASKS_ALTERNATIVE: readonly RegExp[] = [
  new RegExp(
    String.raw`${LEAD}why (?:not|wouldn'?t|shouldn'?t|couldn'?t|can'?t|don'?t|didn'?t)(?: we| you| i| us)?(?: just| simply| go| going| go for| opt for| recommend| suggest| choose| pick| use| have| with| for| the)* ${ALTERNATIVE}\b`,
    "i",
  ),
  new RegExp(
    String.raw`${LEAD}(?:what|how) about(?: going| just| the)* ${ALTERNATIVE}(?: (?:instead|then|though|option|model|route|rather|for us))*\W*$`,
    "i",
  ),
  new RegExp(
    String.raw`${LEAD}(?:would(?:n'?t)?|is(?:n'?t)?|could(?:n'?t)?) ${ALTERNATIVE}(?: not)?(?: be)? (?:better|a better (?:fit|option|choice)|more suitable)\b`,
    "i",
  ),
  new RegExp(
    String.raw`\bwhy (?:${CO_MANAGED}|${MANAGED}|the path|that)(?: and)? (?:rather than|over|and not|instead of|not) ${ALTERNATIVE}\b`,
    "i",
  ),
];

/** The model a short "why not X?" question asks about, or null when it is not one. */
export function alternativeAskedAbout(text: string): Alternative | null {
  if (text.length > 100) return null;
  for (const pattern of ASKS_ALTERNATIVE) {
    const named = pattern.exec(text)?.[1];
    if (named === undefined) continue;
    if (new RegExp(`^(?:${CO_MANAGED})$`, "i").test(named)) return "co-managed";
    if (new RegExp(`^(?:${OTHER})$`, "i").test(named)) return "other";
    return "managed";
  }
  return null;
}

/**
 * Why the other model fits less, and what would have to change for it: one pair of copy keys per
 * criterion, named after it (a criterion without its pair in the copy file fails to compile).
 */
const againstOf = (factor: FactorId): CopyKey => `whyNot.against.${factor}` satisfies CopyKey;
const unlessOf = (factor: FactorId): CopyKey => `whyNot.unless.${factor}` satisfies CopyKey;

/** How the question is framed: against a single model, or against one end of the path. */
type Framing = "managed" | "coManaged" | "managedNow" | "coManagedOnly";

const INTRO: { [K in Framing]: CopyKey } = {
  managed: "explain.whyNot.managed",
  coManaged: "explain.whyNot.coManaged",
  managedNow: "explain.whyNot.managedNow",
  coManagedOnly: "explain.whyNot.coManagedOnly",
};

const TARGET: { [K in Framing]: CopyKey } = {
  managed: "explain.target.managed",
  coManaged: "explain.target.coManaged",
  managedNow: "explain.target.managedNow",
  coManagedOnly: "explain.target.coManagedOnly",
};

/** Points made against the other model, at most. */
const POINTS = 3;

/**
 * "Why not fully managed?" answered as a contrast, from the recommendation's own reasons: what in
 * the visitor's answers counts against that model, what counts for it, what is still unknown,
 * and what would tip the balance. Null when the model asked about is the one recommended.
 */
export function explainAlternative(
  alternative: Alternative,
  recommendation: Recommendation,
  profile: Profile,
  services: Pick<AdvisorServices, "copy" | "present">,
): string[] | null {
  const { copy, present } = services;
  const { model } = recommendation;
  const asked: Side =
    alternative === "other" ? (model === "managed" ? "co-managed" : "managed") : alternative;
  if (asked === model) return null;
  const path = model === "co-managed-then-managed";
  const framing: Framing =
    asked === "managed" ? (path ? "managedNow" : "managed") : path ? "coManagedOnly" : "coManaged";
  // The reasons that favour the other side are the case against the model asked about; beside
  // the path's own reason, which already says what only the team knows, the knowledge one repeats.
  const steppingStone = recommendation.reasons.find((reason) => reason.factor === "stepping-stone");
  const against = recommendation.reasons.filter(
    (reason) =>
      reason.favours !== asked && !(steppingStone && reason.factor === "knowledge-retention"),
  );
  const fill = (key: CopyKey): string => copy(key, contrastParams(profile, services));

  const lines = [copy(INTRO[framing])];
  const shown = against.slice(0, POINTS);
  if (shown.length > 0) lines.push(...shown.map((reason) => fill(againstKey(reason, profile))));
  // The path with nothing yet against staying co-managed: its own reason says why it moves on.
  else if (steppingStone) lines.push(steppingStone.text);

  const inFavour = recommendation.reasons.find(
    (reason) => reason.favours === asked && reason.factor !== "stepping-stone",
  );
  if (inFavour)
    lines.push(
      copy("explain.whyNot.inFavour", {
        model: copy(asked === "managed" ? "explain.target.managed" : "explain.target.coManaged"),
        reason: inFavour.text,
      }),
    );

  const unknown = recommendation.missing.slice(0, 2).map((topic) => present.topic(topic));
  const [firstUnknown, secondUnknown] = unknown;
  if (firstUnknown)
    lines.push(
      copy("explain.whyNot.unknown", {
        topics: secondUnknown
          ? copy("explain.whyNot.either", { first: firstUnknown, second: secondUnknown })
          : firstUnknown,
      }),
    );

  const [first, second] = against.slice(0, 2).map((reason) => fill(unlessKey(reason, profile)));
  const target = copy(TARGET[framing]);
  if (first && second)
    lines.push(copy("explain.whyNot.wouldChange.two", { target, first, second }));
  else if (first) lines.push(copy("explain.whyNot.wouldChange.one", { target, first }));
  return lines;
}

/** With the head count of IT unknown, "no internal IT" is a guess, and is worded as one. */
const guessesNoTeam = (reason: Reason, profile: Profile): boolean =>
  reason.factor === "no-internal-it" && profile.itStaff !== 0;

/** The pressure rests on one person rather than a team. */
const onOnePerson = (reason: Reason, profile: Profile): boolean =>
  reason.factor === "burnout-or-single-person" &&
  (profile.itStaff === 1 || profile.signals?.singlePersonDependency === true);

const againstKey = (reason: Reason, profile: Profile): CopyKey => {
  if (guessesNoTeam(reason, profile)) return "whyNot.against.no-internal-it.unknown";
  if (onOnePerson(reason, profile)) return "whyNot.against.burnout-or-single-person.one";
  return againstOf(reason.factor);
};

const unlessKey = (reason: Reason, profile: Profile): CopyKey => {
  if (guessesNoTeam(reason, profile)) return "whyNot.unless.no-internal-it.unknown";
  if (onOnePerson(reason, profile)) return "whyNot.unless.burnout-or-single-person.one";
  return unlessOf(reason.factor);
};

/** The visitor's own facts for the contrast lines: who does IT, and where the gaps are. */
function contrastParams(
  profile: Profile,
  { copy, present }: Pick<AdvisorServices, "copy" | "present">,
): Record<string, string> {
  const team =
    typeof profile.itStaff === "number" && profile.itStaff > 0
      ? present.noted(profile, ["itStaff"])
      : "";
  const gaps = profile.skillsGaps?.length ? present.noted(profile, ["skillsGaps"]) : "";
  return {
    team: team || copy("explain.yourTeam"),
    teamNoun: copy(profile.itStaff === 1 ? "explain.yourPerson" : "explain.yourTeamNoun"),
    gaps: gaps || copy("explain.yourGaps"),
  };
}
