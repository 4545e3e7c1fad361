import { InvoiceRecipient } from "@/app/_components/invoice-recipient";
import { formatIso, formatWhen } from "@/app/admin/_lib/format";
import { getOrderBuyer } from "@/lib/buyers/order-buyer";
import { db } from "@/lib/db";
import { type AcceptedLegalVersion, getOrderConsent } from "@/lib/legal/order-consent";

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
  const [consent, buyer] = await Promise.all([getOrderConsent(db, orderId), getOrderBuyer(db, orderId)]);
  if (!buyer) return null;
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
      <InvoiceRecipient buyer={buyer} headingLevel="h3" />
    </section>
  );
}
