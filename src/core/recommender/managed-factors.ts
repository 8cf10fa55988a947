import type { Facts } from "./facts.ts";
import type { FactorRule } from "./factor-rule.ts";
import { formatCount } from "./wording.ts";

/**
 * How much "no internal IT" counts while the IT head count is still unknown: a managed service
 * works whatever the answer, and the smaller the firm, the likelier it has nobody.
 */
function noTeamPrior(f: Facts): number {
  const { verySmall, small } = f.thresholds.firmSize;
  if (f.employees === undefined) return 0.05;
  if (f.employees <= verySmall) return 0.2;
  if (f.employees <= small) return 0.12;
  return 0.04;
}

const isSmallFirm = (f: Facts): f is Facts & { employees: number } =>
  f.employees !== undefined && f.employees <= f.thresholds.firmSize.small;

const noInternalIt: FactorRule = {
  id: "no-internal-it",
  favours: "managed",
  weight: 8,
  strength(f) {
    if (f.itStaff === 0) return 1;
    return f.itStaff === undefined ? noTeamPrior(f) : 0;
  },
  text(f) {
    if (f.itStaff === 0) {
      const among =
        f.employees === undefined ? "" : ` among your ${formatCount(f.employees)} people`;
      const size = isSmallFirm(f)
        ? " At your size, a full-time IT role would rarely be kept busy anyway."
        : "";
      return (
        `You have no IT staff of your own${among}. Co-managed needs an in-house IT function to ` +
        `work alongside, while fully managed is designed to run without one.${size}`
      );
    }
    if (isSmallFirm(f)) {
      return (
        `With ${formatCount(f.employees)} people, a firm your size rarely has enough work to ` +
        "keep a full-time IT person busy, so fully managed, which needs no IT team of your " +
        "own, is the likelier fit until we hear otherwise."
      );
    }
    return (
      "We don't yet know whether you have IT staff of your own. Fully managed works either way, " +
      "while co-managed needs an in-house team, so managed is the safer assumption for now."
    );
  },
};

/** A rule that applies fully when one signal is `true`. */
const whenSignal = (
  id: FactorRule["id"],
  weight: number,
  test: (f: Facts) => boolean,
  text: string,
): FactorRule => ({
  id,
  favours: "managed",
  weight,
  strength: (f) => (test(f) ? 1 : 0),
  text: () => text,
});

/** The article's reasons for fully managed IT, as scored rules. */
export const MANAGED_FACTORS: readonly FactorRule[] = [
  noInternalIt,
  whenSignal(
    "it-not-delivering-value",
    2,
    (f) => f.signals.itNotDeliveringValue === true,
    "Running IT in-house is no longer giving you clear value. A managed provider takes over " +
      "delivery and answers for the results, so you pay for a defined service instead.",
  ),
  whenSignal(
    "resources-constrained",
    1.5,
    (f) => f.signals.resourcesConstrained === true,
    "Limited IT resources or expertise are holding the business back. A managed service brings " +
      "a whole team's skills and processes, not just what you can staff yourselves.",
  ),
  whenSignal(
    "support-inconsistent",
    1.5,
    (f) => f.signals.supportInconsistent === true,
    "How good your support is depends on who happens to be around. A managed service works to " +
      "agreed service levels, so the standard should not change with the rota.",
  ),
  whenSignal(
    "security-compliance-risk",
    1.5,
    (f) => f.signals.securityComplianceRisk === true,
    "Security or compliance risk is rising. A managed provider takes responsibility for " +
      "protection, patching and audit evidence end to end, which is hard to keep up in-house.",
  ),
  whenSignal(
    "unpredictable-costs",
    1.2,
    (f) => f.signals.unpredictableCosts === true,
    "IT costs are hard to forecast or keep in check. Managed IT swaps many in-house costs for " +
      "a fixed monthly fee.",
  ),
  whenSignal(
    "prefers-handover",
    2.5,
    (f) => f.signals.wantsControl === false,
    "You would rather hand IT over than run it yourselves. Fully managed moves delivery and " +
      "accountability to the provider; co-managed would still leave your own team in charge.",
  ),
  whenSignal(
    "it-not-strategic",
    1.5,
    (f) => f.signals.itIsStrategic === false,
    "IT is not what sets you apart, so running it yourselves gains you little. A managed " +
      "service frees your attention for the work that does.",
  ),
];
