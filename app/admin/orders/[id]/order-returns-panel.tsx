import Link from "next/link";
import { TableHead } from "@/app/admin/_components/table-head";
import { formatWhen } from "@/app/admin/_lib/format";
import { ReturnStatusBadge } from "@/app/admin/returns/status-badge";
import { db } from "@/lib/db";

/** The order's returns, each linking to its page where staff approve, receive and refund it. */
export async function OrderReturnsPanel({ orderId }: { orderId: string }) {
  const returns = await db.returnRequest.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: { id: true, number: true, status: true, createdAt: true, lines: { select: { quantity: true } } },
  });
  return (
    <section aria-labelledby="returns-title" className="panel">
      <h2 id="returns-title">Returns</h2>
      {returns.length === 0 ? (
        <p>The shopper has not asked to return anything.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <TableHead columns={["Return", "Requested", { label: "Units", num: true }, "Status"]} />
            <tbody>
              {returns.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admin/returns/${r.id}`}>{r.number}</Link>
                  </td>
                  <td>{formatWhen(r.createdAt)}</td>
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
