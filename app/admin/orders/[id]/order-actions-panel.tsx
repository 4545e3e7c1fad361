import { getTranslations } from "next-intl/server";
import { adminFormat } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";
import { CancelOrderForm, OrderButtonForm, RefundOrderForm, ShipOrderForm } from "./order-action-forms";

/** What staff may do with the order now; the order view says which actions its status allows. */
export async function OrderActionsPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin");
  const format = await adminFormat();
  const money = (minor: number) => format.amount(minor, order.currency);
  const { actions } = order;
  const anyAction = Object.values(actions).some(Boolean);
  return (
    <section aria-labelledby="actions-title" className="panel">
      <h2 id="actions-title">{t("orders.actions.title")}</h2>
      {!anyAction ? (
        <p>{t("orders.actions.nothingMore", { status: t(`orderStatus.${order.status}`).toLowerCase() })}</p>
      ) : null}
      {actions.ship ? (
        <div className="order-action">
          <h3>{t("orders.actions.ship")}</h3>
          <ShipOrderForm orderId={order.id} />
        </div>
      ) : null}
      {actions.recordCash ? (
        <div className="order-action">
          <h3>{t("orders.actions.cashOnDelivery")}</h3>
          <p className="form-hint">{t("orders.actions.cashHint")}</p>
          <OrderButtonForm orderId={order.id} kind="cash" />
        </div>
      ) : null}
      {actions.deliver ? (
        <div className="order-action">
          <h3>{t("orders.actions.delivery")}</h3>
          <OrderButtonForm orderId={order.id} kind="deliver" />
        </div>
      ) : null}
      {actions.refund ? (
        <div className="order-action">
          <h3>{t("orders.actions.refund")}</h3>
          <RefundOrderForm orderId={order.id} currency={order.currency} maxLabel={money(order.refundableMinor)} />
        </div>
      ) : null}
      {actions.resendConfirmation ? (
        <div className="order-action">
          <h3>{t("orders.actions.confirmationEmail")}</h3>
          <OrderButtonForm orderId={order.id} kind="resend" />
        </div>
      ) : null}
      {actions.cancel ? (
        <div className="order-action">
          <h3>{t("orders.actions.cancel")}</h3>
          <CancelOrderForm
            orderId={order.id}
            paid={order.status === "PAID"}
            refundLabel={money(order.totalMinor - order.refundedMinor)}
          />
        </div>
      ) : null}
    </section>
  );
}
