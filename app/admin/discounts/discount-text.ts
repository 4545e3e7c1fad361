import { env } from "@/lib/env";
import type { DiscountCodeSummary } from "@/lib/discounts/list-discount-codes";
import { formatAmount } from "@/app/admin/_lib/format";

/** "12.5 %" or "€5.00". */
export function discountValueText(code: Pick<DiscountCodeSummary, "kind" | "value" | "currency">): string {
  if (code.kind === "PERCENT") return `${(code.value / 100).toLocaleString("en", { maximumFractionDigits: 2 })} %`;
  return formatAmount(code.value, code.currency ?? env.SHOP_CURRENCY);
}

export type DiscountState = "active" | "disabled" | "scheduled" | "expired" | "used-up";

/** Whether checkout would accept the code now, as far as the code itself decides. */
export function discountState(code: DiscountCodeSummary, now: Date): DiscountState {
  if (!code.active) return "disabled";
  if (code.endsAt && now >= code.endsAt) return "expired";
  if (code.usageLimit !== null && code.timesUsed >= code.usageLimit) return "used-up";
  if (code.startsAt && now < code.startsAt) return "scheduled";
  return "active";
}

export const discountStateBadge: Record<DiscountState, { label: string; className: string }> = {
  active: { label: "Active", className: "badge badge-ok" },
  disabled: { label: "Disabled", className: "badge badge-danger" },
  scheduled: { label: "Scheduled", className: "badge badge-warn" },
  expired: { label: "Expired", className: "badge" },
  "used-up": { label: "Used up", className: "badge" },
};
