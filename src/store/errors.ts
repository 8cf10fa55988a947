/** A storage operation failed in a way the caller did not cause (bad data read back, a broken schema). */
export class StoreError extends Error {
  override readonly name: string = "StoreError";
}

/**
 * A conditional write lost: the item's eTag no longer matches the stored one, or an item meant to
 * be created already exists. Read again, re-apply the change, write again.
 */
export class StoreConflictError extends StoreError {
  override readonly name = "StoreConflictError";
  constructor(readonly key: string) {
    super(`Storage item "${key}" was changed by someone else.`);
  }
}

/** Another live process holds the embedded store's data directory (PGlite is single-process). */
export class DataDirBusyError extends StoreError {
  override readonly name = "DataDirBusyError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    detail?: string,
    options?: ErrorOptions,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${pid}${detail ? `; ${detail}` : "."}`,
      options,
    );
  }
}
