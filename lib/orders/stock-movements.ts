import type { Tx } from "@/lib/db";

// Stock for an order moves in exactly three ways after it is reserved at checkout, each called only from a status
// transition that can happen once: payment takes the units out of the warehouse count; cancellation or expiry
// gives the reservation back; cancelling a paid order that has not shipped puts the units back on the shelf.

/** On payment: on hand and reserved both drop by the order's quantities. */
export async function commitReservedStock(tx: Tx, orderId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE product_variants v
    SET "stockOnHand" = v."stockOnHand" - l.qty, "stockReserved" = v."stockReserved" - l.qty
    FROM (SELECT "variantId", sum(quantity)::int AS qty FROM order_lines WHERE "orderId" = ${orderId}::uuid GROUP BY 1) l
    WHERE v.id = l."variantId"`;
}

/** On cancellation or expiry of an unpaid order: the reservation is released. */
export async function releaseReservedStock(tx: Tx, orderId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE product_variants v
    SET "stockReserved" = v."stockReserved" - l.qty
    FROM (SELECT "variantId", sum(quantity)::int AS qty FROM order_lines WHERE "orderId" = ${orderId}::uuid GROUP BY 1) l
    WHERE v.id = l."variantId"`;
}

/** On cancelling a paid order before it ships: the units it took go back on the shelf. */
export async function returnCommittedStock(tx: Tx, orderId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE product_variants v
    SET "stockOnHand" = v."stockOnHand" + l.qty
    FROM (SELECT "variantId", sum(quantity)::int AS qty FROM order_lines WHERE "orderId" = ${orderId}::uuid GROUP BY 1) l
    WHERE v.id = l."variantId"`;
}
