import { TableHead } from "@/app/admin/_components/table-head";
import { formatWhen } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

const EMAIL_NAMES: Record<string, string> = {
  "order-confirmation": "Order confirmation",
  "payment-failed": "Payment failed",
  "order-shipped": "Order shipped",
  "order-refunded": "Refund",
  "return-update": "Return update",
};

/** The e-mails queued for the order and whether each went out. */
export function OrderEmailsPanel({ order }: { order: StaffOrderView }) {
  return (
    <section aria-labelledby="emails-title" className="panel">
      <h2 id="emails-title">E-mails</h2>
      {order.emails.length === 0 ? (
        <p>No e-mails for this order yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="order-emails">
            <TableHead columns={["Queued", "E-mail", "To", "Status"]} />
            <tbody>
              {order.emails.map((e) => (
                <tr key={e.id}>
                  <td>{formatWhen(e.createdAt)}</td>
                  <td>{EMAIL_NAMES[e.template] ?? e.template}</td>
                  <td className="wrap-anywhere">{e.recipient}</td>
                  <td>
                    {e.status === "SENT" && e.sentAt
                      ? `Sent ${formatWhen(e.sentAt)}`
                      : e.status === "FAILED"
                        ? `Failed after ${e.attempts} attempts`
                        : e.attempts > 0
                          ? `Retrying (${e.attempts} attempts)`
                          : "Queued"}
                    {e.lastError && e.status !== "SENT" ? (
                      <span className="muted wrap-anywhere"> — {e.lastError}</span>
                    ) : null}
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
