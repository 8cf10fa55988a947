import { createServer, type IncomingHttpHeaders } from "node:http";
import { verifyLeadSignature } from "../../src/store/index.ts";

/** One POST as the receiver saw it. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
  status: number;
}

/**
 * A CRM stand-in on 127.0.0.1: verifies the contract's signature headers and answers 503 to the
 * first `failFirst` requests (all of them when `failFirst` is Infinity), then 200.
 */
export async function startWebhookReceiver({
  secret,
  failFirst = 0,
}: {
  secret: string;
  failFirst?: number;
}) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const timestamp = Number(req.headers["x-advisor-timestamp"]);
      const signature = String(req.headers["x-advisor-signature"] ?? "");
      const signatureValid =
        Number.isInteger(timestamp) && verifyLeadSignature(secret, timestamp, body, signature);
      const status = !signatureValid ? 401 : received.length < failFirst ? 503 : 200;
      received.push({ headers: req.headers, body, signatureValid, status });
      res
        .writeHead(status, { "Content-Type": "application/json" })
        .end(JSON.stringify({ ok: status === 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/leads`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
