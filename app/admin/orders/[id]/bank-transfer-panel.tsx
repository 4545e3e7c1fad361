import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money/money";
import { paymentReferenceForOrder } from "@/lib/payments/bank-transfer/payment-reference";
import { RecordBankTransferForm } from "./bank-transfer-form";

const OUTCOME = { PAID: "Paid the order", UNDERPAID: "Short", OVERPAID: "Over" } as const;

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
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: order.currency }, "en-IE");
  const received = order.bankTransfers.reduce((sum, t) => sum + t.amountMinor, 0);
  return (
    <section aria-labelledby="bank-transfer-title" className="panel">
      <h2 id="bank-transfer-title">Bank transfer</h2>
      <p>
        Reference (variable symbol) <strong>{paymentReferenceForOrder(order.number)}</strong>, {money(order.totalMinor)}
        {order.paymentDueAt ? `, due ${order.paymentDueAt.toISOString().slice(0, 10)}` : ""}. Received so far:{" "}
        {money(received)}.
      </p>
      {order.bankTransfers.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Received on</th>
                <th scope="col">Reference</th>
                <th scope="col">Source</th>
                <th scope="col">Result</th>
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {order.bankTransfers.map((t) => (
                <tr key={t.id}>
                  <td>{t.receivedOn.toISOString().slice(0, 10)}</td>
                  <td className="wrap-anywhere">{t.reference || "—"}</td>
                  <td>{t.statementEntryId ? "Bank statement" : "Recorded by staff"}</td>
                  <td>{OUTCOME[t.outcome]}</td>
                  <td className="num">{money(t.amountMinor)}</td>
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
