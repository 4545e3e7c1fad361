import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getCustomer } from "@/lib/customers/get-customer";
import { customerParamsSchema } from "@/lib/customers/schemas";
import { roleLabels } from "@/lib/staff/roles";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatDay, formatWhen } from "@/app/admin/_lib/format";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { AccountControls } from "@/app/admin/staff/account-controls";
import "../../people.css";
import { PostalAddress } from "@/app/_components/postal-address";

export const metadata: Metadata = { title: "Customer", robots: { index: false } };
export const dynamic = "force-dynamic";

async function load(id: string) {
  const parsed = customerParamsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  try {
    return await getCustomer(db, parsed.data.id, env.SHOP_CURRENCY);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await staffGate("/admin/customers");
  const { id } = await params;
  const customer = await load(id);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/customers">← Customers</Link>
      </p>
      <div className="page-head page-head-start">
        <h1 className="wrap-anywhere">{customer.name}</h1>
        {customer.disabledAt ? <span className="badge badge-danger">Disabled</span> : null}
      </div>

      <dl className="stat-grid">
        <div className="stat">
          <dt>Orders</dt>
          <dd>{customer.orderCount}</dd>
        </div>
        <div className="stat">
          <dt>Spent (paid, less refunds)</dt>
          <dd>{formatAmount(customer.spentMinor, customer.currency)}</dd>
        </div>
        <div className="stat">
          <dt>Account created</dt>
          <dd className="stat-small">{formatDay(customer.createdAt)}</dd>
        </div>
      </dl>

      <section aria-labelledby="profile-title" className="panel">
        <h2 id="profile-title">Account</h2>
        <dl className="meta-list">
          <dt>E-mail</dt>
          <dd className="wrap-anywhere">
            <a href={`mailto:${customer.email}`}>{customer.email}</a>
          </dd>
          <dt>Role</dt>
          <dd>{roleLabels[customer.role]}</dd>
          <dt>Created</dt>
          <dd>{formatWhen(customer.createdAt)}</dd>
          <dt>Status</dt>
          <dd>{customer.disabledAt ? `Disabled since ${formatWhen(customer.disabledAt)}` : "Active"}</dd>
        </dl>
        {viewer.role === "ADMIN" && viewer.id !== customer.id ? (
          <>
            <h3 className="subheading">Role and access</h3>
            <AccountControls
              account={{
                id: customer.id,
                name: customer.name,
                role: customer.role,
                disabled: customer.disabledAt !== null,
              }}
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="addresses-title" className="panel">
        <h2 id="addresses-title">Saved addresses</h2>
        {customer.addresses.length === 0 ? (
          <p>No saved addresses.</p>
        ) : (
          <ul className="card-list">
            {customer.addresses.map((address) => (
              <li key={address.id} className="address-card">
                <PostalAddress address={address} withPhone />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="orders-title" className="panel">
        <h2 id="orders-title">Orders</h2>
        {customer.orders.length === 0 ? (
          <p>No orders placed with this account.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Placed</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                  <th scope="col" className="num">
                    Refunded
                  </th>
                </tr>
              </thead>
              <tbody>
                {customer.orders.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <Link href={`/admin/orders/${order.id}`}>{order.number}</Link>
                    </td>
                    <td>{formatWhen(order.createdAt)}</td>
                    <td>{orderStatusLabels[order.status]}</td>
                    <td className="num">{formatAmount(order.totalMinor, order.currency)}</td>
                    <td className="num">
                      {order.refundedMinor > 0 ? formatAmount(order.refundedMinor, order.currency) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {customer.orderCount > customer.orders.length ? (
          <p className="muted">The {customer.orders.length} most recent orders are shown.</p>
        ) : null}
      </section>
    </main>
  );
}
