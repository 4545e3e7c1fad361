import { TableHead } from "@/app/admin/_components/table-head";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type StaffOrderView, getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { orderParamsSchema } from "@/lib/orders/schemas";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { orderNotice } from "../notices";
import "../orders.css";
import { OrderStatusBadge } from "../status-badge";
import { CancelOrderForm, OrderButtonForm, RefundOrderForm, ShipOrderForm } from "./order-action-forms";
import { PostalAddress } from "@/app/_components/postal-address";
import { BankTransferPanel } from "./bank-transfer-panel";

export const metadata: Metadata = { title: "Order", robots: { index: false } };
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

const EMAIL_NAMES: Record<string, string> = {
  "order-confirmation": "Order confirmation",
  "payment-failed": "Payment failed",
  "order-shipped": "Order shipped",
  "order-refunded": "Refund",
};

function actorText(entry: { actor: string; actorName: string | null }): string {
  if (entry.actorName) return entry.actorName;
  if (entry.actor === "guest") return "the shopper (guest)";
  if (entry.actor === "shopper" || entry.actor.startsWith("customer:")) return "the shopper";
  if (entry.actor === "system") return "the shop (automatic)";
  if (entry.actor === "payment:test") return "the built-in payment provider";
  if (entry.actor === "payment:stripe") return "Stripe";
  return entry.actor;
}

const PAYMENT_PROVIDER: Record<string, string> = {
  test: "Built-in test",
  bank_transfer: "Bank transfer",
  cash_on_delivery: "Cash on delivery",
  stripe: "Stripe",
};

const PAYMENT_STATUS: Record<string, string> = {
  PENDING: "Started",
  PROCESSING: "Processing",
  SUCCEEDED: "Paid",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
  EXPIRED: "Expired",
};

export default async function AdminOrderPage({ params, searchParams }: Props) {
  await staffGate("/admin/orders");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const order = await load(id);
  const notice = orderNotice(query.notice);
  const money = (minor: number) => formatAmount(minor, order.currency);
  const address = order.shippingAddress;
  const { actions } = order;
  const anyAction = Object.values(actions).some(Boolean);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/orders">← Orders</Link>
      </p>
      <div className="order-head">
        <h1>Order {order.number}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="muted">
        Placed {formatWhen(order.createdAt)}
        {order.paidAt ? ` · paid ${formatWhen(order.paidAt)}` : ""} · times in {env.SHOP_TIME_ZONE}
      </p>
      {notice ? (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      ) : null}
      {order.attentionReason ? (
        <p className="notice notice-warn" role="alert">
          <strong>Needs attention:</strong> {order.attentionReason}
        </p>
      ) : null}

      <div className="order-grid">
        <div className="order-main">
          <section aria-labelledby="lines-title" className="panel">
            <h2 id="lines-title">Items</h2>
            <div className="table-scroll">
              <table className="data-table">
                <TableHead
                  columns={[
                    "Item",
                    "SKU",
                    { label: "Qty", num: true },
                    { label: "Unit price", num: true },
                    { label: "Discount", num: true },
                    { label: "VAT", num: true },
                    { label: "Total", num: true },
                  ]}
                />
                <tbody>
                  {order.lines.map((line) => (
                    <tr key={line.sku}>
                      <td>
                        {line.productName}
                        {line.variantTitle ? <span className="muted"> — {line.variantTitle}</span> : null}
                      </td>
                      <td>{line.sku}</td>
                      <td className="num">{line.quantity}</td>
                      <td className="num">{money(line.unitPriceMinor)}</td>
                      <td className="num">{line.discountMinor > 0 ? `−${money(line.discountMinor)}` : "—"}</td>
                      <td className="num">{line.vatRateBps / 100} %</td>
                      <td className="num">{money(line.grossMinor - line.discountMinor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <table className="order-totals" aria-label="Totals">
              <tbody>
                <tr>
                  <th scope="row">Items</th>
                  <td className="num">{money(order.itemsTotalMinor + order.discountMinor)}</td>
                </tr>
                {order.discountMinor > 0 ? (
                  <tr>
                    <th scope="row">Discount {order.discountCode}</th>
                    <td className="num">−{money(order.discountMinor)}</td>
                  </tr>
                ) : null}
                <tr>
                  <th scope="row">Shipping ({order.shippingMethod})</th>
                  <td className="num">{money(order.shippingMinor)}</td>
                </tr>
                <tr className="order-total">
                  <th scope="row">Total</th>
                  <td className="num" data-testid="order-total">
                    {money(order.totalMinor)}
                  </td>
                </tr>
                <tr>
                  <th scope="row">Refunded</th>
                  <td className="num" data-testid="order-refunded">
                    {order.refundedMinor > 0 ? `−${money(order.refundedMinor)}` : money(0)}
                  </td>
                </tr>
                <tr className="order-total">
                  <th scope="row">Net after refunds</th>
                  <td className="num" data-testid="order-net">
                    {money(order.totalMinor - order.refundedMinor)}
                  </td>
                </tr>
              </tbody>
            </table>

            <h3>VAT breakdown</h3>
            <div className="table-scroll">
              <table className="data-table">
                <TableHead
                  columns={[
                    "Rate",
                    { label: "Net", num: true },
                    { label: "VAT", num: true },
                    { label: "Gross", num: true },
                  ]}
                />
                <tbody>
                  {order.vatBreakdown.map((row) => (
                    <tr key={row.rateBps}>
                      <td>{row.rateBps / 100} %</td>
                      <td className="num">{money(row.netMinor)}</td>
                      <td className="num">{money(row.vatMinor)}</td>
                      <td className="num">{money(row.grossMinor)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">All rates</th>
                    <td className="num">{money(order.totalMinor - order.vatMinor)}</td>
                    <td className="num">{money(order.vatMinor)}</td>
                    <td className="num">{money(order.totalMinor)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <BankTransferPanel orderId={order.id} />

          <section aria-labelledby="payments-title" className="panel">
            <h2 id="payments-title">Payments</h2>
            {order.payments.length === 0 ? (
              <p>No payment attempts.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <TableHead columns={["Started", "Provider", "Reference", "Status", { label: "Amount", num: true }]} />
                  <tbody>
                    {order.payments.map((p) => (
                      <tr key={p.id}>
                        <td>{formatWhen(p.createdAt)}</td>
                        <td>{PAYMENT_PROVIDER[p.provider] ?? p.provider}</td>
                        <td className="wrap-anywhere">{p.reference ?? "—"}</td>
                        <td>
                          {PAYMENT_STATUS[p.status] ?? p.status}
                          {p.failureReason ? <span className="muted"> ({p.failureReason})</span> : null}
                        </td>
                        <td className="num">{formatAmount(p.amountMinor, p.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="refunds-title" className="panel">
            <h2 id="refunds-title">Refunds</h2>
            {order.refundAttempts.length === 0 ? (
              <p>Nothing has been refunded.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <TableHead
                    columns={["Requested", { label: "Amount", num: true }, "Reason", "Status", "Credit note"]}
                  />
                  <tbody>
                    {order.refundAttempts.map((r) => (
                      <tr key={r.id}>
                        <td>{formatWhen(r.createdAt)}</td>
                        <td className="num">{formatAmount(r.amountMinor, r.currency)}</td>
                        <td className="wrap-anywhere">{r.reason}</td>
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

          <section aria-labelledby="history-title" className="panel">
            <h2 id="history-title">History</h2>
            <ol className="order-history">
              {order.history.map((entry, i) => (
                <li key={`${entry.createdAt}-${i}`}>
                  <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt)}</time>{" "}
                  <strong>
                    {entry.fromStatus === entry.toStatus
                      ? orderStatusLabels[entry.toStatus]
                      : entry.fromStatus
                        ? `${orderStatusLabels[entry.fromStatus]} → ${orderStatusLabels[entry.toStatus]}`
                        : orderStatusLabels[entry.toStatus]}
                  </strong>{" "}
                  <span className="muted">by {actorText(entry)}</span>
                  {entry.note ? <div className="wrap-anywhere">{entry.note}</div> : null}
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="emails-title" className="panel">
            <h2 id="emails-title">E-mails</h2>
            {order.emails.length === 0 ? (
              <p>No e-mails for this order yet.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table" data-testid="order-emails">
                  <TableHead columns={["Queued", "E-mail", "To", "Status"]} />
                  <tbody>
                    {order.emails.map((e) => (
                      <tr key={e.id}>
                        <td>{formatWhen(e.createdAt)}</td>
                        <td>{EMAIL_NAMES[e.template] ?? e.template}</td>
                        <td className="wrap-anywhere">{e.recipient}</td>
                        <td>
                          {e.status === "SENT" && e.sentAt
                            ? `Sent ${formatWhen(e.sentAt)}`
                            : e.status === "FAILED"
                              ? `Failed after ${e.attempts} attempts`
                              : e.attempts > 0
                                ? `Retrying (${e.attempts} attempts)`
                                : "Queued"}
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
        </div>

        <aside className="order-side" aria-label="Order details and actions">
          <section aria-labelledby="customer-title" className="panel">
            <h2 id="customer-title">Customer</h2>
            <p className="wrap-anywhere">
              <a href={`mailto:${order.email}`}>{order.email}</a>
              <br />
              <span className="muted">{order.userId ? "Has an account" : "Guest checkout"}</span>
            </p>
            <h3>Ships to</h3>
            <PostalAddress address={address} withPhone className="wrap-anywhere" />
            {order.trackingNumber ? (
              <p>
                <strong>Tracking:</strong> {order.carrier ? `${order.carrier} ` : ""}
                <span data-testid="tracking-number">{order.trackingNumber}</span>
              </p>
            ) : null}
          </section>

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

          <section aria-labelledby="actions-title" className="panel">
            <h2 id="actions-title">Actions</h2>
            {!anyAction ? (
              <p>Nothing more can be done with an order that is {orderStatusLabels[order.status].toLowerCase()}.</p>
            ) : null}
            {actions.ship ? (
              <div className="order-action">
                <h3>Ship</h3>
                <ShipOrderForm orderId={order.id} />
              </div>
            ) : null}
            {actions.recordCash ? (
              <div className="order-action">
                <h3>Cash on delivery</h3>
                <p className="form-hint">
                  When the courier&apos;s remittance or the cash at the counter is in: the order becomes paid and is
                  invoiced.
                </p>
                <OrderButtonForm orderId={order.id} kind="cash" />
              </div>
            ) : null}
            {actions.deliver ? (
              <div className="order-action">
                <h3>Delivery</h3>
                <OrderButtonForm orderId={order.id} kind="deliver" />
              </div>
            ) : null}
            {actions.refund ? (
              <div className="order-action">
                <h3>Refund</h3>
                <RefundOrderForm orderId={order.id} currency={order.currency} maxLabel={money(order.refundableMinor)} />
              </div>
            ) : null}
            {actions.resendConfirmation ? (
              <div className="order-action">
                <h3>Confirmation e-mail</h3>
                <OrderButtonForm orderId={order.id} kind="resend" />
              </div>
            ) : null}
            {actions.cancel ? (
              <div className="order-action">
                <h3>Cancel</h3>
                <CancelOrderForm
                  orderId={order.id}
                  paid={order.status === "PAID"}
                  refundLabel={money(order.totalMinor - order.refundedMinor)}
                />
              </div>
            ) : null}
          </section>
        </aside>
      </div>
    </main>
  );
}
