/* eslint-disable @next/next/no-img-element -- a generated data: PNG; next/image has nothing to optimise */
import { getTranslations } from "next-intl/server";
import { formatIbanForPeople } from "@/lib/payments/bank-transfer/bank-account";
import { formatDueDate } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { renderQrDataUrl } from "@/lib/payments/bank-transfer/render-qr";
import { formatMoney } from "@/lib/money/money";

/**
 * How to pay a bank-transfer order: the details as a definition list (each value selectable, in the order a banking
 * app asks for them) and the payment QR code, whose alt text repeats every detail it carries. In the page's
 * language; `locale` formats the amount and the date.
 */
export async function PaymentInstructionsPanel({
  instructions,
  locale,
}: {
  instructions: PaymentInstructions;
  locale: string;
}) {
  const t = await getTranslations("payment");
  const qr = instructions.qrPayload ? await renderQrDataUrl(instructions.qrPayload, 264) : null;
  const amount = formatMoney(instructions.amount, locale);
  const iban = formatIbanForPeople(instructions.iban);
  const dueDate = formatDueDate(instructions.dueDate, locale);
  const rows: [string, string][] = [
    [t("accountHolder"), instructions.accountHolder],
    ["IBAN", iban],
    ...(instructions.bic ? ([["BIC", instructions.bic]] as [string, string][]) : []),
    [t("amountLabel"), amount],
    [t("currency"), instructions.amount.currency],
    [t("reference"), instructions.reference],
    [t("payBy"), dueDate],
  ];
  const alt = t("qrAlt", {
    amount,
    holder: instructions.accountHolder,
    iban,
    bic: instructions.bic ? `, BIC ${instructions.bic}` : "",
    reference: instructions.reference,
    date: dueDate,
  });
  return (
    <section aria-labelledby="pay-heading" className="notice notice-warn payment-instructions">
      <h2 id="pay-heading">{t("bankTransferHeading")}</h2>
      <div className="payment-instructions-body">
        <dl className="payment-details" data-testid="payment-instructions">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {qr ? (
          <figure className="payment-qr">
            <img src={qr} alt={alt} width={264} height={264} data-testid="payment-qr" />
            <figcaption>{t("scanQr")}</figcaption>
          </figure>
        ) : null}
      </div>
      <p>{t("transferNote")}</p>
    </section>
  );
}
