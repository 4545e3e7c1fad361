import { formatAmount } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { CancelOrderForm, OrderButtonForm, RefundOrderForm, ShipOrderForm } from "./order-action-forms";

/** What staff may do with the order now; the order view says which actions its status allows. */
export function OrderActionsPanel({ order }: { order: StaffOrderView }) {
  const money = (minor: number) => formatAmount(minor, order.currency);
  const { actions } = order;
  const anyAction = Object.values(actions).some(Boolean);
  return (
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
            When the courier&apos;s remittance or the cash at the counter is in: the order becomes paid and is invoiced.
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
  );
}
