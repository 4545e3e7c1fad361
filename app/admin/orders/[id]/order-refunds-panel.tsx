import { TableHead } from "@/app/admin/_components/table-head";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** Refunds asked for, how each went, and its credit note. */
export function OrderRefundsPanel({ order }: { order: StaffOrderView }) {
  return (
    <section aria-labelledby="refunds-title" className="panel">
      <h2 id="refunds-title">Refunds</h2>
      {order.refundAttempts.length === 0 ? (
        <p>Nothing has been refunded.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <TableHead columns={["Requested", { label: "Amount", num: true }, "Reason", "Status", "Credit note"]} />
            <tbody>
              {order.refundAttempts.map((r) => (
                <tr key={r.id}>
                  <td>{formatWhen(r.createdAt)}</td>
                  <td className="num">{formatAmount(r.amountMinor, r.currency)}</td>
                  <td className="wrap-anywhere">{r.reason}</td>
                  <td>
                    {r.status === "SUCCEEDED"
                      ? "Refunded"
                      : r.status === "PENDING"
                        ? "Waiting for the provider"
                        : "Failed"}
                    {r.failureReason ? <span className="muted"> ({r.failureReason})</span> : null}
                  </td>
                  <td>
                    {r.creditNote ? (
                      <a href={`/api/admin/orders/${order.id}/credit-notes/${r.creditNote.id}`} download>
                        {r.creditNote.number}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
