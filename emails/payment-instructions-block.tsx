/* eslint-disable @next/next/no-img-element -- an e-mail document, not a Next.js page */
import type { CSSProperties } from "react";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import type { EmailLanguage } from "./email-language";
import { localizedInstructionRows, localizedQrAltText } from "./payment-instructions-text";

/** The Content-ID of the QR code image attached to the message (see PAYMENT_QR_ATTACHMENT). */
export const PAYMENT_QR_CID = "payment-qr@shop";

const cell: CSSProperties = { padding: "4px 8px 4px 0", textAlign: "left", verticalAlign: "top" };

/**
 * Bank details, amount, reference and due date as a table, with the payment QR code. The QR code is an inline
 * attachment referenced by `cid:` — the form Gmail, Outlook and Apple Mail all show; they block `data:` images.
 */
export function PaymentInstructionsBlock({
  instructions,
  lang,
}: {
  instructions: PaymentInstructions;
  lang: EmailLanguage;
}) {
  const { t } = lang;
  return (
    <div style={{ border: "1px solid #1f5f4a", borderRadius: 6, padding: 16, margin: "16px 0" }}>
      <h2 style={{ fontSize: 16, marginTop: 0 }}>{t("email.bankTransfer.payByTransfer")}</h2>
      <table style={{ borderCollapse: "collapse", fontSize: 14 }}>
        <tbody>
          {localizedInstructionRows(instructions, lang).map(([label, value]) => (
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
          <p style={{ margin: "12px 0 4px" }}>{t("email.bankTransfer.scan")}</p>
          <img
            src={`cid:${PAYMENT_QR_CID}`}
            alt={localizedQrAltText(instructions, lang)}
            width={200}
            height={200}
            style={{ display: "block" }}
          />
        </>
      ) : null}
      <p style={{ marginBottom: 0 }}>{t("email.bankTransfer.quoteReference")}</p>
    </div>
  );
}
