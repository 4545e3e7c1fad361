import type { CSSProperties } from "react";
import { type OrderEmailData, money } from "./order-email-data";

const cell: CSSProperties = { padding: "6px 4px", borderBottom: "1px solid #e3dfd8", textAlign: "left" };
const num: CSSProperties = { ...cell, textAlign: "right", whiteSpace: "nowrap" };

/** Lines, VAT per rate and totals; shared by the order e-mails. */
export function OrderSummary({ order, locale }: { order: OrderEmailData; locale: string }) {
  const m = (minor: number) => money(minor, order.currency, locale);
  return (
    <>
      <table style={{ width: "100%", borderCollapse: "collapse", fontSize: 14 }}>
        <thead>
          <tr>
            <th style={cell}>Item</th>
            <th style={num}>Qty</th>
            <th style={num}>Price</th>
            <th style={num}>VAT</th>
            <th style={num}>Total</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={index}>
              <td style={cell}>{line.name}</td>
              <td style={num}>{line.quantity}</td>
              <td style={num}>{m(line.unitPriceMinor)}</td>
              <td style={num}>{line.vatRatePercent} %</td>
              <td style={num}>{m(line.totalMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table style={{ width: "100%", borderCollapse: "collapse", fontSize: 14, marginTop: 12 }}>
        <tbody>
          {order.shippingMinor > 0 && (
            <tr>
              <td style={cell}>Shipping</td>
              <td style={num}>{m(order.shippingMinor)}</td>
            </tr>
          )}
          {order.surchargeMinor > 0 && (
            <tr>
              <td style={cell}>{order.paymentMethod} surcharge</td>
              <td style={num}>{m(order.surchargeMinor)}</td>
            </tr>
          )}
          {order.discountMinor > 0 && (
            <tr>
              <td style={cell}>Discount</td>
              <td style={num}>−{m(order.discountMinor)}</td>
            </tr>
          )}
          {order.vatBreakdown.map((row) => (
            <tr key={row.vatRatePercent}>
              <td style={cell}>
                VAT {row.vatRatePercent} % on {m(row.netMinor)}
              </td>
              <td style={num}>{m(row.vatMinor)}</td>
            </tr>
          ))}
          <tr>
            <td style={{ ...cell, fontWeight: "bold" }}>Total</td>
            <td style={{ ...num, fontWeight: "bold" }}>{m(order.totalMinor)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function orderSummaryText(order: OrderEmailData, locale: string): string {
  const m = (minor: number) => money(minor, order.currency, locale);
  return [
    ...order.lines.map(
      (line) =>
        `${line.quantity} × ${line.name} (${m(line.unitPriceMinor)}, VAT ${line.vatRatePercent} %): ${m(line.totalMinor)}`,
    ),
    "",
    order.shippingMinor > 0 ? `Shipping: ${m(order.shippingMinor)}` : null,
    order.surchargeMinor > 0 ? `${order.paymentMethod} surcharge: ${m(order.surchargeMinor)}` : null,
    order.discountMinor > 0 ? `Discount: −${m(order.discountMinor)}` : null,
    ...order.vatBreakdown.map((row) => `VAT ${row.vatRatePercent} % on ${m(row.netMinor)}: ${m(row.vatMinor)}`),
    `Total: ${m(order.totalMinor)}`,
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}
