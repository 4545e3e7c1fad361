import type { Db } from "@/lib/db";
import { storedAddressSchema } from "@/lib/orders/schemas";
import type { z } from "zod";
import { type BuyerCompany, buyerCompanySchema } from "./schemas";

export interface OrderBuyer {
  company: BuyerCompany | null;
  billingAddress: z.infer<typeof storedAddressSchema> | null;
}

/**
 * Who an order is invoiced to besides the shopper: a business buyer's company and a separate billing address, each
 * null when not given. The stored JSON is parsed; a value that does not parse is treated as missing rather than
 * breaking the page that shows it. Null for an unknown order.
 */
export async function getOrderBuyer(db: Db, orderId: string): Promise<OrderBuyer | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { buyerCompany: true, billingAddress: true },
  });
  if (!order) return null;
  return {
    company: order.buyerCompany === null ? null : (buyerCompanySchema.safeParse(order.buyerCompany).data ?? null),
    billingAddress:
      order.billingAddress === null ? null : (storedAddressSchema.safeParse(order.billingAddress).data ?? null),
  };
}
