import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { discountListQuerySchema } from "@/lib/discounts/admin-schemas";
import { listDiscountCodes } from "@/lib/discounts/list-discount-codes";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatDay } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ListPager } from "@/app/admin/_components/list-pager";
import { discountState, discountStateBadge, discountValueText } from "./discount-text";
import "../people.css";

export const metadata: Metadata = { title: "Discount codes", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function DiscountsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/discounts");
  const parsed = discountListQuerySchema.safeParse(flatParams(await searchParams));
  const result = await listDiscountCodes(db, parsed.success ? parsed.data : { page: 1 });
  const now = new Date();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Discount codes</h1>
        <Link href="/admin/discounts/new" className="button">
          New discount code
        </Link>
      </div>
      {result.items.length === 0 ? (
        <p>No discount codes yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Discount codes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Discount</th>
                <th scope="col" className="num">
                  Min. order
                </th>
                <th scope="col">Valid</th>
                <th scope="col" className="num">
                  Used
                </th>
                <th scope="col" className="num">
                  Orders
                </th>
                <th scope="col" className="num">
                  Per customer
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((code) => {
                const badge = discountStateBadge[discountState(code, now)];
                return (
                  <tr key={code.id}>
                    <td>
                      <Link href={`/admin/discounts/${code.id}`} className="code-link">
                        {code.code}
                      </Link>
                    </td>
                    <td>{discountValueText(code)}</td>
                    <td className="num">
                      {code.minOrderMinor > 0
                        ? formatAmount(code.minOrderMinor, code.currency ?? env.SHOP_CURRENCY)
                        : "—"}
                    </td>
                    <td>
                      {code.startsAt ? formatDay(code.startsAt) : "Any time"} –{" "}
                      {code.endsAt ? formatDay(code.endsAt) : "no end"}
                    </td>
                    <td className="num">
                      {code.timesUsed}
                      {code.usageLimit !== null ? ` of ${code.usageLimit}` : ""}
                    </td>
                    <td className="num">{code.redemptionCount}</td>
                    <td className="num">{code.perCustomerLimit ?? "—"}</td>
                    <td>
                      <span className={badge.className}>{badge.label}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ListPager
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun={{ one: "code", other: "codes" }}
        hrefFor={(page) => `/admin/discounts${queryString({ page: page > 1 ? page : undefined })}`}
      />
    </main>
  );
}
