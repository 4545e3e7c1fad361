import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TableHead } from "@/app/admin/_components/table-head";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type StaffReturnView, getReturnForStaff } from "@/lib/returns/get-return-for-staff";
import { returnParamsSchema } from "@/lib/returns/schemas";
import { returnNotice } from "../notices";
import { ReturnStatusBadge } from "../status-badge";
import { ApproveReturnForm, ReceiveReturnForm, RefundReturnForm, RejectReturnForm } from "./return-forms";
import "../../orders/orders.css";

export const metadata: Metadata = { title: "Return", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string): Promise<StaffReturnView> {
  const parsed = returnParamsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  try {
    return await getReturnForStaff(db, parsed.data.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const lineLabel = (line: StaffReturnView["lines"][number]) =>
  `${line.quantity} × ${line.productName}${line.variantTitle ? ` – ${line.variantTitle}` : ""} (${line.sku})`;

export default async function AdminReturnPage({ params, searchParams }: Props) {
  await staffGate("/admin/returns");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const ret = await load(id);
  const notice = returnNotice(query.notice);
  const money = (minor: number) => formatAmount(minor, ret.order.currency);
  const anyAction = Object.values(ret.actions).some(Boolean);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/returns">← Returns</Link>
      </p>
      <div className="order-head">
        <h1>Return {ret.number}</h1>
        <ReturnStatusBadge status={ret.status} />
      </div>
      <p className="muted">
        For order <Link href={`/admin/orders/${ret.order.id}`}>{ret.order.number}</Link> ({ret.order.email}) · requested{" "}
        {formatWhen(ret.createdAt)}
        {ret.requestedBy === "link" ? " through the order link" : " by the signed-in customer"} · times in{" "}
        {env.SHOP_TIME_ZONE}
      </p>
      {notice ? (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      ) : null}

      <div className="order-grid">
        <div className="order-main">
          <section aria-labelledby="return-lines-title" className="panel">
            <h2 id="return-lines-title">Items</h2>
            <div className="table-scroll">
              <table className="data-table">
                <TableHead
                  columns={["Item", { label: "Units", num: true }, "Back in stock", { label: "Credit", num: true }]}
                />
                <tbody>
                  {ret.lines.map((line) => (
                    <tr key={line.id}>
                      <td className="wrap-anywhere">
                        {line.productName}
                        {line.variantTitle ? <span className="muted"> – {line.variantTitle}</span> : null}
                        <br />
                        <span className="muted">{line.sku}</span>
                      </td>
                      <td className="num">{line.quantity}</td>
                      <td>{line.restocked === null ? "—" : line.restocked ? "Yes" : "No"}</td>
                      <td className="num">{line.creditMinor === null ? "—" : money(line.creditMinor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>Shopper&apos;s reason</h3>
            <p className="wrap-anywhere">{ret.reason || "None given."}</p>
            {ret.staffNote ? (
              <>
                <h3>Staff note</h3>
                <p className="wrap-anywhere">{ret.staffNote}</p>
              </>
            ) : null}
          </section>

          <section aria-labelledby="return-refunds-title" className="panel">
            <h2 id="return-refunds-title">Refund</h2>
            {ret.refunds.length === 0 ? (
              <p>Not refunded yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <TableHead columns={["Requested", { label: "Amount", num: true }, "Status", "Credit note"]} />
                  <tbody>
                    {ret.refunds.map((r) => (
                      <tr key={r.id}>
                        <td>{formatWhen(r.createdAt)}</td>
                        <td className="num">{money(r.amountMinor)}</td>
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
                            <a href={`/api/admin/orders/${ret.order.id}/credit-notes/${r.creditNote.id}`} download>
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
        </div>

        <aside className="order-side" aria-label="Return actions">
          <section aria-labelledby="return-actions-title" className="panel">
            <h2 id="return-actions-title">Actions</h2>
            {!anyAction ? <p>Nothing more to do with this return.</p> : null}
            {ret.actions.approve ? (
              <div className="order-action">
                <h3>Approve</h3>
                <ApproveReturnForm returnId={ret.id} />
              </div>
            ) : null}
            {ret.actions.reject ? (
              <div className="order-action">
                <h3>Reject</h3>
                <RejectReturnForm returnId={ret.id} />
              </div>
            ) : null}
            {ret.actions.receive ? (
              <div className="order-action">
                <h3>Parcel received</h3>
                <ReceiveReturnForm
                  returnId={ret.id}
                  lines={ret.lines.map((l) => ({ id: l.id, label: lineLabel(l) }))}
                />
              </div>
            ) : null}
            {ret.actions.refund ? (
              <div className="order-action">
                <h3>Refund</h3>
                <RefundReturnForm
                  returnId={ret.id}
                  hint={
                    ret.manualRefund
                      ? "Paid by bank transfer or cash: the refund is booked with its credit note, and you pay the money back yourself."
                      : "The returned units' worth goes back through the payment service, with a credit note for these lines."
                  }
                />
              </div>
            ) : null}
          </section>
        </aside>
      </div>
    </main>
  );
}
