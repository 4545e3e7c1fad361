import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type StaffOrderView, getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { orderParamsSchema } from "@/lib/orders/schemas";
import { orderNotice } from "../notices";
import "../orders.css";
import { OrderStatusBadge } from "../status-badge";
import { BankTransferPanel } from "./bank-transfer-panel";
import { OrderActionsPanel } from "./order-actions-panel";
import { OrderConsentPanel } from "./order-consent-panel";
import { OrderCustomerPanel } from "./order-customer-panel";
import { OrderDocumentsPanel } from "./order-documents-panel";
import { OrderEmailsPanel } from "./order-emails-panel";
import { OrderHistoryPanel } from "./order-history-panel";
import { OrderLinesPanel } from "./order-lines-panel";
import { OrderPaymentsPanel } from "./order-payments-panel";
import { OrderRefundsPanel } from "./order-refunds-panel";
import { OrderReturnsPanel } from "./order-returns-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.orders.detail");
  return { title: t("metaTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string): Promise<StaffOrderView> {
  const parsed = orderParamsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  try {
    return await getOrderForStaff(db, parsed.data.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function AdminOrderPage({ params, searchParams }: Props) {
  await staffGate("/admin/orders");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const order = await load(id);
  const notice = await orderNotice(query.notice);
  const t = await getTranslations("admin.orders.detail");
  const format = await adminFormat();

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <LocaleLink href="/admin/orders">← {t("back")}</LocaleLink>
      </p>
      <div className="order-head">
        <h1>{t("heading", { number: order.number })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="muted">
        {t("placed", { at: format.when(order.createdAt) })}
        {order.paidAt ? ` · ${t("paid", { at: format.when(order.paidAt) })}` : ""} ·{" "}
        {t("timesIn", { timeZone: env.SHOP_TIME_ZONE })}
      </p>
      {notice ? (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      ) : null}
      {order.attentionReason ? (
        <p className="notice notice-warn" role="alert">
          <strong>{t("needsAttention")}</strong> {order.attentionReason}
        </p>
      ) : null}

      <div className="order-grid">
        <div className="order-main">
          <OrderLinesPanel order={order} />
          <BankTransferPanel orderId={order.id} />
          <OrderPaymentsPanel order={order} />
          <OrderRefundsPanel order={order} />
          <OrderReturnsPanel orderId={order.id} />
          <OrderHistoryPanel order={order} />
          <OrderEmailsPanel order={order} />
        </div>

        <aside className="order-side" aria-label={t("sideLabel")}>
          <OrderCustomerPanel order={order} />
          <OrderConsentPanel orderId={order.id} />
          <OrderDocumentsPanel order={order} />
          <OrderActionsPanel order={order} />
        </aside>
      </div>
    </main>
  );
}
