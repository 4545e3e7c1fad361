import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getCustomer } from "@/lib/customers/get-customer";
import { customerParamsSchema } from "@/lib/customers/schemas";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { TableHead } from "@/app/admin/_components/table-head";
import { AccountControls } from "@/app/admin/staff/account-controls";
import "../../people.css";
import { PostalAddress } from "@/app/_components/postal-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.customers");
  return { title: t("detail.title"), robots: { index: false } };
}
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
  const t = await getTranslations("admin");
  const roles = await getTranslations("adminSettings.staff");
  const format = await adminFormat();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <LocaleLink href="/admin/customers">{t("customers.detail.back")}</LocaleLink>
      </p>
      <div className="page-head page-head-start">
        <h1 className="wrap-anywhere">{customer.name}</h1>
        {customer.disabledAt ? <span className="badge badge-danger">{t("customers.disabled")}</span> : null}
      </div>

      <dl className="stat-grid">
        <div className="stat">
          <dt>{t("customers.detail.orders")}</dt>
          <dd>{format.count(customer.orderCount)}</dd>
        </div>
        <div className="stat">
          <dt>{t("customers.detail.spent")}</dt>
          <dd>{format.amount(customer.spentMinor, customer.currency)}</dd>
        </div>
        <div className="stat">
          <dt>{t("customers.columns.created")}</dt>
          <dd className="stat-small">{format.day(customer.createdAt)}</dd>
        </div>
      </dl>

      <section aria-labelledby="profile-title" className="panel">
        <h2 id="profile-title">{t("customers.detail.account")}</h2>
        <dl className="meta-list">
          <dt>{t("customers.columns.email")}</dt>
          <dd className="wrap-anywhere">
            <a href={`mailto:${customer.email}`}>{customer.email}</a>
          </dd>
          <dt>{t("customers.detail.role")}</dt>
          <dd>{roles(`role.${customer.role}`)}</dd>
          <dt>{t("customers.detail.created")}</dt>
          <dd>{format.when(customer.createdAt)}</dd>
          <dt>{t("customers.columns.status")}</dt>
          <dd>
            {customer.disabledAt
              ? t("customers.detail.disabledSince", { when: format.when(customer.disabledAt) })
              : t("customers.active")}
          </dd>
        </dl>
        {viewer.role === "ADMIN" && viewer.id !== customer.id ? (
          <>
            <h3 className="subheading">{t("customers.detail.roleAndAccess")}</h3>
            <AccountControls
              account={{
                id: customer.id,
                name: customer.name,
                role: customer.role,
                disabled: customer.disabledAt !== null,
                twoFactor: customer.twoFactorEnabledAt !== null,
              }}
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="addresses-title" className="panel">
        <h2 id="addresses-title">{t("customers.detail.addresses")}</h2>
        {customer.addresses.length === 0 ? (
          <p>{t("customers.detail.noAddresses")}</p>
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
        <h2 id="orders-title">{t("customers.detail.orders")}</h2>
        {customer.orders.length === 0 ? (
          <p>{t("customers.detail.noOrders")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("customers.detail.ordersCaption")}</caption>
              <TableHead
                columns={[
                  t("customers.detail.columns.order"),
                  t("customers.detail.columns.placed"),
                  t("customers.columns.status"),
                  { label: t("customers.detail.columns.total"), num: true },
                  { label: t("customers.detail.columns.refunded"), num: true },
                ]}
              />
              <tbody>
                {customer.orders.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <LocaleLink href={`/admin/orders/${order.id}`}>{order.number}</LocaleLink>
                    </td>
                    <td>{format.when(order.createdAt)}</td>
                    <td>{t(`orderStatus.${order.status}`)}</td>
                    <td className="num">{format.amount(order.totalMinor, order.currency)}</td>
                    <td className="num">
                      {order.refundedMinor > 0 ? format.amount(order.refundedMinor, order.currency) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {customer.orderCount > customer.orders.length ? (
          <p className="muted">{t("customers.detail.recentOnly", { count: customer.orders.length })}</p>
        ) : null}
      </section>
    </main>
  );
}
