import { describe, expect, it } from "vitest";
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  buildRecommendationCard,
  CARD_ACTIONS,
  describeConfidence,
  describeModel,
  describeTopic,
  fill,
  renderNoted,
  renderRecommendationText,
  toCardAction,
  toCardAttachment,
  type AdaptiveCard,
  type CardCopyKey,
  type CardElement,
} from "../../../dialogs/cards/index.ts";
import type { Profile } from "../../../src/core/profile/index.ts";
import { createRecommender } from "../../../src/core/recommender/index.ts";
import { aRecommendation, checkWithAdaptiveCards, copy, SCENARIOS } from "./card-fixtures.ts";

const BOOKING = "https://book.example.test/consultant";

const textsOf = (elements: readonly CardElement[]): string[] =>
  elements.flatMap((element) =>
    element.type === "TextBlock" ? [element.text] : textsOf(element.items),
  );

const blocksOf = (elements: readonly CardElement[]): CardElement[] =>
  elements.flatMap((element) =>
    element.type === "TextBlock" ? [element] : [element, ...blocksOf(element.items)],
  );

describe.each(SCENARIOS)("recommendation card: $name", ({ profile, recommendation }) => {
  const card = buildRecommendationCard({ recommendation, profile, copy, bookingUrl: BOOKING });
  const texts = textsOf(card.body);

  it("parses and validates in the Adaptive Cards library with no errors and no dropped properties", () => {
    const { problems, roundTrip } = checkWithAdaptiveCards(card);
    expect(problems).toEqual([]);
    expect(roundTrip).toEqual(card);
  });

  it("is a 1.5 card with speak and fallback text, every text block wrapping", () => {
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(card.speak).toContain(describeModel(recommendation.model, copy));
    expect(card.fallbackText).toBe(
      renderRecommendationText({ recommendation, profile, copy, bookingUrl: BOOKING }),
    );
    for (const block of blocksOf(card.body))
      if (block.type === "TextBlock") expect(block.wrap).toBe(true);
  });

  it("names the model and how sure it is", () => {
    expect(texts).toContain(describeModel(recommendation.model, copy));
    expect(texts).toContain(
      fill(copy, "card.fit", { confidence: describeConfidence(recommendation.confidence, copy) }),
    );
  });

  it("shows up to three reasons, those supporting the model first, and every responsibility", () => {
    const shown = texts.filter((text) =>
      recommendation.reasons.some((reason) => text.endsWith(reason.text)),
    );
    expect(shown).toHaveLength(Math.min(3, recommendation.reasons.length));
    if (recommendation.model !== "co-managed-then-managed") {
      const firstFavours = recommendation.reasons.find((reason) =>
        shown[0]?.endsWith(reason.text),
      )?.favours;
      expect(firstFavours).toBe(recommendation.model);
    }
    for (const item of recommendation.responsibilities) expect(texts).toContain(`- ${item}`);
  });

  it("hints at the most decisive missing answer only when something is missing", () => {
    const [first] = recommendation.missing;
    const hints = texts.filter(
      (text) =>
        text === (first && fill(copy, "card.missing", { topic: describeTopic(first, copy) })),
    );
    expect(hints).toHaveLength(first ? 1 : 0);
  });

  it("offers booking as a link and the other actions as Submit with a Teams messageBack", () => {
    expect(card.actions.map((action) => action.type)).toEqual([
      "Action.OpenUrl",
      "Action.Submit",
      "Action.Submit",
      "Action.Submit",
    ]);
    expect(card.actions[0]).toEqual({
      type: "Action.OpenUrl",
      title: copy["action.bookCall"],
      url: BOOKING,
    });
    const submitted = card.actions.flatMap((action) =>
      action.type === "Action.Submit" ? [action] : [],
    );
    expect(submitted.map((action) => toCardAction(action.data))).toEqual([
      "handoff",
      "ask_question",
      "restart",
    ]);
    for (const action of submitted) {
      expect(action.data.msteams).toEqual({
        type: "messageBack",
        text: action.title,
        displayText: action.title,
      });
    }
  });
});

describe("recommendation card: details", () => {
  const { profile, recommendation } = SCENARIOS[0]!;

  it.each([undefined, "", "not a url", "javascript:alert(1)"])(
    "falls back to a Submit for booking when the URL is %j",
    (bookingUrl) => {
      const card = buildRecommendationCard({ recommendation, profile, copy, bookingUrl });
      expect(card.actions[0]).toMatchObject({
        type: "Action.Submit",
        title: copy["action.bookCall"],
        data: { action: "book_call" },
      });
      expect(checkWithAdaptiveCards(card).problems).toEqual([]);
    },
  );

  it.each<[number, CardCopyKey]>([
    [0.95, "confidence.clear"],
    [0.75, "confidence.clear"],
    [0.74, "confidence.likely"],
    [0.55, "confidence.likely"],
    [0.54, "confidence.early"],
    [0.2, "confidence.early"],
  ])("words confidence %d with %s", (confidence, key) => {
    expect(describeConfidence(confidence, copy)).toBe(copy[key]);
  });

  it("leaves out the responsibilities heading when there are none", () => {
    const card = buildRecommendationCard({
      recommendation: aRecommendation({ responsibilities: [] }),
      profile,
      copy,
    });
    expect(textsOf(card.body)).not.toContain(copy["card.responsibilities.co-managed"]);
  });

  it("wraps as a plain Bot Framework attachment", () => {
    const card = buildRecommendationCard({ recommendation, profile, copy });
    expect(toCardAttachment(card)).toEqual({
      contentType: ADAPTIVE_CARD_CONTENT_TYPE,
      content: card,
    });
  });

  it.each([
    [{ action: "restart" }, "restart"],
    [{ action: "book_call", msteams: { type: "messageBack" } }, "book_call"],
    [{ action: "delete_everything" }, undefined],
    ["restart", undefined],
    [undefined, undefined],
  ])("reads the card action from value %j", (value, expected) => {
    expect(toCardAction(value)).toBe(expected);
  });

  it("knows every action it can submit", () => {
    expect([...CARD_ACTIONS].sort()).toEqual(["ask_question", "book_call", "handoff", "restart"]);
  });
});

describe("recommendation card with the real recommender", () => {
  const recommender = createRecommender();
  const profiles: Profile[] = [
    {},
    { itStaff: 0 },
    {
      employees: 1200,
      itStaff: 6,
      skillsGaps: ["cybersecurity", "compliance"],
      burnoutRisk: "medium",
    },
    {
      employees: 40,
      itStaff: 1,
      burnoutRisk: "high",
      signals: { itStaffLeaving: true, itNotDeliveringValue: true },
    },
    {
      employees: null,
      itStaff: null,
      skillsGaps: null,
      burnoutRisk: null,
      signals: { wantsControl: null },
    },
  ];

  it.each(profiles)("builds a valid card and text for %j", (profile) => {
    const recommendation = recommender.recommend(profile);
    const card: AdaptiveCard = buildRecommendationCard({
      recommendation,
      profile,
      copy,
      bookingUrl: BOOKING,
    });
    const { problems, roundTrip } = checkWithAdaptiveCards(card);
    expect(problems).toEqual([]);
    expect(roundTrip).toEqual(card);
    expect(renderRecommendationText({ recommendation, profile, copy })).toContain(
      describeModel(recommendation.model, copy),
    );
  });
});

describe("reasons that favour the other model", () => {
  const recommender = createRecommender();
  // A team under strain (co-managed) whose IT is also a growing security risk (managed).
  const profile: Profile = {
    employees: 90,
    itStaff: 2,
    burnoutRisk: "high",
    signals: { securityComplianceRisk: true },
  };

  it("are marked as weighing the other way, on the card and in text", () => {
    const recommendation = recommender.recommend(profile);
    const against = recommendation.reasons.find((r) => r.favours !== recommendation.model);
    expect(against).toBeDefined();
    // The reason runs on from the colon, so its first letter may be lower-cased.
    const marked = `Weighing the other way: ${against?.text ?? ""}`.toLowerCase();
    const card = buildRecommendationCard({ recommendation, profile, copy });
    expect(JSON.stringify(card).toLowerCase()).toContain(JSON.stringify(marked).slice(1, -1));
    const text = renderRecommendationText({ recommendation, profile, copy });
    expect(text.toLowerCase()).toContain(marked);
    expect(text).not.toMatch(/Weighing the other way: [A-Z][a-z]/);
    for (const reason of recommendation.reasons.filter((r) => r.favours === recommendation.model))
      expect(renderRecommendationText({ recommendation, profile, copy })).not.toContain(
        `Weighing the other way: ${reason.text}`,
      );
  });
});

describe("renderRecommendationText", () => {
  it.each(SCENARIOS)(
    "$name: model, confidence, numbered reasons, '- ' responsibilities, next steps",
    ({ profile, recommendation }) => {
      const text = renderRecommendationText({ recommendation, profile, copy, bookingUrl: BOOKING });
      expect(text).toContain(
        fill(copy, "text.headline", { model: describeModel(recommendation.model, copy) }),
      );
      expect(text).toContain(describeConfidence(recommendation.confidence, copy));
      const numbered = text.split("\n").filter((line) => /^\d\. /.test(line));
      expect(numbered).toHaveLength(Math.min(3, recommendation.reasons.length));
      for (const item of recommendation.responsibilities)
        expect(text.split("\n")).toContain(`- ${item}`);
      expect(text.endsWith(fill(copy, "text.nextSteps", { bookingUrl: BOOKING }))).toBe(true);
      const [first] = recommendation.missing;
      if (first)
        expect(text).toContain(fill(copy, "card.missing", { topic: describeTopic(first, copy) }));
    },
  );

  it("offers next steps without a link when no booking page is set", () => {
    const { profile, recommendation } = SCENARIOS[0]!;
    const text = renderRecommendationText({ recommendation, profile, copy });
    expect(text.endsWith(fill(copy, "text.nextSteps.noBooking"))).toBe(true);
  });
});

describe("renderNoted", () => {
  it("names what an answer added, in the recap's words", () => {
    const profile: Profile = {
      employees: 60,
      itStaff: 1,
      skillsGaps: ["cybersecurity"],
      signals: { singlePersonDependency: true },
    };
    const noted = renderNoted(profile, ["employees", "itStaff"], copy);
    expect(noted).toContain("60");
    expect(noted).not.toMatch(/security/i);
    expect(renderNoted(profile, ["signals.singlePersonDependency"], copy)).not.toBe("");
  });

  it("is empty when the changed fields hold nothing to name", () => {
    expect(renderNoted({ employees: null }, ["employees"], copy)).toBe("");
  });
});
