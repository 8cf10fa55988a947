import { expect, it } from "vitest";
import { ABSENT_ETAG, StoreConflictError, StoreError } from "../../../../src/store/index.ts";
import type { StoreBackend } from "../../../support/store-backends.ts";

/** botbuilder Storage behaviour plus real optimistic concurrency. */
export function storageCases(backend: StoreBackend): void {
  const storage = () => backend.store().storage;

  it("reads nothing for unknown keys and round-trips an item with a fresh eTag", async () => {
    expect(await storage().read(["webchat/conversations/c1/"])).toEqual({});
    await storage().write({
      "webchat/conversations/c1/": { dialogState: { step: 2 }, profile: { employees: 40 } },
    });
    const { "webchat/conversations/c1/": item } = await storage().read([
      "webchat/conversations/c1/",
      "missing",
    ]);
    expect(item).toMatchObject({ dialogState: { step: 2 }, profile: { employees: 40 } });
    expect(item?.eTag).toEqual(expect.any(String));
  });

  it("gives every write a new eTag and never stores the eTag inside the document", async () => {
    await storage().write({ k: { n: 1 } });
    const first = (await storage().read(["k"])).k?.eTag;
    await storage().write({ k: { n: 2, eTag: "*" } });
    const second = await storage().read(["k"]);
    expect(second.k?.eTag).not.toEqual(first);
    const { rows } = await backend.client().query("SELECT document FROM state WHERE key = 'k'");
    expect(rows[0]).toEqual({ document: { n: 2 } });
  });

  it("writes with a matching eTag and rejects a stale one with StoreConflictError", async () => {
    await storage().write({ k: { n: 1 } });
    const read = (await storage().read(["k"])).k;
    await storage().write({ k: { ...read, n: 2 } });
    const stale = storage().write({ k: { ...read, n: 3 } });
    await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
    await expect(stale).rejects.toMatchObject({ key: "k" });
    expect((await storage().read(["k"])).k).toMatchObject({ n: 2 });
  });

  it('treats "*" and a missing, null or empty eTag as unconditional writes (botbuilder contract)', async () => {
    await storage().write({ k: { n: 1 } });
    await storage().write({ k: { n: 2, eTag: "*" } });
    await storage().write({ k: { n: 3 } });
    await storage().write({ k: { n: 4, eTag: null } });
    await storage().write({ k: { n: 5, eTag: "" } });
    expect((await storage().read(["k"])).k).toMatchObject({ n: 5 });
  });

  it("creates with ABSENT_ETAG only when nothing is stored yet", async () => {
    await storage().write({ k: { n: 1, eTag: ABSENT_ETAG } });
    await expect(storage().write({ k: { n: 2, eTag: ABSENT_ETAG } })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect((await storage().read(["k"])).k).toMatchObject({ n: 1 });
  });

  it("treats a concrete eTag for a row that has gone as a conflict", async () => {
    await storage().write({ k: { n: 1 } });
    const read = (await storage().read(["k"])).k;
    await storage().delete(["k"]);
    await expect(storage().write({ k: { ...read, n: 2 } })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
  });

  it("writes all changes of one call or none", async () => {
    await storage().write({ a: { n: 1 } });
    const a = (await storage().read(["a"])).a;
    await storage().write({ a: { ...a, n: 2 } });
    await expect(storage().write({ b: { n: 1 }, a: { ...a, n: 3 } })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect(await storage().read(["b"])).toEqual({});
  });

  it("deletes keys, ignoring unknown ones", async () => {
    await storage().write({ a: { n: 1 }, b: { n: 2 } });
    await storage().delete(["a", "nope"]);
    expect(Object.keys(await storage().read(["a", "b"]))).toEqual(["b"]);
    await storage().delete([]);
  });

  it("keeps JSON faithfully (unicode, nesting, arrays) and refuses a non-object item", async () => {
    const document = {
      text: "Café – “quotes” 👍",
      list: [1, "two", { three: 3 }],
      empty: {},
      nothing: null,
    };
    await storage().write({ "msteams/users/29:1a-b/": document });
    expect(
      (await storage().read(["msteams/users/29:1a-b/"]))["msteams/users/29:1a-b/"],
    ).toMatchObject(document);
    await expect(storage().write({ k: [1, 2] })).rejects.toBeInstanceOf(StoreError);
    await expect(storage().write({ k: "text" })).rejects.toBeInstanceOf(StoreError);
  });
}
