-- A cart's lines as the cart page, the cart API and add to cart show them (lib/cart/get-cart.ts maps the rows):
-- live price and stock, the product, its first picture, and the line's place in the cart. VOLATILE (the default), so
-- called after shop_add_to_cart in the same statement it sees the line just written: add to cart is one round trip.
-- PL/pgSQL keeps the query's plan for the connection. ROWS tells the planner how small these are: with the default
-- of 1,000 rows per function, add to cart and read was costed high enough for PostgreSQL to JIT-compile it on every
-- call (~5-10 ms each).
CREATE FUNCTION shop_cart_lines(p_cart uuid) RETURNS TABLE (
  "id" uuid, "variantId" uuid, "sku" text, "quantity" int, "priceMinor" int, "currency" char(3), "stockOnHand" int,
  "stockReserved" int, "active" boolean, "optionValues" jsonb, "productSlug" text, "productName" text,
  "productStatus" text, "optionNames" text[], "imageUrl" text, "imageAlt" text, "position" bigint)
LANGUAGE plpgsql ROWS 10 AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT l.id, l."variantId", v.sku, l.quantity, v."priceMinor", v.currency, v."stockOnHand", v."stockReserved",
         v.active, v."optionValues", p.slug, p.name, p.status::text, p."optionNames", img.url, img.alt,
         row_number() OVER (ORDER BY l."createdAt", l.id)
  FROM cart_lines l
  JOIN product_variants v ON v.id = l."variantId"
  JOIN products p ON p.id = v."productId"
  LEFT JOIN LATERAL (
    SELECT i.url, i.alt FROM product_images i WHERE i."productId" = p.id ORDER BY i.position LIMIT 1
  ) img ON true
  WHERE l."cartId" = p_cart;
END;
$$;

ALTER FUNCTION shop_add_to_cart(uuid, uuid, uuid, int, int, int) ROWS 1;
