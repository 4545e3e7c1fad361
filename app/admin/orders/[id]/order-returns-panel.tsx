import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { TableHead } from "@/app/admin/_components/table-head";
import { adminFormat } from "@/app/admin/_lib/format";
import { ReturnStatusBadge } from "@/app/admin/returns/status-badge";
import { db } from "@/lib/db";

/** The order's returns, each linking to its page where staff approve, receive and refund it. */
export async function OrderReturnsPanel({ orderId }: { orderId: string }) {
  const returns = await db.returnRequest.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: { id: true, number: true, status: true, createdAt: true, lines: { select: { quantity: true } } },
  });
  const t = await getTranslations("admin.orders.returns");
  const format = await adminFormat();
  return (
    <section aria-labelledby="returns-title" className="panel">
      <h2 id="returns-title">{t("title")}</h2>
      {returns.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <TableHead columns={[t("return"), t("requested"), { label: t("units"), num: true }, t("status")]} />
            <tbody>
              {returns.map((r) => (
                <tr key={r.id}>
                  <td>
                    <LocaleLink href={`/admin/returns/${r.id}`}>{r.number}</LocaleLink>
                  </td>
                  <td>{format.when(r.createdAt)}</td>
                  <td className="num">{r.lines.reduce((sum, l) => sum + l.quantity, 0)}</td>
                  <td>
                    <ReturnStatusBadge status={r.status} />
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
