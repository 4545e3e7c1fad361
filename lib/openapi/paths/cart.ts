import { z } from "zod";
import { safeString } from "@/lib/validation";
import {
  MAX_CART_LINES,
  addCartLineSchema,
  cartLineRouteParamsSchema,
  setCartLineSchema,
  updateCartLineSchema,
} from "@/lib/cart/schemas";
import type { CartLineView, CartView } from "@/lib/cart/types";
import type { ApiOperation } from "../registry";
import { moneySchema, stockStateSchema } from "../shared";

const cartLineSchema: z.ZodType<CartLineView> = z
  .object({
    id: z.uuid(),
    variantId: z.uuid(),
    productSlug: safeString(),
    productName: safeString(),
    variantTitle: safeString(),
    sku: safeString(),
    quantity: z.number().int(),
    unitPrice: moneySchema,
    lineTotal: moneySchema,
    available: z.number().int(),
    stockState: stockStateSchema,
    image: z.object({ url: safeString(), alt: safeString() }).nullable(),
    problem: z
      .enum(["unavailable", "insufficient_stock"])
      .nullable()
      .meta({ description: "Why this line cannot be bought as it is; null when it can." }),
  })
  .meta({ id: "CartLine" });

export const cartSchema: z.ZodType<CartView> = z
  .object({
    id: z.uuid().nullable().meta({ description: "Null until something is added." }),
    lines: z.array(cartLineSchema),
    itemCount: z.number().int(),
    subtotal: moneySchema,
    canCheckout: z.boolean(),
  })
  .meta({ id: "Cart" });

const cartDescription =
  "A guest's cart is kept in the HttpOnly `cart` cookie set by the first addition; a signed-in customer's cart belongs to their account.";

export const cartOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/cart",
    tag: "Cart",
    summary: "Gets the caller's cart",
    description: `Live prices and availability. ${cartDescription}`,
    success: { status: 200, description: "The cart (empty when there is none).", schema: cartSchema },
  },
  {
    method: "post",
    path: "/api/cart/lines",
    tag: "Cart",
    summary: "Adds a product variant to the cart",
    description: `Quantities add up, capped at the per-line maximum and the stock available. Prices are never sent: the server prices the cart. ${cartDescription}`,
    body: addCartLineSchema,
    example: { variantId: "0b6f7c1e-4a5d-4c2b-9d3e-2f1a0b9c8d7e", quantity: 2 },
    success: {
      status: 201,
      description: "The updated cart, and how many were added (`capped` when fewer than asked).",
      schema: z.object({
        cart: cartSchema,
        added: z.object({ quantity: z.number().int(), capped: z.boolean() }),
      }),
    },
    errors: ["not_found", "out_of_stock", "conflict"],
  },
  {
    method: "put",
    path: "/api/cart/lines/{line}",
    tag: "Cart",
    summary: "Sets the quantity of a product variant in the cart",
    description: `Full replacement by variant: \`{line}\` is the product variant's id (a line's own id works too), and afterwards the cart holds exactly \`quantity\` of it, 0 meaning no line. Idempotent: sending the same request again changes nothing. A new line follows the rules of adding (sold variants only, at most ${MAX_CART_LINES} lines) and an existing one those of changing a quantity; a quantity beyond the stock available is refused (409 \`out_of_stock\`), never capped, and nothing is stored. ${cartDescription}`,
    params: cartLineRouteParamsSchema,
    body: setCartLineSchema,
    example: { quantity: 2 },
    success: { status: 200, description: "The updated cart.", schema: cartSchema },
    errors: ["not_found", "out_of_stock", "conflict"],
  },
  {
    method: "patch",
    path: "/api/cart/lines/{line}",
    tag: "Cart",
    summary: "Changes a line's quantity",
    description:
      "Partial change of an existing line, named by its id or its product variant's id; 404 when the cart has no such line.",
    params: cartLineRouteParamsSchema,
    body: updateCartLineSchema,
    example: { quantity: 3 },
    success: { status: 200, description: "The updated cart.", schema: cartSchema },
    errors: ["not_found", "out_of_stock"],
  },
  {
    method: "delete",
    path: "/api/cart/lines/{line}",
    tag: "Cart",
    summary: "Removes a line",
    description: "The line is named by its id or its product variant's id.",
    params: cartLineRouteParamsSchema,
    success: { status: 200, description: "The updated cart.", schema: cartSchema },
    errors: ["not_found"],
  },
];
