import { PostalAddress } from "@/app/_components/postal-address";
import { formatIso, formatWhen } from "@/app/admin/_lib/format";
import { buyerCompanySchema } from "@/lib/buyers/schemas";
import { db } from "@/lib/db";
import { type AcceptedLegalVersion, consentOf, orderConsentSelect } from "@/lib/legal/order-consent";
import { storedAddressSchema } from "@/lib/orders/schemas";

function Accepted({ label, version }: { label: string; version: AcceptedLegalVersion | null }) {
  return (
    <li>
      {label}:{" "}
      {version ? (
        <a href={version.path}>
          version {version.version} ({version.title})
        </a>
      ) : (
        "none published at the time"
      )}
    </li>
  );
}

/** What the shopper accepted at checkout and when, and who the invoice is made out to for a business buyer. */
export async function OrderConsentPanel({ orderId }: { orderId: string }) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { ...orderConsentSelect, buyerCompany: true, billingAddress: true },
  });
  if (!order) return null;
  const consent = consentOf(order);
  // Stored JSON is parsed, never trusted; a row that does not parse is shown as missing rather than breaking the page.
  const company = order.buyerCompany === null ? null : buyerCompanySchema.safeParse(order.buyerCompany).data;
  const billing = order.billingAddress === null ? null : storedAddressSchema.safeParse(order.billingAddress).data;
  return (
    <section aria-labelledby="consent-title" className="panel" data-testid="order-consent">
      <h2 id="consent-title">Terms accepted</h2>
      {consent ? (
        <>
          <ul>
            <Accepted label="Terms and conditions" version={consent.terms} />
            <Accepted label="Privacy notice" version={consent.privacy} />
          </ul>
          <p>
            Accepted <time dateTime={formatIso(consent.acceptedAt)}>{formatWhen(consent.acceptedAt)}</time>
          </p>
        </>
      ) : (
        <p className="muted">No acceptance on record (placed before checkout recorded it).</p>
      )}
      {company ? (
        <>
          <h3>Company</h3>
          <p className="wrap-anywhere">
            {company.name}
            {company.registrationNumber ? (
              <>
                <br />
                Registration number {company.registrationNumber}
              </>
            ) : null}
            {company.vatId ? (
              <>
                <br />
                VAT ID {company.vatId}
              </>
            ) : null}
          </p>
        </>
      ) : null}
      {billing ? (
        <>
          <h3>Invoice address</h3>
          <PostalAddress address={billing} className="wrap-anywhere" />
        </>
      ) : null}
    </section>
  );
}
