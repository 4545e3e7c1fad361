import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { pageNumberSchema } from "@/lib/admin/list-page";
import { discountParamsSchema } from "@/lib/discounts/admin-schemas";
import { getDiscountCode } from "@/lib/discounts/get-discount-code";
import { staffGate } from "@/app/admin/_lib/gate";
import { settingsFormat } from "@/app/admin/_settings/format";
import { type RawSearchParams, firstParam, queryString } from "@/app/admin/_lib/search-params";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { ListPager } from "@/app/admin/_components/list-pager";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { setDiscountActiveAction } from "../actions";
import { discountState, discountStateClass, discountValueText } from "../discount-text";
import "../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.discounts");
  return { title: t("codeTitle"), robots: { index: false } };
}
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
  const state = discountState(code, new Date());
  const [t, tCommon, format] = await Promise.all([
    getTranslations("adminSettings.discounts"),
    getTranslations("adminSettings.common"),
    settingsFormat(),
  ]);
  const currency = code.currency ?? env.SHOP_CURRENCY;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/discounts">{t("back")}</Link>
      </p>
      <div className="page-head page-head-start">
        <h1 className="code-title">{code.code}</h1>
        <span className={discountStateClass[state]}>{t(`state.${state}`)}</span>
      </div>
      <PageNotice notice={firstParam(search.notice)} messages={{ created: t("created") }} />

      <dl className="stat-grid">
        <div className="stat">
          <dt>{t("detail.discount")}</dt>
          <dd>{discountValueText(code, format)}</dd>
        </div>
        <div className="stat">
          <dt>{t("detail.timesUsed")}</dt>
          <dd data-testid="times-used">
            {code.timesUsed}
            {code.usageLimit !== null ? <span className="stat-of"> {t("of", { limit: code.usageLimit })}</span> : null}
          </dd>
        </div>
        <div className="stat">
          <dt>{t("detail.ordersWithCode")}</dt>
          <dd>{code.redemptionCount}</dd>
        </div>
      </dl>

      <section aria-labelledby="rules-title" className="panel">
        <h2 id="rules-title">{t("detail.rules")}</h2>
        <dl className="meta-list">
          <dt>{t("detail.minOrder")}</dt>
          <dd>{code.minOrderMinor > 0 ? format.amount(code.minOrderMinor, currency) : t("detail.none")}</dd>
          <dt>{t("detail.starts")}</dt>
          <dd>{code.startsAt ? format.when(code.startsAt) : t("detail.atOnce")}</dd>
          <dt>{t("detail.ends")}</dt>
          <dd>{code.endsAt ? format.when(code.endsAt) : t("detail.never")}</dd>
          <dt>{t("detail.usageLimit")}</dt>
          <dd>{code.usageLimit ?? t("detail.none")}</dd>
          <dt>{t("detail.perCustomer")}</dt>
          <dd>{code.perCustomerLimit ?? t("detail.noLimit")}</dd>
          <dt>{t("detail.created")}</dt>
          <dd>{format.when(code.createdAt)}</dd>
        </dl>
        <ButtonAction
          action={setDiscountActiveAction}
          fields={{ id: code.id, active: code.active ? "false" : "true" }}
          label={code.active ? t("detail.disable") : t("detail.enable")}
          pendingLabel={tCommon("working")}
          secondary={code.active}
        />
      </section>

      <section aria-labelledby="redemptions-title" className="panel">
        <h2 id="redemptions-title">{t("detail.redemptions")}</h2>
        {redemptions.items.length === 0 ? (
          <p>{t("detail.noRedemptions")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("detail.columns.order")}</th>
                  <th scope="col">{t("detail.columns.placed")}</th>
                  <th scope="col">{t("detail.columns.email")}</th>
                  <th scope="col">{t("columns.status")}</th>
                  <th scope="col" className="num">
                    {t("detail.columns.discount")}
                  </th>
                  <th scope="col" className="num">
                    {t("detail.columns.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {redemptions.items.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link href={`/admin/orders/${row.order.id}`}>{row.order.number}</Link>
                    </td>
                    <td>{format.when(row.createdAt)}</td>
                    <td className="wrap-anywhere">{row.email}</td>
                    <td>{t(`orderStatus.${row.order.status}`)}</td>
                    <td className="num">{format.amount(row.order.discountMinor, row.order.currency)}</td>
                    <td className="num">{format.amount(row.order.totalMinor, row.order.currency)}</td>
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
          noun={t("detail.counted", { count: redemptions.total })}
          hrefFor={(page) => `/admin/discounts/${code.id}${queryString({ page: page > 1 ? page : undefined })}`}
        />
      </section>
    </main>
  );
}
