import { ProfileSchema, type Profile, type SignalName } from "../../src/core/profile/index.ts";

/** Overrides for `aProfile`: a key set to `undefined` is removed (unknown, may be asked). */
export type ProfileOverrides = {
  [K in Exclude<keyof Profile, "signals">]?: Profile[K] | undefined;
} & { signals?: Partial<Record<SignalName, boolean | null | undefined>> };

/**
 * A valid profile for tests. Starts from nothing known (the state at the start of a chat), so a
 * test names exactly the facts it depends on: `aProfile({ itStaff: 1 })`. Signals merge key by
 * key, and the result is parsed, so an impossible fixture fails loudly.
 */
export function aProfile(overrides: ProfileOverrides = {}, base: Profile = {}): Profile {
  const { signals, ...fields } = overrides;
  const next: Record<string, unknown> = { ...base, ...fields };
  const mergedSignals: Record<string, unknown> = { ...base.signals, ...signals };
  for (const [key, value] of Object.entries(mergedSignals)) {
    if (value === undefined) delete mergedSignals[key];
  }
  if (Object.keys(mergedSignals).length > 0) next.signals = mergedSignals;
  else delete next.signals;
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) delete next[key];
  }
  return ProfileSchema.parse(next);
}
