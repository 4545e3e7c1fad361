import type { CSSProperties } from "react";
import type { EmailLanguage } from "./email-language";
import { type OrderEmailData, money } from "./order-email-data";

const cell: CSSProperties = { padding: "6px 4px", borderBottom: "1px solid #e3dfd8", textAlign: "left" };
const num: CSSProperties = { ...cell, textAlign: "right", whiteSpace: "nowrap" };

/** Lines, VAT per rate and totals; shared by the order e-mails. */
export function OrderSummary({ order, lang }: { order: OrderEmailData; lang: EmailLanguage }) {
  const { t } = lang;
  const m = (minor: number) => money(minor, order.currency, lang.locale);
  return (
    <>
      <table style={{ width: "100%", borderCollapse: "collapse", fontSize: 14 }}>
        <thead>
          <tr>
            <th style={cell}>{t("email.summary.item")}</th>
            <th style={num}>{t("email.summary.quantity")}</th>
            <th style={num}>{t("email.summary.price")}</th>
            <th style={num}>{t("email.summary.vat")}</th>
            <th style={num}>{t("email.summary.total")}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={index}>
              <td style={cell}>{line.name}</td>
              <td style={num}>{line.quantity}</td>
              <td style={num}>{m(line.unitPriceMinor)}</td>
              <td style={num}>{percent(line.vatRatePercent, lang)} %</td>
              <td style={num}>{m(line.totalMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table style={{ width: "100%", borderCollapse: "collapse", fontSize: 14, marginTop: 12 }}>
        <tbody>
          {order.shippingMinor > 0 && (
            <tr>
              <td style={cell}>{t("email.summary.shipping")}</td>
              <td style={num}>{m(order.shippingMinor)}</td>
            </tr>
          )}
          {order.surchargeMinor > 0 && (
            <tr>
              <td style={cell}>{t("email.summary.surcharge", { method: order.paymentMethod })}</td>
              <td style={num}>{m(order.surchargeMinor)}</td>
            </tr>
          )}
          {order.discountMinor > 0 && (
            <tr>
              <td style={cell}>{t("email.summary.discount")}</td>
              <td style={num}>−{m(order.discountMinor)}</td>
            </tr>
          )}
          {order.vatBreakdown.map((row) => (
            <tr key={row.vatRatePercent}>
              <td style={cell}>
                {t("email.summary.vatOn", { rate: percent(row.vatRatePercent, lang), net: m(row.netMinor) })}
              </td>
              <td style={num}>{m(row.vatMinor)}</td>
            </tr>
          ))}
          <tr>
            <td style={{ ...cell, fontWeight: "bold" }}>{t("email.summary.total")}</td>
            <td style={{ ...num, fontWeight: "bold" }}>{m(order.totalMinor)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

/** A VAT rate as the language writes numbers: 10.5 → "10,5" in Czech. */
function percent(rate: number, lang: EmailLanguage): string {
  return new Intl.NumberFormat(lang.locale, { maximumFractionDigits: 2 }).format(rate);
}

export function orderSummaryText(order: OrderEmailData, lang: EmailLanguage): string {
  const { t } = lang;
  const m = (minor: number) => money(minor, order.currency, lang.locale);
  return [
    ...order.lines.map((line) =>
      t("email.summary.line", {
        quantity: line.quantity,
        name: line.name,
        price: m(line.unitPriceMinor),
        rate: percent(line.vatRatePercent, lang),
        total: m(line.totalMinor),
      }),
    ),
    "",
    order.shippingMinor > 0 ? `${t("email.summary.shipping")}: ${m(order.shippingMinor)}` : null,
    order.surchargeMinor > 0
      ? `${t("email.summary.surcharge", { method: order.paymentMethod })}: ${m(order.surchargeMinor)}`
      : null,
    order.discountMinor > 0 ? `${t("email.summary.discount")}: −${m(order.discountMinor)}` : null,
    ...order.vatBreakdown.map(
      (row) =>
        `${t("email.summary.vatOn", { rate: percent(row.vatRatePercent, lang), net: m(row.netMinor) })}: ${m(row.vatMinor)}`,
    ),
    `${t("email.summary.total")}: ${m(order.totalMinor)}`,
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}
