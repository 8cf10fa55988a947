import type { ZodError } from "zod";

/** Error codes of the contract's `{ error: { code, message } }` body, by HTTP status. */
export const ERROR_CODES = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
  500: "internal_error",
  501: "not_implemented",
  503: "unavailable",
} as const;
export type ErrorStatus = keyof typeof ERROR_CODES;

/** An expected HTTP failure with a status and a message that is safe to show the caller. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export function toErrorBody(status: ErrorStatus, message: string): ErrorBody {
  return { error: { code: ERROR_CODES[status], message } };
}

/** A 400 naming the first field at fault, from a zod validation error. */
export function fromZodError(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join(".") : "body";
  return new ApiError(400, `Invalid field "${field}": ${issue?.message ?? "bad value"}`);
}

/** restify's own errors (404, 405, parse errors, body too large) mapped to the contract's shape. */
export function fromFrameworkError(error: unknown): { status: ErrorStatus; message: string } {
  if (error instanceof ApiError) return { status: error.status, message: error.message };
  const status = (error as { statusCode?: number }).statusCode;
  switch (status) {
    case 400:
      return { status: 400, message: "The request body is not valid JSON." };
    case 404:
      return { status: 404, message: "No such route." };
    case 405:
      return { status: 405, message: "Method not allowed on this route." };
    case 413:
      return { status: 413, message: "The request body is too large." };
    case 415:
      return { status: 415, message: "Send JSON with Content-Type: application/json." };
    default:
      return { status: 500, message: "Something went wrong on our side. Please try again." };
  }
}
