import { expect, it, onTestFinished } from "vitest";
import { StoreError } from "../../../../src/store/index.ts";
import { aLead } from "../../../support/lead-builder.ts";
import { storeTables, type StoreBackend } from "../../../support/store-backends.ts";

/** Rows in every table whose text mentions `needle` (case-insensitive). */
async function mentions(backend: StoreBackend, needle: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const table of await storeTables(backend.client())) {
    const { rows } = await backend
      .client()
      .query(
        `SELECT count(*)::int AS n FROM "${table}" t WHERE strpos(lower(t::text), lower($1)) > 0`,
        [needle],
      );
    const n = (rows[0] as { n: number }).n;
    if (n > 0) found[table] = n;
  }
  return found;
}

/** Right to erasure: the lead and everything recorded with it goes; nothing else does. */
export function erasureCases(backend: StoreBackend): void {
  it("erases a person's leads, outbox rows, state and transcripts, and leaves no trace of the email", async () => {
    const store = backend.store();
    const email = "Sam.Patel@Example.com";
    const lead = aLead({ contact: { name: "Sam Patel", email } });
    const other = aLead({ contact: { name: "Jo Other", email: "jo@elsewhere.example" } });
    await store.storage.write({
      "webchat/conversations/c-sam/": { step: "contact", draft: { email } },
      "webchat/users/u-sam/": { name: "Sam Patel" },
      "webchat/conversations/c-sam/users/u-sam/": { private: true },
      "webchat/conversations/c-jo/": { step: "contact" },
      "msteams/conversations/c-old/": { note: `typed ${email.toLowerCase()} earlier` },
    });
    await store.transcripts.append({
      conversationId: "c-sam",
      role: "user",
      text: `my email is ${email}`,
    });
    await store.transcripts.append({
      conversationId: "c-sam",
      role: "bot",
      text: "Thanks, a consultant will call.",
    });
    await store.transcripts.append({
      conversationId: "c-jo",
      role: "user",
      text: "about 40 staff",
    });
    await store.recordEvent({ kind: "handoff", day: "2026-03-02" });
    await store.leads.commit(lead, {
      stateKey: "webchat/conversations/c-sam/",
      state: { step: "handed-off" },
      userId: "u-sam",
      conversationId: "c-sam",
    });
    await store.leads.commit(other, { userId: "u-jo", conversationId: "c-jo" });
    // A table added by a later feature, which erasure knows nothing about.
    await backend
      .client()
      .query("CREATE TABLE later_feature_notes (id serial PRIMARY KEY, note jsonb NOT NULL)");
    onTestFinished(async () => {
      await backend.client().query("DROP TABLE later_feature_notes");
    });
    await backend
      .client()
      .query(
        `INSERT INTO later_feature_notes (note) VALUES ($1::jsonb), ('{"text": "unrelated"}'::jsonb)`,
        [JSON.stringify({ text: `reach me at ${email}` })],
      );
    expect(Object.keys(await mentions(backend, email)).sort()).toEqual([
      "later_feature_notes",
      "lead_erasure_keys",
      "leads",
      "state",
      "transcripts",
    ]);

    const erased = await store.leads.erase({ email: " sam.patel@example.COM " });

    expect(erased).toEqual({
      leadIds: [lead.leadId],
      outboxRows: 1,
      stateKeys: [
        "msteams/conversations/c-old/",
        "webchat/conversations/c-sam/",
        "webchat/conversations/c-sam/users/u-sam/",
        "webchat/users/u-sam/",
      ],
      transcriptConversations: 1,
      otherRows: { later_feature_notes: 1 },
    });
    expect(await mentions(backend, email)).toEqual({});
    expect(await mentions(backend, "Sam Patel")).toEqual({});
    expect(await mentions(backend, "u-sam")).toEqual({});
    expect(await mentions(backend, "c-sam")).toEqual({});
    expect((await store.leads.list()).map((kept) => kept.leadId)).toEqual([other.leadId]);
    expect(Object.keys(await store.storage.read(["webchat/conversations/c-jo/"]))).toHaveLength(1);
    expect(await store.transcripts.read("c-jo")).toHaveLength(1);
    expect((await store.report()).totals.handoff).toBe(1);
    const notes = await backend
      .client()
      .query("SELECT count(*)::int AS n FROM later_feature_notes");
    expect(notes.rows[0]).toEqual({ n: 1 });
  });

  it("reports nothing removed for an unknown email, and refuses a blank or malformed one", async () => {
    const store = backend.store();
    await store.leads.commit(aLead());
    expect(await store.leads.erase({ email: "nobody@example.org" })).toEqual({
      leadIds: [],
      outboxRows: 0,
      stateKeys: [],
      transcriptConversations: 0,
      otherRows: {},
    });
    await expect(store.leads.erase({ email: "" })).rejects.toBeInstanceOf(StoreError);
    await expect(store.leads.erase({ email: "%" })).rejects.toBeInstanceOf(StoreError);
    expect(await store.leads.list()).toHaveLength(1);
  });
}
