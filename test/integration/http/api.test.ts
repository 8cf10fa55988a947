import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson, startApp, type RunningApp } from "../../support/app.ts";

let running: RunningApp;
const url = (path: string) => `${running.baseUrl}${path}`;

beforeAll(async () => {
  running = await startApp({
    MAX_MESSAGE_CHARS: "300",
    MAX_BODY_BYTES: "4096",
    RATE_LIMIT_PER_MINUTE: "1000",
  });
});
afterAll(() => running.close());

const expectContractError = (body: unknown, code: string) => {
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
};

describe("GET /healthz", () => {
  it("answers 200 while serving", async () => {
    const response = await fetch(url("/healthz"));
    expect(response.status).toBe(200);
  });
});

describe("POST /api/v1/recommend", () => {
  it("recommends managed IT for an organisation with no internal IT", async () => {
    const { status, body } = await postJson(url("/api/v1/recommend"), {
      profile: { employees: 12, itStaff: 0 },
    });
    expect(status).toBe(200);
    expect(body.model).toBe("managed");
    expect(body.reasons.length).toBeGreaterThan(0);
    expect(body.reasons.map((r: { factor: string }) => r.factor)).toContain("no-internal-it");
  });

  it("names the field at fault in a 400", async () => {
    const { status, body } = await postJson(url("/api/v1/recommend"), { profile: { itStaff: -1 } });
    expect(status).toBe(400);
    expectContractError(body, "bad_request");
    expect(body.error.message).toContain("profile.itStaff");
  });

  it("rejects unknown profile fields and a missing profile", async () => {
    expect((await postJson(url("/api/v1/recommend"), { profile: { colour: "red" } })).status).toBe(
      400,
    );
    const missing = await postJson(url("/api/v1/recommend"), {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("profile");
  });
});

describe("POST /api/v1/faq", () => {
  it("answers a question about the models with an entry and its text", async () => {
    const { status, body } = await postJson(url("/api/v1/faq"), {
      question: "what's the main difference between co-managed and fully managed IT?",
    });
    expect(status).toBe(200);
    expect(body.id).toBe("difference");
    expect(typeof body.answer).toBe("string");
    expect(body.confidence).toBeGreaterThan(0);
    expect(Array.isArray(body.suggestions)).toBe(true);
  });

  it("gives a null id and answer for a question nothing answers", async () => {
    const { status, body } = await postJson(url("/api/v1/faq"), {
      question: "what's a good lasagne recipe",
    });
    expect(status).toBe(200);
    expect(body.id).toBeNull();
    expect(body.answer).toBeNull();
  });

  it("refuses a question over MAX_MESSAGE_CHARS with 413", async () => {
    const { status, body } = await postJson(url("/api/v1/faq"), { question: "why ".repeat(100) });
    expect(status).toBe(413);
    expectContractError(body, "payload_too_large");
  });
});

describe("bad input on every route", () => {
  it("malformed JSON is a 400 in the contract's shape", async () => {
    const { status, body } = await postJson(url("/api/v1/faq"), '{"question": "hi"');
    expect(status).toBe(400);
    expectContractError(body, "bad_request");
  });

  it("a body that is not an object is a 400", async () => {
    for (const raw of ["[]", '"text"', "42", "null"]) {
      const { status } = await postJson(url("/api/v1/recommend"), raw);
      expect(status).toBe(400);
    }
  });

  it("a non-JSON content type is a 415", async () => {
    const response = await fetch(url("/api/v1/faq"), {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "question=hello",
    });
    expect(response.status).toBe(415);
    expectContractError(await response.json(), "unsupported_media_type");
  });

  it("a body over MAX_BODY_BYTES is a 413", async () => {
    const { status, body } = await postJson(url("/api/v1/faq"), { question: "x".repeat(5000) });
    expect(status).toBe(413);
    expectContractError(body, "payload_too_large");
  });

  it("an unknown route is a 404 and a wrong method a 405", async () => {
    const missing = await fetch(url("/api/v1/nothing-here"));
    expect(missing.status).toBe(404);
    expectContractError(await missing.json(), "not_found");
    const wrongMethod = await fetch(url("/api/v1/faq"));
    expect(wrongMethod.status).toBe(405);
    expectContractError(await wrongMethod.json(), "method_not_allowed");
  });

  it("HTML, emoji and other scripts in a question are answered, not echoed as markup", async () => {
    for (const question of [
      "<script>alert(1)</script>",
      "🙂🙂🙂",
      "这个多少钱？",
      "\u0000\u200b",
    ]) {
      const { status, body } = await postJson(url("/api/v1/faq"), { question });
      expect(status).toBe(200);
      expect(JSON.stringify(body)).not.toContain("<script>");
    }
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a client passes RATE_LIMIT_PER_MINUTE", async () => {
    const limited = await startApp({ RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i += 1) {
        const response = await postJson(`${limited.baseUrl}/api/v1/recommend`, { profile: {} });
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get("retry-after");
          expectContractError(response.body, "rate_limited");
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect((await fetch(`${limited.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
