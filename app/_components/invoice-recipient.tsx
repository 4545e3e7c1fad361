import { PostalAddress } from "@/app/_components/postal-address";
import { defaultLanguage } from "@/lib/i18n/languages";
import { translator } from "@/lib/i18n/translator";
import type { OrderBuyer } from "@/lib/buyers/order-buyer";

/**
 * A business buyer's company and the invoice address, as the order recorded them; nothing for a consumer. In
 * `language` (the page's), the shop's own by default.
 */
export function InvoiceRecipient({
  buyer,
  headingLevel,
  language = defaultLanguage,
}: {
  buyer: OrderBuyer;
  headingLevel: "h2" | "h3";
  language?: string;
}) {
  const Heading = headingLevel;
  const t = translator(language);
  return (
    <>
      {buyer.company ? (
        <>
          <Heading>{t("order.company")}</Heading>
          <p className="wrap-anywhere" data-testid="buyer-company">
            {buyer.company.name}
            {buyer.company.registrationNumber ? (
              <>
                <br />
                {t("order.registrationNumber", { number: buyer.company.registrationNumber })}
              </>
            ) : null}
            {buyer.company.vatId ? (
              <>
                <br />
                {t("order.vatId", { id: buyer.company.vatId })}
              </>
            ) : null}
          </p>
        </>
      ) : null}
      {buyer.billingAddress ? (
        <>
          <Heading>{t("order.invoiceAddress")}</Heading>
          <PostalAddress address={buyer.billingAddress} className="wrap-anywhere" language={language} />
        </>
      ) : null}
    </>
  );
}
