import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { getOrderReturns } from "@/lib/returns/get-order-returns";
import { closedReasonText } from "./return/closed-reason";

/**
 * The order page's returns: what was asked for and where each return stands, and the way to return items while
 * the window is open. Shown from delivery on, or once anything was returned.
 */
export async function ReturnsSection({
  orderId,
  token,
  userId,
  linkValid,
  justRequested,
}: {
  orderId: string;
  token: string;
  userId: string | null;
  linkValid: boolean;
  justRequested: boolean;
}) {
  const view = await getOrderReturns(db, orderId, { userId, linkValid });
  if (view.returns.length === 0 && !view.window.deliveredAt) return null;
  const [t, language] = await Promise.all([getTranslations("returns"), currentLanguage()]);
  const closes = view.window.closesAt
    ? new Date(view.window.closesAt).toLocaleDateString(formattingLocale(language), {
        dateStyle: "long",
        timeZone: env.SHOP_TIME_ZONE,
      })
    : null;
  const returnHref = `/orders/${orderId}/return${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  return (
    <section aria-labelledby="returns-heading" className="notice" id="returns">
      <h2 id="returns-heading">{t("heading")}</h2>
      {justRequested ? (
        <p role="status">
          <strong>{t("received")}</strong> {t("whatNext")}
        </p>
      ) : null}
      {view.returns.length > 0 ? (
        <ul>
          {view.returns.map((ret) => (
            <li key={ret.id}>
              {t.rich("returnLine", {
                number: ret.number,
                status: t(`status.${ret.status}`),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}{" "}
              {ret.lines.map((l) => `${l.quantity} × ${l.productName}`).join(", ")}
              {ret.staffNote ? <span className="muted"> ({ret.staffNote})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {view.window.open ? (
        <p>
          {t("openUntil", { date: closes ?? "" })}{" "}
          <Link href={returnHref} className="button">
            {t("returnItems")}
          </Link>
        </p>
      ) : (
        <p>{closedReasonText(view.window, language)}</p>
      )}
    </section>
  );
}
