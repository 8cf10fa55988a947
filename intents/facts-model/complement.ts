import type { Profile, ProfilePath, ProfileUpdate } from "../../src/core/profile/index.ts";
import type { LearnedFacts } from "./read-facts.ts";

/**
 * Adds what the learned model read to what the rules found, only where neither the rules nor the
 * profile already say anything, and never for the question just asked (the rules read bare
 * answers). The rules stay first: the model only fills their silences. Returns `update` itself
 * when the model adds nothing.
 */
export function withLearnedFacts(
  update: ProfileUpdate,
  learned: LearnedFacts,
  profile: Profile,
  expecting: ProfilePath | undefined,
): ProfileUpdate {
  const out: ProfileUpdate = { ...update };
  if (
    learned.skillsGaps.length > 0 &&
    out.skills === undefined &&
    profile.skillsGaps === undefined &&
    expecting !== "skillsGaps"
  )
    out.skills = { add: [...learned.skillsGaps] };
  if (
    learned.burnoutRisk !== undefined &&
    out.burnoutRisk === undefined &&
    profile.burnoutRisk === undefined &&
    expecting !== "burnoutRisk"
  )
    out.burnoutRisk = learned.burnoutRisk;
  const signals = { ...out.signals };
  const itStaff = out.itStaff ?? profile.itStaff;
  for (const [signal, value] of Object.entries(learned.signals)) {
    const name = signal as keyof typeof signals;
    if (signals[name] !== undefined || profile.signals?.[name] !== undefined) continue;
    if (expecting === `signals.${name}`) continue;
    // A count says more about the team than the model can: the rules set one person's dependency
    // from a count of one, and a firm with no IT staff has no team to be capable or to rest on.
    if (name === "singlePersonDependency" && itStaff !== undefined && itStaff !== null) continue;
    if (name === "teamCapable" && itStaff === 0) continue;
    signals[name] = value;
  }
  if (Object.keys(signals).length > 0) out.signals = signals;
  const added =
    out.skills !== update.skills ||
    out.burnoutRisk !== update.burnoutRisk ||
    Object.keys(signals).length !== Object.keys(update.signals ?? {}).length;
  return added ? out : update;
}
