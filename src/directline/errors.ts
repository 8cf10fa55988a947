/** HTTP statuses a Direct Line failure maps to; the routes turn them into the contract's error body. */
export type DirectLineStatus = 401 | 403 | 404 | 429 | 503;

/** An expected Direct Line refusal (bad token, unknown conversation, upstream down), safe to show. */
export class DirectLineError extends Error {
  override readonly name = "DirectLineError";
  constructor(
    readonly status: DirectLineStatus,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
