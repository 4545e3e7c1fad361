import { PostalAddress } from "@/app/_components/postal-address";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** Who ordered, where it ships, and its tracking number. */
export function OrderCustomerPanel({ order }: { order: StaffOrderView }) {
  return (
    <section aria-labelledby="customer-title" className="panel">
      <h2 id="customer-title">Customer</h2>
      <p className="wrap-anywhere">
        <a href={`mailto:${order.email}`}>{order.email}</a>
        <br />
        <span className="muted">{order.userId ? "Has an account" : "Guest checkout"}</span>
      </p>
      <h3>Ships to</h3>
      <PostalAddress address={order.shippingAddress} withPhone className="wrap-anywhere" />
      {order.trackingNumber ? (
        <p>
          <strong>Tracking:</strong> {order.carrier ? `${order.carrier} ` : ""}
          <span data-testid="tracking-number">{order.trackingNumber}</span>
        </p>
      ) : null}
    </section>
  );
}
