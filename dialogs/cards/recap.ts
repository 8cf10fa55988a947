import {
  SIGNAL_NAMES,
  type Profile,
  type ProfilePath,
  type SignalName,
} from "../../src/core/profile/index.ts";
import type { TELLING_WHEN_FALSE } from "./copy-keys.ts";
import { fill, type CardCopy } from "./copy.ts";
import { describeSkillArea, describeTopic, formatCount, listOf } from "./describe.ts";

/** At most this many signals are read back, and at most this many unsure signals listed. */
export const RECAP_LIMITS = { signals: 3, unsureSignals: 2 } as const;

type TellingAnswer =
  { name: SignalName; value: true } | { name: (typeof TELLING_WHEN_FALSE)[number]; value: false };

const yes = (name: SignalName): TellingAnswer => ({ name, value: true });
const no = (name: (typeof TELLING_WHEN_FALSE)[number]): TellingAnswer => ({ name, value: false });

/**
 * Signal answers from most to least telling for the choice between models; only these are read
 * back. A `false` answer is listed only where saying no is itself a preference.
 */
const TELLING: readonly TellingAnswer[] = [
  yes("itStaffLeaving"),
  yes("singlePersonDependency"),
  no("wantsControl"),
  yes("wantsControl"),
  yes("itNotDeliveringValue"),
  yes("recruitmentDifficulty"),
  yes("securityComplianceRisk"),
  yes("knowledgeRetentionCritical"),
  yes("resourcesConstrained"),
  yes("supportInconsistent"),
  yes("teamCapable"),
  yes("specialistNeedPartTime"),
  yes("unpredictableCosts"),
  yes("extraCapacityNeeded"),
  yes("itIsStrategic"),
  no("itIsStrategic"),
];

const phraseOf = (answer: TellingAnswer, copy: CardCopy): string =>
  answer.value ? copy[`recap.signal.${answer.name}`] : copy[`recap.signal.${answer.name}.false`];

/** The recap's pieces: known facts, telling signals and what the visitor was unsure about. */
export interface RecapParts {
  facts: string[];
  signals: string[];
  unsure: string[];
}

/** Reads the profile into phrases. Only numbers and enum values reach the text, never free text. */
export function toRecapParts(profile: Profile, copy: CardCopy): RecapParts {
  const facts: string[] = [];
  const unsure: string[] = [];
  const { employees, itStaff, skillsGaps, burnoutRisk } = profile;

  if (employees === null) unsure.push(describeTopic("employees", copy));
  else if (employees === 1) facts.push(fill(copy, "recap.employees.one"));
  else if (employees !== undefined)
    facts.push(fill(copy, "recap.employees.many", { count: formatCount(employees) }));

  if (itStaff === null) unsure.push(describeTopic("itStaff", copy));
  else if (itStaff === 0) facts.push(fill(copy, "recap.itStaff.none"));
  else if (itStaff === 1) facts.push(fill(copy, "recap.itStaff.one"));
  else if (itStaff !== undefined)
    facts.push(fill(copy, "recap.itStaff.many", { count: formatCount(itStaff) }));

  if (skillsGaps === null) unsure.push(describeTopic("skillsGaps", copy));
  else if (skillsGaps?.length === 0) facts.push(fill(copy, "recap.skillsGaps.none"));
  else if (skillsGaps !== undefined) {
    const areas = listOf(
      [...new Set(skillsGaps)].map((area) => describeSkillArea(area, copy)),
      copy,
    );
    facts.push(fill(copy, "recap.skillsGaps.some", { areas }));
  }

  if (burnoutRisk === null) unsure.push(describeTopic("burnoutRisk", copy));
  else if (burnoutRisk !== undefined) facts.push(fill(copy, `recap.burnout.${burnoutRisk}`));

  const said = profile.signals ?? {};
  const signals = TELLING.filter((answer) => said[answer.name] === answer.value)
    .slice(0, RECAP_LIMITS.signals)
    .map((answer) => phraseOf(answer, copy));
  const unsureSignals = SIGNAL_NAMES.filter((name) => said[name] === null)
    .slice(0, RECAP_LIMITS.unsureSignals)
    .map((name) => describeTopic(`signals.${name}`, copy));

  return { facts, signals, unsure: [...unsure, ...unsureSignals] };
}

/**
 * The sentence read back before recommending ("So: 80 staff, one IT person, gaps in security
 * and cloud, under heavy pressure. Also, hiring is hard. Have I got that right?"). Absent fields
 * are left out; fields the visitor did not know are listed as such. Without `confirm` it is a plain
 * summary, as shown with the data the advisor holds.
 */
export function renderRecap(profile: Profile, copy: CardCopy, confirm = true): string {
  const { facts, signals, unsure } = toRecapParts(profile, copy);
  if (facts.length + signals.length + unsure.length === 0)
    return confirm ? fill(copy, "recap.empty") : fill(copy, "recap.nothing");
  const sentences: string[] = [];
  if (facts.length > 0) {
    sentences.push(fill(copy, "recap.summary", { facts: facts.join(", ") }));
    if (signals.length > 0)
      sentences.push(fill(copy, "recap.also", { signals: listOf(signals, copy) }));
  } else if (signals.length > 0) {
    sentences.push(fill(copy, "recap.summary", { facts: listOf(signals, copy) }));
  }
  if (unsure.length > 0)
    sentences.push(fill(copy, "recap.unsure", { topics: listOf(unsure, copy) }));
  if (confirm) sentences.push(fill(copy, "recap.confirm"));
  return sentences.join(" ");
}

/**
 * What one answer added, in the recap's words ("60 staff, one IT person"), for acknowledging it;
 * empty when none of the changed fields has a known value to name.
 */
export function renderNoted(
  profile: Profile,
  changed: readonly ProfilePath[],
  copy: CardCopy,
): string {
  const part: Profile = {};
  const signals: NonNullable<Profile["signals"]> = {};
  for (const path of changed) {
    if (path.startsWith("signals.")) {
      const name = path.slice("signals.".length) as keyof typeof signals;
      const value = profile.signals?.[name];
      if (typeof value === "boolean") signals[name] = value;
    } else {
      const field = path as Exclude<ProfilePath, `signals.${string}`>;
      const value = profile[field];
      if (value !== null && value !== undefined) Object.assign(part, { [field]: value });
    }
  }
  if (Object.keys(signals).length > 0) part.signals = signals;
  const { facts, signals: said } = toRecapParts(part, copy);
  const items = [...facts, ...said];
  return items.length > 0 ? listOf(items, copy) : "";
}
