import { getTranslations } from "next-intl/server";
import { PostalAddress } from "@/app/_components/postal-address";
import type { OrderBuyer } from "@/lib/buyers/order-buyer";

/** A business buyer's company and the invoice address, as the order recorded them; nothing for a consumer. */
export async function InvoiceRecipient({ buyer, headingLevel }: { buyer: OrderBuyer; headingLevel: "h2" | "h3" }) {
  const Heading = headingLevel;
  const t = await getTranslations("order");
  return (
    <>
      {buyer.company ? (
        <>
          <Heading>{t("company")}</Heading>
          <p className="wrap-anywhere" data-testid="buyer-company">
            {buyer.company.name}
            {buyer.company.registrationNumber ? (
              <>
                <br />
                {t("registrationNumber", { number: buyer.company.registrationNumber })}
              </>
            ) : null}
            {buyer.company.vatId ? (
              <>
                <br />
                {t("vatId", { id: buyer.company.vatId })}
              </>
            ) : null}
          </p>
        </>
      ) : null}
      {buyer.billingAddress ? (
        <>
          <Heading>{t("invoiceAddress")}</Heading>
          <PostalAddress address={buyer.billingAddress} className="wrap-anywhere" />
        </>
      ) : null}
    </>
  );
}
