import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { discountListQuerySchema } from "@/lib/discounts/admin-schemas";
import { listDiscountCodes } from "@/lib/discounts/list-discount-codes";
import { staffGate } from "@/app/admin/_lib/gate";
import { settingsFormat } from "@/app/admin/_settings/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ListPager } from "@/app/admin/_components/list-pager";
import { discountState, discountStateClass, discountValueText } from "./discount-text";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.discounts");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function DiscountsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/discounts");
  const parsed = discountListQuerySchema.safeParse(flatParams(await searchParams));
  const result = await listDiscountCodes(db, parsed.success ? parsed.data : { page: 1 });
  const now = new Date();
  const [t, format] = await Promise.all([getTranslations("adminSettings.discounts"), settingsFormat()]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <Link href="/admin/discounts/new" className="button">
          {t("newTitle")}
        </Link>
      </div>
      {result.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.code")}</th>
                <th scope="col">{t("columns.discount")}</th>
                <th scope="col" className="num">
                  {t("columns.minOrder")}
                </th>
                <th scope="col">{t("columns.valid")}</th>
                <th scope="col" className="num">
                  {t("columns.used")}
                </th>
                <th scope="col" className="num">
                  {t("columns.orders")}
                </th>
                <th scope="col" className="num">
                  {t("columns.perCustomer")}
                </th>
                <th scope="col">{t("columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((code) => {
                const state = discountState(code, now);
                return (
                  <tr key={code.id}>
                    <td>
                      <Link href={`/admin/discounts/${code.id}`} className="code-link">
                        {code.code}
                      </Link>
                    </td>
                    <td>{discountValueText(code, format)}</td>
                    <td className="num">
                      {code.minOrderMinor > 0
                        ? format.amount(code.minOrderMinor, code.currency ?? env.SHOP_CURRENCY)
                        : "—"}
                    </td>
                    <td>
                      {code.startsAt ? format.day(code.startsAt) : t("anyTime")} –{" "}
                      {code.endsAt ? format.day(code.endsAt) : t("noEnd")}
                    </td>
                    <td className="num">
                      {code.timesUsed}
                      {code.usageLimit !== null ? ` ${t("of", { limit: code.usageLimit })}` : ""}
                    </td>
                    <td className="num">{code.redemptionCount}</td>
                    <td className="num">{code.perCustomerLimit ?? "—"}</td>
                    <td>
                      <span className={discountStateClass[state]}>{t(`state.${state}`)}</span>
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
        noun={t("counted", { count: result.total })}
        hrefFor={(page) => `/admin/discounts${queryString({ page: page > 1 ? page : undefined })}`}
      />
    </main>
  );
}
