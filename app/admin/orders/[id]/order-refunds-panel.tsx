import { TableHead } from "@/app/admin/_components/table-head";
import { getTranslations } from "next-intl/server";
import { adminFormat } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** Refunds asked for, how each went, and its credit note. */
export async function OrderRefundsPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin.orders.refunds");
  const format = await adminFormat();
  return (
    <section aria-labelledby="refunds-title" className="panel">
      <h2 id="refunds-title">{t("title")}</h2>
      {order.refundAttempts.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <TableHead
              columns={[t("requested"), { label: t("amount"), num: true }, t("reason"), t("status"), t("creditNote")]}
            />
            <tbody>
              {order.refundAttempts.map((r) => (
                <tr key={r.id}>
                  <td>{format.when(r.createdAt)}</td>
                  <td className="num">{format.amount(r.amountMinor, r.currency)}</td>
                  <td className="wrap-anywhere">{r.reason}</td>
                  <td>
                    {r.status === "SUCCEEDED" ? t("refunded") : r.status === "PENDING" ? t("waiting") : t("failed")}
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
