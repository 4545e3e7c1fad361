import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** The invoice and credit notes, as downloads. */
export function OrderDocumentsPanel({ order }: { order: StaffOrderView }) {
  return (
    <section aria-labelledby="documents-title" className="panel">
      <h2 id="documents-title">Documents</h2>
      {order.invoice ? (
        <ul className="plain-list">
          <li>
            <a href={`/api/admin/orders/${order.id}/invoice`} download>
              Invoice {order.invoice.number}
            </a>
          </li>
          {order.refundAttempts
            .filter((r) => r.creditNote)
            .map((r) => (
              <li key={r.id}>
                <a href={`/api/admin/orders/${order.id}/credit-notes/${r.creditNote?.id ?? ""}`} download>
                  Credit note {r.creditNote?.number}
                </a>
              </li>
            ))}
        </ul>
      ) : (
        <p>No invoice yet: it is issued when the order is paid.</p>
      )}
    </section>
  );
}
