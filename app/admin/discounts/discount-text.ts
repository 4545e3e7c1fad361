import { env } from "@/lib/env";
import type { DiscountCodeSummary } from "@/lib/discounts/list-discount-codes";
import type { SettingsFormat } from "@/app/admin/_settings/format";

/** "12.5 %" or "€5.00" (in the page's language: "12,5 %" or "5,00 €" in Czech). */
export function discountValueText(
  code: Pick<DiscountCodeSummary, "kind" | "value" | "currency">,
  format: SettingsFormat,
): string {
  if (code.kind === "PERCENT") return `${format.number(code.value / 100, { maximumFractionDigits: 2 })} %`;
  return format.amount(code.value, code.currency ?? env.SHOP_CURRENCY);
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

/** The badge's style; its label is adminSettings.discounts.state.<state> in the catalog. */
export const discountStateClass: Record<DiscountState, string> = {
  active: "badge badge-ok",
  disabled: "badge badge-danger",
  scheduled: "badge badge-warn",
  expired: "badge",
  "used-up": "badge",
};
