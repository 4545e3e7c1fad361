import { getTranslations } from "next-intl/server";
import { TableHead } from "@/app/admin/_components/table-head";
import { adminFormat } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** The e-mail templates the panel names; any other is shown by its template name. */
const EMAIL_TEMPLATES = [
  "order-confirmation",
  "payment-failed",
  "order-shipped",
  "order-refunded",
  "return-update",
] as const;
const isNamed = (template: string): template is (typeof EMAIL_TEMPLATES)[number] =>
  (EMAIL_TEMPLATES as readonly string[]).includes(template);

/** The e-mails queued for the order and whether each went out. */
export async function OrderEmailsPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin.orders.emails");
  const format = await adminFormat();
  return (
    <section aria-labelledby="emails-title" className="panel">
      <h2 id="emails-title">{t("title")}</h2>
      {order.emails.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="order-emails">
            <TableHead columns={[t("queued"), t("email"), t("to"), t("status")]} />
            <tbody>
              {order.emails.map((e) => (
                <tr key={e.id}>
                  <td>{format.when(e.createdAt)}</td>
                  <td>{isNamed(e.template) ? t(`template.${e.template}`) : e.template}</td>
                  <td className="wrap-anywhere">{e.recipient}</td>
                  <td>
                    {e.status === "SENT" && e.sentAt
                      ? t("sent", { at: format.when(e.sentAt) })
                      : e.status === "FAILED"
                        ? t("failed", { count: e.attempts })
                        : e.attempts > 0
                          ? t("retrying", { count: e.attempts })
                          : t("queuedStatus")}
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
