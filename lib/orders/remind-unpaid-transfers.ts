import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

/**
 * Queues the reminder e-mail for bank-transfer orders still unpaid `daysBefore` days before their due date. Exactly
 * once per order, however many instances run it: an order is claimed by setting its "paymentReminderAt" where it is
 * still null (rows locked with SKIP LOCKED, the condition checked again under the lock), in the same transaction
 * as the outbox row, whose dedupe key would refuse a second one anyway. Orders whose reminder moment falls within a
 * day of placing them (a short due date) get none: the instructions e-mail has just reached them.
 */
export async function remindUnpaidTransfers(
  db: Db,
  now = new Date(),
  daysBefore: number = env.BANK_TRANSFER_REMINDER_DAYS,
  batch = 100,
): Promise<number> {
  if (daysBefore <= 0) return 0;
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; email: string }[]>`
      UPDATE orders SET "paymentReminderAt" = ${now}
      WHERE "paymentReminderAt" IS NULL AND id IN (
        SELECT id FROM orders
        WHERE status = 'PENDING_PAYMENT' AND "paymentMethod" = 'bank_transfer' AND "paymentReminderAt" IS NULL
          AND "paymentDueAt" > ${now}
          AND "paymentDueAt" - make_interval(days => ${daysBefore}) <= ${now}
          AND "paymentDueAt" - make_interval(days => ${daysBefore}) > "createdAt" + interval '1 day'
        ORDER BY "paymentDueAt" LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, email`;
    for (const order of claimed) {
      await enqueueEmail(tx, {
        template: "bank-transfer-reminder",
        to: order.email,
        payload: { orderId: order.id },
        dedupeKey: `bank-transfer-reminder:${order.id}`,
      });
    }
    return claimed.length;
  });
}
