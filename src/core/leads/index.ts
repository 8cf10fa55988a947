/** @module leads: the contract's Lead (a qualified enquiry with its consent record) and its export format. */
export { ConsentSchema, ContactSchema, LeadSchema, MeetingSchema } from "./schema.ts";
export type { Consent, Contact, Lead, Meeting } from "./schema.ts";
export { leadsToCsv, neutraliseCell } from "./csv.ts";
