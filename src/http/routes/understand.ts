import type { Server } from "restify";
import { z } from "zod";
import { ProfilePathSchema, ProfileSchema } from "../../core/profile/index.ts";
import type { Understander } from "../../../intents/understand.ts";
import { assertTextLength, postJson } from "../json-route.ts";

const UnderstandBody = z.object({
  text: z.string(),
  profile: ProfileSchema.optional(),
  expecting: ProfilePathSchema.optional(),
});

/** `POST /api/v1/understand { text, profile?, expecting? }` -> intent, profile, FAQ match, issues. */
export const understandRoutes =
  (understander: Understander, maxMessageChars: number) =>
  (server: Server): void => {
    postJson(server, "/api/v1/understand", UnderstandBody, ({ text, profile, expecting }) => {
      assertTextLength(text, maxMessageChars, "text");
      const result = understander.understand({ text, profile: profile ?? {}, expecting });
      return {
        intent: result.intent,
        confidence: result.confidence,
        profile: result.profile,
        faq: result.faq,
        issues: result.issues.map(({ field, reason }) => ({ field, reason })),
      };
    });
  };
