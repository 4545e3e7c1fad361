import Link from "next/link";
import { db } from "@/lib/db";
import { listOrdersForUser } from "@/lib/orders/get-order";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { Price } from "./price";

/** The signed-in shopper's orders, newest first. */
export async function OrderHistory({ userId }: { userId: string }) {
  const orders = await listOrdersForUser(db, userId);
  if (orders.length === 0) return <p className="muted">You have not ordered anything yet.</p>;
  return (
    <table className="variant-table">
      <caption className="visually-hidden">Your orders</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Placed</th>
          <th scope="col">Status</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <td>
              <Link href={`/orders/${order.id}`}>{order.number}</Link>
            </td>
            <td>{order.createdAt.toISOString().slice(0, 10)}</td>
            <td>{orderStatusLabels[order.status]}</td>
            <td>
              <Price money={{ amountMinor: order.totalMinor, currency: order.currency }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
