import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { TableHead } from "@/app/admin/_components/table-head";
import { adminFormat } from "@/app/admin/_lib/format";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.returns");
  return { title: t("detail.title"), robots: { index: false } };
}
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
  const notice = await returnNotice(query.notice);
  const t = await getTranslations("admin.returns");
  const format = await adminFormat();
  const money = (minor: number) => format.amount(minor, ret.order.currency);
  const anyAction = Object.values(ret.actions).some(Boolean);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <LocaleLink href="/admin/returns">{t("detail.back")}</LocaleLink>
      </p>
      <div className="order-head">
        <h1>{t("detail.heading", { number: ret.number })}</h1>
        <ReturnStatusBadge status={ret.status} />
      </div>
      <p className="muted">
        {t.rich(ret.requestedBy === "link" ? "detail.summaryLink" : "detail.summaryAccount", {
          order: (chunks) => <LocaleLink href={`/admin/orders/${ret.order.id}`}>{chunks}</LocaleLink>,
          number: ret.order.number,
          email: ret.order.email,
          when: format.when(ret.createdAt),
          timeZone: env.SHOP_TIME_ZONE,
        })}
      </p>
      {notice ? (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      ) : null}

      <div className="order-grid">
        <div className="order-main">
          <section aria-labelledby="return-lines-title" className="panel">
            <h2 id="return-lines-title">{t("detail.items")}</h2>
            <div className="table-scroll">
              <table className="data-table">
                <TableHead
                  columns={[
                    t("detail.columns.item"),
                    { label: t("columns.units"), num: true },
                    t("detail.columns.backInStock"),
                    { label: t("detail.columns.credit"), num: true },
                  ]}
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
                      <td className="num">{format.count(line.quantity)}</td>
                      <td>{line.restocked === null ? "—" : line.restocked ? t("detail.yes") : t("detail.no")}</td>
                      <td className="num">{line.creditMinor === null ? "—" : money(line.creditMinor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t("detail.reason")}</h3>
            <p className="wrap-anywhere">{ret.reason || t("detail.noReason")}</p>
            {ret.staffNote ? (
              <>
                <h3>{t("detail.staffNote")}</h3>
                <p className="wrap-anywhere">{ret.staffNote}</p>
              </>
            ) : null}
          </section>

          <section aria-labelledby="return-refunds-title" className="panel">
            <h2 id="return-refunds-title">{t("detail.refund")}</h2>
            {ret.refunds.length === 0 ? (
              <p>{t("detail.notRefunded")}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <TableHead
                    columns={[
                      t("columns.requested"),
                      { label: t("detail.columns.amount"), num: true },
                      t("columns.status"),
                      t("detail.columns.creditNote"),
                    ]}
                  />
                  <tbody>
                    {ret.refunds.map((r) => (
                      <tr key={r.id}>
                        <td>{format.when(r.createdAt)}</td>
                        <td className="num">{money(r.amountMinor)}</td>
                        <td>
                          {t(`detail.refundStatus.${r.status}`)}
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

        <aside className="order-side" aria-label={t("detail.actionsLabel")}>
          <section aria-labelledby="return-actions-title" className="panel">
            <h2 id="return-actions-title">{t("detail.actions")}</h2>
            {!anyAction ? <p>{t("detail.nothingToDo")}</p> : null}
            {ret.actions.approve ? (
              <div className="order-action">
                <h3>{t("detail.approve")}</h3>
                <ApproveReturnForm returnId={ret.id} />
              </div>
            ) : null}
            {ret.actions.reject ? (
              <div className="order-action">
                <h3>{t("detail.reject")}</h3>
                <RejectReturnForm returnId={ret.id} />
              </div>
            ) : null}
            {ret.actions.receive ? (
              <div className="order-action">
                <h3>{t("detail.received")}</h3>
                <ReceiveReturnForm
                  returnId={ret.id}
                  lines={ret.lines.map((l) => ({ id: l.id, label: lineLabel(l) }))}
                />
              </div>
            ) : null}
            {ret.actions.refund ? (
              <div className="order-action">
                <h3>{t("detail.refund")}</h3>
                <RefundReturnForm
                  returnId={ret.id}
                  hint={ret.manualRefund ? t("detail.refundManual") : t("detail.refundOnline")}
                />
              </div>
            ) : null}
          </section>
        </aside>
      </div>
    </main>
  );
}
