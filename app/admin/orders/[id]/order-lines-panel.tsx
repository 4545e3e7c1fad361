import { TableHead } from "@/app/admin/_components/table-head";
import { formatAmount } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** What was bought: the lines, the totals with refunds, and the VAT by rate. */
export function OrderLinesPanel({ order }: { order: StaffOrderView }) {
  const money = (minor: number) => formatAmount(minor, order.currency);
  return (
    <section aria-labelledby="lines-title" className="panel">
      <h2 id="lines-title">Items</h2>
      <div className="table-scroll">
        <table className="data-table">
          <TableHead
            columns={[
              "Item",
              "SKU",
              { label: "Qty", num: true },
              { label: "Unit price", num: true },
              { label: "Discount", num: true },
              { label: "VAT", num: true },
              { label: "Total", num: true },
            ]}
          />
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.sku}>
                <td>
                  {line.productName}
                  {line.variantTitle ? <span className="muted"> — {line.variantTitle}</span> : null}
                </td>
                <td>{line.sku}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">{money(line.unitPriceMinor)}</td>
                <td className="num">{line.discountMinor > 0 ? `−${money(line.discountMinor)}` : "—"}</td>
                <td className="num">{line.vatRateBps / 100} %</td>
                <td className="num">{money(line.grossMinor - line.discountMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <table className="order-totals" aria-label="Totals">
        <tbody>
          <tr>
            <th scope="row">Items</th>
            <td className="num">{money(order.itemsTotalMinor + order.discountMinor)}</td>
          </tr>
          {order.discountMinor > 0 ? (
            <tr>
              <th scope="row">Discount {order.discountCode}</th>
              <td className="num">−{money(order.discountMinor)}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row">Shipping ({order.shippingMethod})</th>
            <td className="num">{money(order.shippingMinor)}</td>
          </tr>
          <tr className="order-total">
            <th scope="row">Total</th>
            <td className="num" data-testid="order-total">
              {money(order.totalMinor)}
            </td>
          </tr>
          <tr>
            <th scope="row">Refunded</th>
            <td className="num" data-testid="order-refunded">
              {order.refundedMinor > 0 ? `−${money(order.refundedMinor)}` : money(0)}
            </td>
          </tr>
          <tr className="order-total">
            <th scope="row">Net after refunds</th>
            <td className="num" data-testid="order-net">
              {money(order.totalMinor - order.refundedMinor)}
            </td>
          </tr>
        </tbody>
      </table>

      <h3>VAT breakdown</h3>
      <div className="table-scroll">
        <table className="data-table">
          <TableHead
            columns={["Rate", { label: "Net", num: true }, { label: "VAT", num: true }, { label: "Gross", num: true }]}
          />
          <tbody>
            {order.vatBreakdown.map((row) => (
              <tr key={row.rateBps}>
                <td>{row.rateBps / 100} %</td>
                <td className="num">{money(row.netMinor)}</td>
                <td className="num">{money(row.vatMinor)}</td>
                <td className="num">{money(row.grossMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All rates</th>
              <td className="num">{money(order.totalMinor - order.vatMinor)}</td>
              <td className="num">{money(order.vatMinor)}</td>
              <td className="num">{money(order.totalMinor)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
