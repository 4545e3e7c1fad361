import { AppError } from "@/lib/errors";
import type { DiscountCode } from "@/lib/generated/prisma/client";
import type { DiscountRule } from "@/lib/checkout/pricing";

const refuse = (message: string) => new AppError("invalid_input", message, { fields: { discountCode: message } });

/**
 * Whether a code applies to an order of this subtotal now (server time). Usage limits are checked again, under a
 * row lock, when the order is placed; this is the check shoppers see while reviewing their order.
 */
export function checkDiscount(
  code: DiscountCode | null,
  subtotalMinor: number,
  currency: string,
  now: Date,
): DiscountRule {
  if (!code || !code.active) throw refuse("This discount code is not valid.");
  if (code.startsAt && now < code.startsAt) throw refuse("This discount code is not active yet.");
  if (code.endsAt && now >= code.endsAt) throw refuse("This discount code has expired.");
  if (code.kind === "FIXED" && code.currency !== currency) throw refuse("This discount code is not valid.");
  if (subtotalMinor < code.minOrderMinor) {
    throw refuse(`This code needs an order of at least ${(code.minOrderMinor / 100).toFixed(2)} ${currency}.`);
  }
  if (code.usageLimit !== null && code.timesUsed >= code.usageLimit)
    throw refuse("This discount code has been used up.");
  return code.kind === "PERCENT" ? { kind: "PERCENT", value: code.value } : { kind: "FIXED", value: code.value };
}
