import { SKILL_AREAS, type SkillArea } from "../profile/index.ts";

const SKILL_LABELS: { [K in SkillArea]: string } = {
  cybersecurity: "cyber security",
  cloud: "cloud",
  microsoft365: "Microsoft 365",
  networking: "networking",
  infrastructure: "infrastructure",
  backup: "backup",
  compliance: "compliance",
  servicedesk: "the service desk",
  strategy: "IT strategy",
};

/** A whole number with thousands separators ("1,200"), independent of the host's locale. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "one IT person", "3 IT staff". */
export const itPeople = (n: number): string =>
  n === 1 ? "one IT person" : `${formatCount(n)} IT staff`;

/** " looking after 80 people", or nothing when the head count is unknown. */
export const lookingAfter = (employees: number | undefined): string =>
  employees === undefined ? "" : ` looking after ${formatCount(employees)} people`;

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Skill areas in words, in the contract's order; past `limit` areas, a count and the first few. */
export function skillList(areas: readonly SkillArea[], limit: number = SKILL_AREAS.length): string {
  const labels = SKILL_AREAS.filter((area) => areas.includes(area)).map(
    (area) => SKILL_LABELS[area],
  );
  if (labels.length <= limit) return listOf(labels);
  return `${labels.length} areas, including ${listOf(labels.slice(0, 3))}`;
}
