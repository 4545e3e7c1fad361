import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { currentUserId } from "@/lib/http/shopper";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { orderTokenValid } from "@/lib/orders/order-link";
import { type OrderReturns, getOrderReturns } from "@/lib/returns/get-order-returns";
import { closedReasonText } from "./closed-reason";
import { ReturnForm } from "./return-form";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("returns");
  return { title: t("returnItems"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string }> };

async function load(id: string, token: string): Promise<OrderReturns | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  try {
    return await getOrderReturns(db, id, { userId: await currentUserId(), linkValid: orderTokenValid(id, token) });
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "invalid_input")) return null;
    throw error;
  }
}

/** The shopper's return form: which items, how many, and why; or why nothing can be returned now. */
export default async function ReturnPage({ params, searchParams }: Props) {
  const [{ id }, { token = "" }] = await Promise.all([params, searchParams]);
  const view = await load(id, token);
  if (!view) notFound();
  const [t, language] = await Promise.all([getTranslations("returns"), currentLanguage()]);
  const orderHref = `/orders/${view.orderId}${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  const closes = view.window.closesAt
    ? new Date(view.window.closesAt).toLocaleDateString(formattingLocale(language), {
        dateStyle: "long",
        timeZone: env.SHOP_TIME_ZONE,
      })
    : null;
  return (
    <>
      <h1>{t("pageHeading", { number: view.orderNumber })}</h1>
      <p>
        <Link href={orderHref}>{t("backToOrder")}</Link>
      </p>
      {view.window.open ? (
        <>
          <p>
            {closes
              ? t("windowUntil", { days: view.window.days, date: closes })
              : t("window", { days: view.window.days })}{" "}
            {t("howItWorks")}
          </p>
          <PageTranslations namespaces={["returns"]}>
            <ReturnForm
              orderId={view.orderId}
              token={token}
              lines={view.lines.map((line) => ({
                orderLineId: line.orderLineId,
                label: `${line.productName}${line.variantTitle ? ` – ${line.variantTitle}` : ""}`,
                bought: line.quantity,
                returnable: line.returnable,
              }))}
            />
          </PageTranslations>
        </>
      ) : (
        <p className="notice notice-warn" role="status">
          {closedReasonText(view.window, language)}
        </p>
      )}
    </>
  );
}
