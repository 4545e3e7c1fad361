"use server";

import { redirect } from "next/navigation";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { action } from "@/lib/http/action";
import { parseMajorUnits } from "@/lib/money/money";
import { recordReceivedTransfer } from "@/lib/payments/bank-transfer/record-received-transfer";
import { recordBankTransferFormSchema } from "@/lib/payments/bank-transfer/schemas";

/** The order page's "record a received transfer" form: the same domain function as the API. */
export const recordBankTransferAction = action(
  { schema: recordBankTransferFormSchema, auth: "staff" },
  async (input, { actor }) => {
    const order = await db.order.findUnique({ where: { id: input.id }, select: { currency: true } });
    if (!order) throw notFound("The order was not found.");
    const amountMinor = parseMajorUnits(input.amount, order.currency);
    if (amountMinor === null || amountMinor === 0) {
      const language = await currentLanguage();
      return {
        status: "error",
        message: translateServerText("Please correct the marked fields.", language),
        fields: { amount: translateServerText("Enter an amount above zero such as 49.90.", language) },
        values: { amount: input.amount, receivedOn: input.receivedOn, reference: input.reference },
      };
    }
    const recorded = await recordReceivedTransfer(db, actor, input.id, {
      amount: { amountMinor, currency: order.currency },
      receivedOn: input.receivedOn,
      reference: input.reference,
      acceptOverpayment: input.acceptOverpayment === "on",
    });
    const notice =
      recorded.outcome === "PAID"
        ? "transfer-paid"
        : recorded.outcome === "UNDERPAID"
          ? "transfer-short"
          : "transfer-over";
    return redirect(await localeHref(`/admin/orders/${input.id}?notice=${notice}`));
  },
);
