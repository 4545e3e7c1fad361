/* eslint-disable @next/next/no-img-element -- an e-mail document, not a Next.js page */
import type { CSSProperties } from "react";
import { instructionRows, qrAltText } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";

/** The Content-ID of the QR code image attached to the message (see PAYMENT_QR_ATTACHMENT). */
export const PAYMENT_QR_CID = "payment-qr@shop";

const cell: CSSProperties = { padding: "4px 8px 4px 0", textAlign: "left", verticalAlign: "top" };

/**
 * Bank details, amount, reference and due date as a table, with the payment QR code. The QR code is an inline
 * attachment referenced by `cid:` — the form Gmail, Outlook and Apple Mail all show; they block `data:` images.
 */
export function PaymentInstructionsBlock({
  instructions,
  locale,
}: {
  instructions: PaymentInstructions;
  locale: string;
}) {
  return (
    <div style={{ border: "1px solid #1f5f4a", borderRadius: 6, padding: 16, margin: "16px 0" }}>
      <h2 style={{ fontSize: 16, marginTop: 0 }}>Pay by bank transfer</h2>
      <table style={{ borderCollapse: "collapse", fontSize: 14 }}>
        <tbody>
          {instructionRows(instructions, locale).map(([label, value]) => (
            <tr key={label}>
              <th scope="row" style={{ ...cell, fontWeight: "normal", color: "#5c5852" }}>
                {label}
              </th>
              <td style={{ ...cell, fontWeight: "bold" }}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {instructions.qrPayload ? (
        <>
          <p style={{ margin: "12px 0 4px" }}>Or scan this code with your banking app:</p>
          <img
            src={`cid:${PAYMENT_QR_CID}`}
            alt={qrAltText(instructions, locale)}
            width={200}
            height={200}
            style={{ display: "block" }}
          />
        </>
      ) : null}
      <p style={{ marginBottom: 0 }}>
        Please quote the reference exactly, so that we can match your payment to the order. We ship when the money
        arrives; an order not paid by the date above is cancelled.
      </p>
    </div>
  );
}
