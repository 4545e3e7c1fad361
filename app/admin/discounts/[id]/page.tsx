import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { pageNumberSchema } from "@/lib/admin/list-page";
import { discountParamsSchema } from "@/lib/discounts/admin-schemas";
import { getDiscountCode } from "@/lib/discounts/get-discount-code";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import { type RawSearchParams, firstParam, queryString } from "@/app/admin/_lib/search-params";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { ListPager } from "@/app/admin/_components/list-pager";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { setDiscountActiveAction } from "../actions";
import { discountState, discountStateBadge, discountValueText } from "../discount-text";
import "../../people.css";

export const metadata: Metadata = { title: "Discount code", robots: { index: false } };
export const dynamic = "force-dynamic";

async function load(id: string, page: number) {
  const parsed = discountParamsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  try {
    return await getDiscountCode(db, parsed.data.id, page);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function DiscountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  await staffGate("/admin/discounts");
  const { id } = await params;
  const search = await searchParams;
  const pageParsed = pageNumberSchema.safeParse(firstParam(search.page));
  const { code, redemptions } = await load(id, pageParsed.success ? pageParsed.data : 1);
  const badge = discountStateBadge[discountState(code, new Date())];
  const currency = code.currency ?? env.SHOP_CURRENCY;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/discounts">← Discount codes</Link>
      </p>
      <div className="page-head page-head-start">
        <h1 className="code-title">{code.code}</h1>
        <span className={badge.className}>{badge.label}</span>
      </div>
      <PageNotice notice={firstParam(search.notice)} messages={{ created: "The discount code has been created." }} />

      <dl className="stat-grid">
        <div className="stat">
          <dt>Discount</dt>
          <dd>{discountValueText(code)}</dd>
        </div>
        <div className="stat">
          <dt>Times used</dt>
          <dd data-testid="times-used">
            {code.timesUsed}
            {code.usageLimit !== null ? <span className="stat-of"> of {code.usageLimit}</span> : null}
          </dd>
        </div>
        <div className="stat">
          <dt>Orders with the code</dt>
          <dd>{code.redemptionCount}</dd>
        </div>
      </dl>

      <section aria-labelledby="rules-title" className="panel">
        <h2 id="rules-title">Rules</h2>
        <dl className="meta-list">
          <dt>Minimum order</dt>
          <dd>{code.minOrderMinor > 0 ? formatAmount(code.minOrderMinor, currency) : "None"}</dd>
          <dt>Starts</dt>
          <dd>{code.startsAt ? formatWhen(code.startsAt) : "At once"}</dd>
          <dt>Ends</dt>
          <dd>{code.endsAt ? formatWhen(code.endsAt) : "Never"}</dd>
          <dt>Usage limit</dt>
          <dd>{code.usageLimit ?? "None"}</dd>
          <dt>Per customer</dt>
          <dd>{code.perCustomerLimit ?? "No limit"}</dd>
          <dt>Created</dt>
          <dd>{formatWhen(code.createdAt)}</dd>
        </dl>
        <ButtonAction
          action={setDiscountActiveAction}
          fields={{ id: code.id, active: code.active ? "false" : "true" }}
          label={code.active ? "Disable the code" : "Enable the code"}
          secondary={code.active}
        />
      </section>

      <section aria-labelledby="redemptions-title" className="panel">
        <h2 id="redemptions-title">Orders that used it</h2>
        {redemptions.items.length === 0 ? (
          <p>No order has used this code yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Placed</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Discount
                  </th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {redemptions.items.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link href={`/admin/orders/${row.order.id}`}>{row.order.number}</Link>
                    </td>
                    <td>{formatWhen(row.createdAt)}</td>
                    <td className="wrap-anywhere">{row.email}</td>
                    <td>{orderStatusLabels[row.order.status]}</td>
                    <td className="num">{formatAmount(row.order.discountMinor, row.order.currency)}</td>
                    <td className="num">{formatAmount(row.order.totalMinor, row.order.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ListPager
          page={redemptions.page}
          pageCount={redemptions.pageCount}
          total={redemptions.total}
          noun={{ one: "order", other: "orders" }}
          hrefFor={(page) => `/admin/discounts/${code.id}${queryString({ page: page > 1 ? page : undefined })}`}
        />
      </section>
    </main>
  );
}
