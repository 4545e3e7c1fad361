import { TableHead } from "@/app/admin/_components/table-head";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

const PAYMENT_PROVIDER: Record<string, string> = {
  test: "Built-in test",
  bank_transfer: "Bank transfer",
  cash_on_delivery: "Cash on delivery",
  stripe: "Stripe",
};

const PAYMENT_STATUS: Record<string, string> = {
  PENDING: "Started",
  PROCESSING: "Processing",
  SUCCEEDED: "Paid",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
  EXPIRED: "Expired",
};

/** Every payment attempt, with its provider's reference. */
export function OrderPaymentsPanel({ order }: { order: StaffOrderView }) {
  return (
    <section aria-labelledby="payments-title" className="panel">
      <h2 id="payments-title">Payments</h2>
      {order.payments.length === 0 ? (
        <p>No payment attempts.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <TableHead columns={["Started", "Provider", "Reference", "Status", { label: "Amount", num: true }]} />
            <tbody>
              {order.payments.map((p) => (
                <tr key={p.id}>
                  <td>{formatWhen(p.createdAt)}</td>
                  <td>{PAYMENT_PROVIDER[p.provider] ?? p.provider}</td>
                  <td className="wrap-anywhere">{p.reference ?? "—"}</td>
                  <td>
                    {PAYMENT_STATUS[p.status] ?? p.status}
                    {p.failureReason ? <span className="muted"> ({p.failureReason})</span> : null}
                  </td>
                  <td className="num">{formatAmount(p.amountMinor, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
