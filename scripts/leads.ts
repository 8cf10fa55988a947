/**
 * `npm run leads -- list | export --format csv|json | erase --email <address>`: the operator's
 * lead tool. With DATABASE_URL it talks to PostgreSQL; with the embedded store it opens DATA_DIR,
 * or asks the running server (which holds DATA_DIR) through its admin endpoint.
 */
import { openAdminFromEnv, runCli } from "./run-cli.ts";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { z } from "zod";
import { leadsToCsv, type Lead } from "../src/core/leads/index.ts";
import type { ErasureResult, LeadAdmin } from "../src/store/index.ts";

const USAGE = "Usage: npm run leads -- list | export --format csv|json | erase --email <address>";

const Command = z.discriminatedUnion("command", [
  z.object({ command: z.literal("list") }),
  z.object({ command: z.literal("export"), format: z.enum(["csv", "json"]) }),
  z.object({ command: z.literal("erase"), email: z.email() }),
]);
type Command = z.infer<typeof Command>;

function parseCommand(argv: string[]): Command {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" }, email: { type: "string" } },
  });
  return Command.parse({ command: positionals[0], ...values });
}

function describeLead(lead: Lead): string {
  const { contact, recommendation, meeting } = lead;
  const phone = contact.phone ? `, ${contact.phone}` : "";
  const when = meeting ? `; call: ${meeting.preference}` : "";
  return `${lead.createdAt}  ${lead.leadId}  ${contact.name} <${contact.email}>${phone}, ${contact.company}  -> ${recommendation.model}${when}`;
}

function describeErasure(email: string, erased: ErasureResult): string {
  const others = Object.entries(erased.otherRows);
  if (
    erased.leadIds.length +
      erased.stateKeys.length +
      erased.transcriptConversations +
      others.length ===
    0
  ) {
    return `Nothing stored mentions ${email}.`;
  }
  return [
    `Erased for ${email}: ${erased.leadIds.length} lead(s), ${erased.outboxRows} outbox row(s),`,
    `${erased.stateKeys.length} conversation state row(s), ${erased.transcriptConversations} transcript(s)`,
    ...others.map(([table, rows]) => `, ${rows} row(s) of ${table}`),
    ".",
  ]
    .join(" ")
    .replaceAll(" ,", ",")
    .replace(" .", ".");
}

async function run(command: Command, admin: LeadAdmin): Promise<void> {
  const source = admin.via === "server" ? "through the running server" : "from the database";
  switch (command.command) {
    case "list": {
      const leads = await admin.list();
      for (const lead of leads) console.log(describeLead(lead));
      console.error(`${leads.length} lead(s), read ${source}.`);
      return;
    }
    case "export": {
      const leads = await admin.list();
      process.stdout.write(
        command.format === "csv" ? leadsToCsv(leads) : `${JSON.stringify(leads, null, 2)}\n`,
      );
      console.error(`${leads.length} lead(s) exported as ${command.format}, read ${source}.`);
      return;
    }
    case "erase":
      console.log(describeErasure(command.email, await admin.erase(command.email)));
      return;
  }
}

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  let command: Command;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch {
    console.error(USAGE);
    return 64;
  }
  const admin = await openAdminFromEnv();
  try {
    await run(command, admin);
  } finally {
    await admin.close();
  }
  return 0;
}

runCli(main);
