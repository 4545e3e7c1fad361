/* eslint-disable @next/next/no-img-element -- a generated data: PNG; next/image has nothing to optimise */
import { instructionRows, qrAltText } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import { renderQrDataUrl } from "@/lib/payments/bank-transfer/render-qr";

/**
 * How to pay a bank-transfer order: the details as a definition list (each value selectable, in the order a banking
 * app asks for them) and the payment QR code, whose alt text repeats every detail it carries.
 */
export async function PaymentInstructionsPanel({
  instructions,
  locale,
}: {
  instructions: PaymentInstructions;
  locale: string;
}) {
  const qr = instructions.qrPayload ? await renderQrDataUrl(instructions.qrPayload, 264) : null;
  return (
    <section aria-labelledby="pay-heading" className="notice notice-warn payment-instructions">
      <h2 id="pay-heading">Pay by bank transfer</h2>
      <div className="payment-instructions-body">
        <dl className="payment-details" data-testid="payment-instructions">
          {instructionRows(instructions, locale).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {qr ? (
          <figure className="payment-qr">
            <img src={qr} alt={qrAltText(instructions, locale)} width={264} height={264} data-testid="payment-qr" />
            <figcaption>Scan with your banking app</figcaption>
          </figure>
        ) : null}
      </div>
      <p>
        Quote the reference exactly so that we can match your payment. We ship when the money arrives; an order not paid
        by the date above is cancelled and its items go back on sale. The same details are in the e-mail we sent you.
      </p>
    </section>
  );
}
