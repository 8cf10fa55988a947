import type { Server } from "restify";
import { z } from "zod";
import type { FaqAnswer } from "../../core/faq/index.ts";
import { assertTextLength, postJson } from "../json-route.ts";

const FaqBody = z.object({ question: z.string() });

/** `POST /api/v1/faq { question }` -> `{ id, confidence, answer, suggestions }`. */
export const faqRoutes =
  (ask: (question: string) => FaqAnswer, maxMessageChars: number) =>
  (server: Server): void => {
    postJson(server, "/api/v1/faq", FaqBody, ({ question }) => {
      assertTextLength(question, maxMessageChars, "question");
      return ask(question);
    });
  };
