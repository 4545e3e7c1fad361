import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

const refuse = (message: string) => new AppError("conflict", message, { fields: { discountCode: message } });

/**
 * Counts one use of a code for an order, inside the order's transaction. The conditional UPDATE locks the code's
 * row, so concurrent redemptions queue behind each other and the limits hold exactly.
 */
export async function redeemDiscount(
  tx: Tx,
  input: { discountCodeId: string; orderId: string; email: string; perCustomerLimit: number | null },
): Promise<void> {
  const updated = await tx.$executeRaw`
    UPDATE discount_codes SET "timesUsed" = "timesUsed" + 1
    WHERE id = ${input.discountCodeId}::uuid AND active
      AND ("usageLimit" IS NULL OR "timesUsed" < "usageLimit")`;
  if (updated === 0) throw refuse("This discount code has just been used up.");
  if (input.perCustomerLimit !== null) {
    const used = await tx.discountRedemption.count({
      where: { discountCodeId: input.discountCodeId, email: input.email },
    });
    if (used >= input.perCustomerLimit) throw refuse("You have already used this discount code.");
  }
  await tx.discountRedemption.create({
    data: { discountCodeId: input.discountCodeId, orderId: input.orderId, email: input.email },
  });
}
