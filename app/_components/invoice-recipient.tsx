import { PostalAddress } from "@/app/_components/postal-address";
import type { OrderBuyer } from "@/lib/buyers/order-buyer";

/** A business buyer's company and the invoice address, as the order recorded them; nothing for a consumer. */
export function InvoiceRecipient({ buyer, headingLevel }: { buyer: OrderBuyer; headingLevel: "h2" | "h3" }) {
  const Heading = headingLevel;
  return (
    <>
      {buyer.company ? (
        <>
          <Heading>Company</Heading>
          <p className="wrap-anywhere" data-testid="buyer-company">
            {buyer.company.name}
            {buyer.company.registrationNumber ? (
              <>
                <br />
                Registration number {buyer.company.registrationNumber}
              </>
            ) : null}
            {buyer.company.vatId ? (
              <>
                <br />
                VAT ID {buyer.company.vatId}
              </>
            ) : null}
          </p>
        </>
      ) : null}
      {buyer.billingAddress ? (
        <>
          <Heading>Invoice address</Heading>
          <PostalAddress address={buyer.billingAddress} className="wrap-anywhere" />
        </>
      ) : null}
    </>
  );
}
