import { TableHead } from "@/app/admin/_components/table-head";
import { getTranslations } from "next-intl/server";
import { adminFormat } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** Providers and payment states with a name in the catalog (admin.orders.payments); others show as stored. */
const PROVIDERS = ["test", "bank_transfer", "cash_on_delivery", "stripe"] as const;
const STATUSES = ["PENDING", "PROCESSING", "SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"] as const;
const known = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Every payment attempt, with its provider's reference. */
export async function OrderPaymentsPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin.orders.payments");
  const format = await adminFormat();
  return (
    <section aria-labelledby="payments-title" className="panel">
      <h2 id="payments-title">{t("title")}</h2>
      {order.payments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <TableHead
              columns={[t("started"), t("provider"), t("reference"), t("status"), { label: t("amount"), num: true }]}
            />
            <tbody>
              {order.payments.map((p) => (
                <tr key={p.id}>
                  <td>{format.when(p.createdAt)}</td>
                  <td>{known(PROVIDERS, p.provider) ? t(`providerName.${p.provider}`) : p.provider}</td>
                  <td className="wrap-anywhere">{p.reference ?? "—"}</td>
                  <td>
                    {known(STATUSES, p.status) ? t(`statusName.${p.status}`) : p.status}
                    {p.failureReason ? <span className="muted"> ({p.failureReason})</span> : null}
                  </td>
                  <td className="num">{format.amount(p.amountMinor, p.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
