import { afterEach, describe, expect, it } from "vitest";
import {
  directLineClient,
  startDirectLineServer,
  type DirectLineServer,
} from "../../support/directline-server.ts";

let server: DirectLineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A stand-in for Azure's token endpoint that records what it was asked. */
function fakeAzure(reply: () => Response | Promise<Response>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchStub = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return reply();
  }) as typeof fetch;
  return { calls, fetchStub };
}

describe("POST /api/directline/token with DIRECT_LINE_SECRET (Azure Bot Service)", () => {
  it("exchanges the secret for an Azure token and tells the widget Azure's domain", async () => {
    const azure = fakeAzure(() =>
      Response.json({ conversationId: "azure-conv", token: "azure-token", expires_in: 3600 }),
    );
    server = await startDirectLineServer({
      env: { DIRECT_LINE_SECRET: "the-secret" },
      fetch: azure.fetchStub,
    });
    const { status, body } = await directLineClient(server.baseUrl).token();
    expect(status).toBe(200);
    expect(body).toEqual({
      conversationId: "azure-conv",
      token: "azure-token",
      expires_in: 3600,
      domain: "https://directline.botframework.com/v3/directline",
    });
    expect(azure.calls).toHaveLength(1);
    expect(azure.calls[0]?.url).toBe(
      "https://directline.botframework.com/v3/directline/tokens/generate",
    );
    expect(azure.calls[0]?.init?.method).toBe("POST");
    expect(new Headers(azure.calls[0]?.init?.headers).get("authorization")).toBe(
      "Bearer the-secret",
    );
    expect(JSON.parse(String(azure.calls[0]?.init?.body)).user.id).toMatch(/^dl_/);
    expect(JSON.stringify(body)).not.toContain("the-secret");
  });

  it.each([
    ["Azure refuses", () => new Response("nope", { status: 403 })],
    ["Azure answers nonsense", () => Response.json({ hello: "world" })],
    [
      "Azure cannot be reached",
      () => {
        throw new TypeError("fetch failed");
      },
    ],
  ])("answers 503 in the contract's shape when %s", async (_label, reply) => {
    server = await startDirectLineServer({
      env: { DIRECT_LINE_SECRET: "the-secret" },
      fetch: fakeAzure(reply).fetchStub,
    });
    const { status, body } = await directLineClient(server.baseUrl).token();
    expect(status).toBe(503);
    expect(body).toEqual({ error: { code: "unavailable", message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toContain("the-secret");
  });

  it("lets the demo page connect to Azure's Direct Line (HTTPS and WebSockets)", async () => {
    server = await startDirectLineServer({
      env: { DIRECT_LINE_SECRET: "the-secret" },
      fetch: fakeAzure(() => Response.json({})).fetchStub,
    });
    const csp = (await fetch(`${server.baseUrl}/`)).headers.get("content-security-policy") ?? "";
    expect(csp).toContain(
      "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
    );
  });
});
