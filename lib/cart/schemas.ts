import { z } from "zod";

/** Most units of one variant in a cart line; larger quantities are a conversation with the shop. */
export const MAX_LINE_QUANTITY = 20;
/** Most distinct lines in one cart. */
export const MAX_CART_LINES = 50;

const quantity = z
  .number({ error: "Quantity must be a whole number." })
  .int("Quantity must be a whole number.")
  .min(1, "Quantity must be at least 1.")
  .max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item per order.`);

// Strict: a client that sends a price, total or anything else is refused, not silently trusted or ignored.
export const addCartLineSchema = z.strictObject({
  variantId: z.uuid("Choose a product option."),
  quantity: quantity.default(1),
});

export const updateCartLineSchema = z.strictObject({ quantity });

export const cartLineParamsSchema = z.object({ lineId: z.uuid("Unknown cart line.") });

/** Form fields arrive as strings; the same rules apply after conversion. */
export const formQuantity = z.coerce.number({ error: "Quantity must be a whole number." }).pipe(quantity);

export type AddCartLine = z.infer<typeof addCartLineSchema>;
