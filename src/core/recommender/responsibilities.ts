import type { SkillArea } from "../profile/index.ts";
import type { Facts } from "./facts.ts";
import type { Model } from "./schema.ts";

/** Specialist help matched to each skills gap; a service desk gap shapes the desk item instead. */
const GAP_SUPPORT: { [K in Exclude<SkillArea, "servicedesk">]: string } = {
  cybersecurity: "Specialist cyber security support: threat monitoring, response and hardening",
  cloud: "Specialist cloud support for design, migrations and running costs",
  microsoft365: "Microsoft 365 administration, licensing and security settings",
  networking: "Specialist networking support for sites, wireless and firewalls",
  infrastructure: "Specialist infrastructure support for servers, storage and virtualisation",
  backup: "Backup management, with restores tested on a regular schedule",
  compliance: "Evidence and controls for compliance, such as Cyber Essentials or ISO 27001",
  strategy: "Roadmap and budget planning with a virtual IT director (vCIO-style)",
};

const GENERIC_SPECIALISTS =
  "Specialist infrastructure, cloud and cyber security support whenever your team needs it";
const MONITORING = "Proactive monitoring and patching, run from our side";
const CAPACITY = "Extra capacity for projects and busy periods";

/** The fully managed scope; gap-specific extras are added where the list does not cover them. */
const MANAGED_SCOPE = [
  "The service desk for all your users",
  "Infrastructure management: servers, network, cloud and Microsoft 365",
  "Routine maintenance, updates and patching",
  "Proactive monitoring of devices, servers and cloud services",
  "Ongoing optimisation of systems, licences and costs",
  "Security: protection, detection and response",
  "Accountability for meeting the agreed service levels, reviewed with you regularly",
] as const;
const MANAGED_EXTRAS: readonly (keyof typeof GAP_SUPPORT)[] = ["backup", "compliance", "strategy"];

const gapsOf = (f: Facts): readonly SkillArea[] => f.skillsGaps ?? [];

function deskItem(f: Facts): string {
  const needsCover =
    gapsOf(f).includes("servicedesk") ||
    f.itStaff === 1 ||
    f.signals.singlePersonDependency === true ||
    f.burnoutRisk === "high";
  return needsCover
    ? "A shared service desk that covers holidays, sickness and busy days, with agreed " +
        "escalation routes between your team and ours"
    : "A shared service desk, with agreed routes for escalating between your team and ours";
}

function coManaged(f: Facts): string[] {
  const specialists = gapsOf(f)
    .filter((area): area is keyof typeof GAP_SUPPORT => area !== "servicedesk")
    .map((area) => GAP_SUPPORT[area]);
  const items = [
    ...(specialists.length > 0 ? specialists : [GENERIC_SPECIALISTS]),
    deskItem(f),
    MONITORING,
  ];
  return f.signals.extraCapacityNeeded === true ? [CAPACITY, ...items] : [...items, CAPACITY];
}

function managed(f: Facts): string[] {
  const extras = MANAGED_EXTRAS.filter((area) => gapsOf(f).includes(area)).map(
    (area) => GAP_SUPPORT[area],
  );
  return [...MANAGED_SCOPE, ...extras];
}

function handover(f: Facts): string[] {
  const capture =
    f.signals.itStaffLeaving === true
      ? "Capturing what your departing IT person knows in shared documentation before they go"
      : "Writing down how your systems and processes work, so the knowledge no longer sits " +
        "with a few people";
  return [
    capture,
    "A planned move to fully managed, with the timing and service levels agreed up front",
  ];
}

/**
 * What the provider would take on for the recommended model: for co-managed, the shared areas,
 * led by specialist help for each skills gap; for managed, the full scope; for the path,
 * co-managed now plus the handover.
 */
export function toResponsibilities(model: Model, f: Facts): string[] {
  switch (model) {
    case "co-managed":
      return coManaged(f);
    case "managed":
      return managed(f);
    case "co-managed-then-managed":
      return [...coManaged(f), ...handover(f)];
    default:
      return assertNever(model);
  }
}

function assertNever(value: never): never {
  throw new TypeError(`Unhandled model: ${String(value)}`);
}
