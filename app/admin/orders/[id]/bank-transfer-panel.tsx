import { getTranslations } from "next-intl/server";
import { adminFormat } from "@/app/admin/_lib/format";
import { db } from "@/lib/db";
import { paymentReferenceForOrder } from "@/lib/payments/bank-transfer/payment-reference";
import { RecordBankTransferForm } from "./bank-transfer-form";

/** Bank-transfer orders: the reference to look for, transfers recorded so far, and the form to record one. */
export async function BankTransferPanel({ orderId }: { orderId: string }) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      number: true,
      status: true,
      paymentMethod: true,
      paymentDueAt: true,
      totalMinor: true,
      currency: true,
      bankTransfers: { orderBy: { createdAt: "asc" } },
    },
  });
  if (order?.paymentMethod !== "bank_transfer") return null;
  const t = await getTranslations("admin.orders.bankTransfer");
  const format = await adminFormat();
  const money = (amountMinor: number) => format.amount(amountMinor, order.currency);
  const received = order.bankTransfers.reduce((sum, transfer) => sum + transfer.amountMinor, 0);
  return (
    <section aria-labelledby="bank-transfer-title" className="panel">
      <h2 id="bank-transfer-title">{t("title")}</h2>
      <p>
        {t.rich("summary", {
          reference: paymentReferenceForOrder(order.number),
          strong: (chunks) => <strong>{chunks}</strong>,
          total: money(order.totalMinor),
        })}
        {order.paymentDueAt ? t("due", { date: order.paymentDueAt.toISOString().slice(0, 10) }) : ""}
        {t("receivedSoFar", { amount: money(received) })}
      </p>
      {order.bankTransfers.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("receivedOn")}</th>
                <th scope="col">{t("reference")}</th>
                <th scope="col">{t("source")}</th>
                <th scope="col">{t("result")}</th>
                <th scope="col" className="num">
                  {t("amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.bankTransfers.map((transfer) => (
                <tr key={transfer.id}>
                  <td>{transfer.receivedOn.toISOString().slice(0, 10)}</td>
                  <td className="wrap-anywhere">{transfer.reference || "—"}</td>
                  <td>{transfer.statementEntryId ? t("fromStatement") : t("byStaff")}</td>
                  <td>{t(`outcome.${transfer.outcome}`)}</td>
                  <td className="num">{money(transfer.amountMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {order.status === "PENDING_PAYMENT" ? (
        <RecordBankTransferForm
          orderId={orderId}
          currency={order.currency}
          dueLabel={money(Math.max(0, order.totalMinor - received))}
        />
      ) : null}
    </section>
  );
}
