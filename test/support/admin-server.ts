/**
 * A stand-in for the running advisor in CLI tests, run as its own process: holds the embedded
 * store in DATA_DIR, writes the admin token and serves the admin routes on 127.0.0.1:PORT.
 * Prints "ready" when listening; SIGTERM closes everything.
 */
import { adminRoutes } from "../../src/http/routes/admin.ts";
import { createServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/logging/index.ts";
import { createStore, removeAdminToken, writeAdminToken } from "../../src/store/index.ts";

const dataDir = process.env.DATA_DIR ?? "";
const port = Number(process.env.PORT);
const logger = createLogger({ level: "warn", destination: process.stderr });
const store = await createStore({ dataDir, logger });
const token = await writeAdminToken(dataDir);
const server = createServer({
  logger,
  limits: { maxBodyBytes: 65536, maxMessageChars: 2000, rateLimitPerMinute: 60, corsOrigins: [] },
  routes: [adminRoutes({ store, token })],
});
server.listen(port, "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => {
  server.close(() => {
    void Promise.all([store.close(), removeAdminToken(dataDir, token)]).then(() => process.exit(0));
  });
});
