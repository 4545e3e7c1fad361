import { TableHead } from "@/app/admin/_components/table-head";
import { getTranslations } from "next-intl/server";
import { adminFormat } from "@/app/admin/_lib/format";
import type { StaffOrderView } from "@/lib/orders/get-order-for-staff";

/** What was bought: the lines, the totals with refunds, and the VAT by rate. */
export async function OrderLinesPanel({ order }: { order: StaffOrderView }) {
  const t = await getTranslations("admin.orders.lines");
  const format = await adminFormat();
  const money = (minor: number) => format.amount(minor, order.currency);
  const percent = (bps: number) => t("rate", { rate: format.count(bps / 100) });
  return (
    <section aria-labelledby="lines-title" className="panel">
      <h2 id="lines-title">{t("title")}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <TableHead
            columns={[
              t("item"),
              t("sku"),
              { label: t("quantity"), num: true },
              { label: t("unitPrice"), num: true },
              { label: t("discount"), num: true },
              { label: t("vat"), num: true },
              { label: t("total"), num: true },
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
                <td className="num">{percent(line.vatRateBps)}</td>
                <td className="num">{money(line.grossMinor - line.discountMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <table className="order-totals" aria-label={t("totals")}>
        <tbody>
          <tr>
            <th scope="row">{t("title")}</th>
            <td className="num">{money(order.itemsTotalMinor + order.discountMinor)}</td>
          </tr>
          {order.discountMinor > 0 ? (
            <tr>
              <th scope="row">{t("discountCode", { code: order.discountCode ?? "" })}</th>
              <td className="num">−{money(order.discountMinor)}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row">{t("shipping", { method: order.shippingMethod })}</th>
            <td className="num">{money(order.shippingMinor)}</td>
          </tr>
          <tr className="order-total">
            <th scope="row">{t("total")}</th>
            <td className="num" data-testid="order-total">
              {money(order.totalMinor)}
            </td>
          </tr>
          <tr>
            <th scope="row">{t("refunded")}</th>
            <td className="num" data-testid="order-refunded">
              {order.refundedMinor > 0 ? `−${money(order.refundedMinor)}` : money(0)}
            </td>
          </tr>
          <tr className="order-total">
            <th scope="row">{t("netAfterRefunds")}</th>
            <td className="num" data-testid="order-net">
              {money(order.totalMinor - order.refundedMinor)}
            </td>
          </tr>
        </tbody>
      </table>

      <h3>{t("vatBreakdown")}</h3>
      <div className="table-scroll">
        <table className="data-table">
          <TableHead
            columns={[
              t("rateColumn"),
              { label: t("net"), num: true },
              { label: t("vat"), num: true },
              { label: t("gross"), num: true },
            ]}
          />
          <tbody>
            {order.vatBreakdown.map((row) => (
              <tr key={row.rateBps}>
                <td>{percent(row.rateBps)}</td>
                <td className="num">{money(row.netMinor)}</td>
                <td className="num">{money(row.vatMinor)}</td>
                <td className="num">{money(row.grossMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("allRates")}</th>
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
