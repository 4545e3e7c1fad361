"use server";

import { action } from "@/lib/http/action";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { db } from "@/lib/db";
import { localeHref } from "@/lib/i18n/paths";
import { orderPath } from "@/lib/orders/order-link";
import { loadTestPayment, submitTestPayment, testPaymentOutcomes } from "@/lib/payments/test-payment-actions";

const schema = z.object({ paymentId: z.uuid(), token: safeString().max(100), outcome: z.enum(testPaymentOutcomes) });

export const testPaymentAction = action({ auth: "public" }, async (_caller, formData: FormData): Promise<void> => {
  const input = schema.parse({
    paymentId: formData.get("paymentId"),
    token: formData.get("token"),
    outcome: formData.get("outcome"),
  });
  const payment = await loadTestPayment(db, input.paymentId, input.token);
  await submitTestPayment(db, input.paymentId, input.token, input.outcome);
  redirect(
    await localeHref(`${orderPath(payment.orderId)}&payment=${input.outcome === "cancel" ? "cancelled" : "returned"}`),
  );
});
