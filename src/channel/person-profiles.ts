import type { Storage } from "botbuilder";
import { z } from "zod";
import { ProfileSchema, type Profile } from "../core/profile/index.ts";
import type { TeamsPerson } from "./teams-activity.ts";

const PersonProfileSchema = z.object({ version: z.literal(1), profile: ProfileSchema });

/**
 * The last organisation profile a Teams user gave, kept by person (tenant + Entra object id) beside
 * the conversations' state, so a new chat or channel thread can start from it.
 */
export interface PersonProfiles {
  /** Null when nothing usable is stored. */
  read(person: TeamsPerson): Promise<Profile | null>;
  /** An empty profile deletes the entry: a restart or "delete my data" leaves nothing behind. */
  write(person: TeamsPerson, profile: Profile): Promise<void>;
}

export function createPersonProfiles(storage: Storage): PersonProfiles {
  const keyOf = (person: TeamsPerson) =>
    `msteams/people/${encodeURIComponent(person.tenantId)}/${encodeURIComponent(person.aadObjectId)}`;
  return {
    async read(person) {
      const key = keyOf(person);
      const parsed = PersonProfileSchema.safeParse((await storage.read([key]))[key]);
      return parsed.success ? parsed.data.profile : null;
    },
    async write(person, profile) {
      const key = keyOf(person);
      if (Object.keys(profile).length === 0) {
        await storage.delete([key]);
        return;
      }
      await storage.write({ [key]: { version: 1, profile, eTag: "*" } });
    },
  };
}
