import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDirectLineServer, type DirectLineServer } from "../../support/directline-server.ts";

let server: DirectLineServer;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, { headers });

beforeAll(async () => {
  server = await startDirectLineServer({ env: { COMPANY_NAME: "Contoso <IT> & Co" } });
});
afterAll(() => server.close());

describe("GET / (demo page)", () => {
  it("is an HTML landing page with the company name (escaped) and the one-line embed", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain("Contoso &lt;IT&gt; &amp; Co");
    expect(html).not.toContain("Contoso <IT>");
    expect(html).toMatch(
      /<script src="\/widget\.js" data-title="[^"]+" data-accent="#[0-9a-f]{6}" data-position="right" data-open="false"><\/script>/,
    );
    expect(html.match(/<article class="card">/g)).toHaveLength(3);
    expect(html).toContain("<footer>");
  });
});

describe("GET /widget.js", () => {
  it("serves the embed script pointing at this server's Web Chat bundle by version", async () => {
    const response = await get("/widget.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    const source = await response.text();
    expect(source).toMatch(/\/webchat\/webchat\.js\?v=4\.18\.1/);
    expect(source).not.toContain("__WEBCHAT_VERSION__");
    expect(source).toContain("advisor:recommendation");
  });
});

describe("GET /webchat/webchat.js", () => {
  it("serves Web Chat's full bundle gzipped, with a long cache and an ETag", async () => {
    const response = await fetch(`${server.baseUrl}/webchat/webchat.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeGreaterThan(3_000_000);
    expect(body.toString("utf8", 0, 200)).toContain("webchat.js.LICENSE.txt");

    const again = await get("/webchat/webchat.js", { "if-none-match": etag! });
    expect(again.status).toBe(304);
  });

  it("sends the gzip copy to clients that accept it", async () => {
    const { request } = await import("node:http");
    const { status, encoding, bytes } = await new Promise<{
      status: number;
      encoding: string;
      bytes: Buffer;
    }>((resolve, reject) => {
      request(
        `${server.baseUrl}/webchat/webchat.js`,
        { headers: { "accept-encoding": "gzip" } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              encoding: String(res.headers["content-encoding"]),
              bytes: Buffer.concat(chunks),
            }),
          );
        },
      )
        .on("error", reject)
        .end();
    });
    expect(status).toBe(200);
    expect(encoding).toBe("gzip");
    expect(bytes.length).toBeLessThan(1_200_000);
    expect(gunzipSync(bytes).length).toBeGreaterThan(3_000_000);
  });

  it("serves the licence notice, and nothing else from the package", async () => {
    const licence = await get("/webchat/LICENSE");
    expect(licence.status).toBe(200);
    const text = await licence.text();
    expect(text).toContain("MIT License");
    expect(text).toContain("Microsoft Corporation");
    for (const path of [
      "/webchat/stats.json",
      "/webchat/webchat-es5.js",
      "/webchat/../package.json",
    ]) {
      expect((await get(path)).status).toBe(404);
    }
  });
});
