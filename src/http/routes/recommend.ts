import type { Server } from "restify";
import { z } from "zod";
import { ProfileSchema, type Profile } from "../../core/profile/index.ts";
import type { Recommendation } from "../../core/recommender/index.ts";
import { postJson } from "../json-route.ts";

const RecommendBody = z.object({ profile: ProfileSchema });

/** `POST /api/v1/recommend { profile }` -> Recommendation. */
export const recommendRoutes =
  (recommend: (profile: Profile) => Recommendation) =>
  (server: Server): void => {
    postJson(server, "/api/v1/recommend", RecommendBody, ({ profile }) => recommend(profile));
  };
