import { getTranslations } from "next-intl/server";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** The invoice and credit notes, as downloads. */
export async function OrderDocumentsPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin.orders.documents");
  return (
    <section aria-labelledby="documents-title" className="panel">
      <h2 id="documents-title">{t("title")}</h2>
      {order.invoice ? (
        <ul className="plain-list">
          <li>
            <a href={`/api/admin/orders/${order.id}/invoice`} download>
              {t("invoice", { number: order.invoice.number })}
            </a>
          </li>
          {order.refundAttempts
            .filter((r) => r.creditNote)
            .map((r) => (
              <li key={r.id}>
                <a href={`/api/admin/orders/${order.id}/credit-notes/${r.creditNote?.id ?? ""}`} download>
                  {t("creditNote", { number: r.creditNote?.number ?? "" })}
                </a>
              </li>
            ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
    </section>
  );
}
