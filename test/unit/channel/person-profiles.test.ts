import { MemoryStorage } from "botbuilder";
import { describe, expect, it } from "vitest";
import { createPersonProfiles } from "../../../src/channel/person-profiles.ts";

const person = { tenantId: "tenant-1", aadObjectId: "object-1" };

describe("person profiles", () => {
  it("keeps the last profile per tenant and object id, and deletes it when emptied", async () => {
    const storage = new MemoryStorage();
    const profiles = createPersonProfiles(storage);
    expect(await profiles.read(person)).toBeNull();
    await profiles.write(person, { employees: 80, itStaff: 1 });
    expect(await profiles.read(person)).toEqual({ employees: 80, itStaff: 1 });
    expect(await profiles.read({ ...person, tenantId: "tenant-2" })).toBeNull();
    await profiles.write(person, {});
    expect(await profiles.read(person)).toBeNull();
  });

  it("reads an unreadable entry as nothing", async () => {
    const storage = new MemoryStorage();
    await storage.write({
      "msteams/people/tenant-1/object-1": { version: 1, profile: { employees: -3 } },
    });
    expect(await createPersonProfiles(storage).read(person)).toBeNull();
  });
});
