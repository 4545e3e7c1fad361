import type { Db, Tx } from "@/lib/db";

export interface ReturnableLine {
  orderLineId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  /** Units bought. */
  quantity: number;
  /** Units in returns that were not rejected (requested, approved, received or refunded). */
  returned: number;
  /** Units that may still be returned: quantity − returned. */
  returnable: number;
  unitPriceMinor: number;
}

/**
 * Each line of an order with how many of its units are already in a return and how many may still go back. Read
 * under the order's row lock (see request-return.ts), it is the number every new request is checked against.
 */
export async function returnableLines(db: Db | Tx, orderId: string): Promise<ReturnableLine[]> {
  const [lines, returned] = await Promise.all([
    db.orderLine.findMany({ where: { orderId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db.returnLine.groupBy({
      by: ["orderLineId"],
      where: { orderLine: { orderId }, returnRequest: { status: { not: "REJECTED" } } },
      _sum: { quantity: true },
    }),
  ]);
  const returnedByLine = new Map(returned.map((row) => [row.orderLineId, row._sum.quantity ?? 0]));
  return lines.map((line) => {
    const already = returnedByLine.get(line.id) ?? 0;
    return {
      orderLineId: line.id,
      productName: line.productName,
      variantTitle: line.variantTitle,
      sku: line.sku,
      quantity: line.quantity,
      returned: already,
      returnable: Math.max(0, line.quantity - already),
      unitPriceMinor: line.unitPriceMinor,
    };
  });
}
