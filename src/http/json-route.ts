import type { Request, Response, Server } from "restify";
import type { z } from "zod";
import { ApiError, fromZodError } from "./errors.ts";

/**
 * Registers a POST route whose body is parsed with a zod schema (400 naming the field when it
 * does not fit) and whose handler returns the JSON reply. A handler may throw ApiError.
 */
export function postJson<S extends z.ZodType>(
  server: Server,
  path: string,
  schema: S,
  handler: (body: z.infer<S>) => unknown,
): void {
  server.post(path, (req: Request, res: Response, next) => {
    if (
      req.body === undefined ||
      req.body === null ||
      typeof req.body !== "object" ||
      Array.isArray(req.body)
    ) {
      return next(new ApiError(400, "The request body must be a JSON object."));
    }
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) return next(fromZodError(parsed.error));
    try {
      res.send(200, handler(parsed.data));
      return next();
    } catch (error) {
      return next(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** A string field limited to `maxChars` characters: over the limit is a 413, as the contract says. */
export function assertTextLength(text: string, maxChars: number, field: string): void {
  if ([...text].length > maxChars) {
    throw new ApiError(413, `"${field}" is longer than ${maxChars} characters; please shorten it.`);
  }
}
