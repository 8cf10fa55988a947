import type { Lead } from "./schema.ts";

/** Leading characters a spreadsheet would read as a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell inert in spreadsheets: a value that could start a formula gets a leading `'`. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function toCsvCell(value: string | number | boolean | undefined): string {
  const cell = neutraliseCell(value === undefined ? "" : String(value));
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const COLUMNS: ReadonlyArray<
  [header: string, pick: (lead: Lead) => string | number | boolean | undefined]
> = [
  ["leadId", (lead) => lead.leadId],
  ["createdAt", (lead) => lead.createdAt],
  ["channel", (lead) => lead.channel],
  ["name", (lead) => lead.contact.name],
  ["email", (lead) => lead.contact.email],
  ["company", (lead) => lead.contact.company],
  ["phone", (lead) => lead.contact.phone],
  ["model", (lead) => lead.recommendation.model],
  ["confidence", (lead) => lead.recommendation.confidence],
  ["meetingPreference", (lead) => lead.meeting?.preference],
  ["noticeVersion", (lead) => lead.consent.noticeVersion],
  ["contactConsentAt", (lead) => lead.consent.contactConsentAt],
  ["marketingOptIn", (lead) => lead.consent.marketingOptIn],
  ["summary", (lead) => lead.summary],
];

/** Leads as RFC 4180 CSV (CRLF line ends, header row), every cell neutralised against formulas. */
export function leadsToCsv(leads: readonly Lead[]): string {
  const header = COLUMNS.map(([name]) => name).join(",");
  const rows = leads.map((lead) => COLUMNS.map(([, pick]) => toCsvCell(pick(lead))).join(","));
  return [header, ...rows].join("\r\n") + "\r\n";
}
