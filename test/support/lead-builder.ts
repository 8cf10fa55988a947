import { randomUUID } from "node:crypto";
import type { Lead } from "../../src/core/leads/index.ts";

/** A valid Lead (contract shape); pass the parts a test cares about. */
export function aLead(
  overrides: Partial<Omit<Lead, "contact">> & { contact?: Partial<Lead["contact"]> } = {},
): Lead {
  const { contact, ...rest } = overrides;
  return {
    leadId: randomUUID(),
    createdAt: "2026-03-02T10:15:00.000Z",
    channel: "webchat",
    contact: {
      name: "Alex Morgan",
      email: "alex.morgan@example.co.uk",
      company: "Morgan Joinery Ltd",
      ...contact,
    },
    profile: { employees: 80, itStaff: 1, signals: { singlePersonDependency: true } },
    recommendation: {
      model: "co-managed",
      confidence: 0.78,
      reasons: [
        {
          factor: "burnout-or-single-person",
          favours: "co-managed",
          text: "One person holds all the IT knowledge.",
        },
      ],
      responsibilities: ["Out-of-hours monitoring and patching"],
      missing: ["skillsGaps"],
    },
    consent: {
      noticeVersion: "2026-01",
      noticeUrl: "http://localhost:3978/privacy",
      contactConsentAt: "2026-03-02T10:14:30.000Z",
      marketingOptIn: false,
    },
    meeting: { preference: "Tuesday morning" },
    summary: "80 staff, one IT person, wants cover for holidays.",
    ...rest,
  };
}
