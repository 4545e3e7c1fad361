import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { dropShopSettings } from "@/lib/delivery/settings-cache";
import { defaultPaymentConfig } from "@/lib/delivery/shop-settings";
import { env } from "@/lib/env";
import type { PaymentMethodSettingInput } from "./schemas";

/**
 * Switches a payment method on or off and sets its instructions (and its surcharge or reservation days). Switching
 * card on does not make it offered: that still needs Stripe's keys (offeredPaymentMethods fails closed).
 */
export async function savePaymentMethodSetting(
  db: Db,
  actor: StaffActor,
  input: PaymentMethodSettingInput,
): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const stored = await tx.paymentMethodSetting.findUnique({ where: { method: input.method } });
    const before = stored ?? defaultPaymentConfig(input.method, env.SHOP_CURRENCY);
    const data = {
      enabled: input.enabled,
      instructions: input.instructions,
      surchargeMinor: input.surchargeMinor,
      currency: env.SHOP_CURRENCY,
      reservationDays: input.reservationDays ?? before.reservationDays,
    };
    await tx.paymentMethodSetting.upsert({
      where: { method: input.method },
      update: data,
      create: { method: input.method, position: before.position, ...data },
    });
    await recordAudit(tx, actor, {
      action: "payment_method.update",
      entityType: "payment_method",
      entityId: null,
      before: {
        method: input.method,
        enabled: before.enabled,
        instructions: before.instructions,
        surchargeMinor: before.surchargeMinor,
        currency: before.currency,
        reservationDays: before.reservationDays,
      },
      after: { method: input.method, ...data },
    });
  });
  dropShopSettings();
}
