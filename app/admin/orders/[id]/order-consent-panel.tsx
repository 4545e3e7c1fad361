import { getTranslations } from "next-intl/server";
import { InvoiceRecipient } from "@/app/_components/invoice-recipient";
import { adminFormat, formatIso } from "@/app/admin/_lib/format";
import { getOrderBuyer } from "@/lib/buyers/order-buyer";
import { currentLanguage } from "@/lib/i18n/request-language";
import { db } from "@/lib/db";
import { type AcceptedLegalVersion, getOrderConsent } from "@/lib/legal/order-consent";

function Accepted({
  label,
  version,
  describe,
  none,
}: {
  label: string;
  version: AcceptedLegalVersion | null;
  describe: (version: AcceptedLegalVersion) => string;
  none: string;
}) {
  return (
    <li>
      {label}: {version ? <a href={version.path}>{describe(version)}</a> : none}
    </li>
  );
}

/** What the shopper accepted at checkout and when, and who the invoice is made out to for a business buyer. */
export async function OrderConsentPanel({ orderId }: { orderId: string }) {
  const [consent, buyer] = await Promise.all([getOrderConsent(db, orderId), getOrderBuyer(db, orderId)]);
  if (!buyer) return null;
  const t = await getTranslations("admin.orders.consent");
  const format = await adminFormat();
  const describe = (version: AcceptedLegalVersion) => t("version", { version: version.version, title: version.title });
  return (
    <section aria-labelledby="consent-title" className="panel" data-testid="order-consent">
      <h2 id="consent-title">{t("title")}</h2>
      {consent ? (
        <>
          <ul>
            <Accepted label={t("terms")} version={consent.terms} describe={describe} none={t("nonePublished")} />
            <Accepted label={t("privacy")} version={consent.privacy} describe={describe} none={t("nonePublished")} />
          </ul>
          <p>
            {t("accepted")} <time dateTime={formatIso(consent.acceptedAt)}>{format.when(consent.acceptedAt)}</time>
          </p>
        </>
      ) : (
        <p className="muted">{t("noneOnRecord")}</p>
      )}
      <InvoiceRecipient buyer={buyer} headingLevel="h3" language={await currentLanguage()} />
    </section>
  );
}
