import { z } from "zod";

/** Most units of one variant in a cart line; larger quantities are a conversation with the shop. */
export const MAX_LINE_QUANTITY = 20;
/** Written out (20, the limit above) so that it can be translated (lib/i18n/server-text.ts). */
const AT_MOST_PER_ORDER = "At most 20 of one item per order.";
/** Most distinct lines in one cart. */
export const MAX_CART_LINES = 50;

const quantity = z
  .number({ error: "Quantity must be a whole number." })
  .int("Quantity must be a whole number.")
  .min(1, "Quantity must be at least 1.")
  .max(MAX_LINE_QUANTITY, AT_MOST_PER_ORDER);

// Strict: a client that sends a price, total or anything else is refused, not silently trusted or ignored.
export const addCartLineSchema = z.strictObject({
  variantId: z.uuid("Choose a product option."),
  quantity: quantity.default(1),
});

export const updateCartLineSchema = z.strictObject({ quantity });

/** A whole line as PUT replaces it: the quantity wanted, 0 for none. */
export const setCartLineSchema = z.strictObject({
  quantity: z
    .number({ error: "Quantity must be a whole number." })
    .int("Quantity must be a whole number.")
    .min(0, "Quantity must be 0 (to remove) or more.")
    .max(MAX_LINE_QUANTITY, AT_MOST_PER_ORDER),
});

/** The cart forms name a line by its id. */
export const cartLineParamsSchema = z.object({ lineId: z.uuid("Unknown cart line.") });

/** /api/cart/lines/{line}: a line of the caller's cart, named by its id or by its product variant's id. */
export const cartLineRouteParamsSchema = z.object({ line: z.uuid("Unknown cart line or product option.") });

/** Form fields arrive as strings; the same rules apply after conversion. */
export const formQuantity = z.coerce.number({ error: "Quantity must be a whole number." }).pipe(quantity);

export type AddCartLine = z.infer<typeof addCartLineSchema>;
