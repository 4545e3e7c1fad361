-- Adds a product option to the caller's cart in one round trip: the write half of lib/cart/add-to-cart.ts, which
-- validates the input and maps the refusals. The caller's cart is the signed-in shopper's (p_user) or the guest's
-- (p_cart, never a shopper's); one is created when there is none. The new quantity is computed from the line as it
-- is when written, so concurrent adds of the same item add up. Refusals raise 'shop:<reason>' (SQLSTATE P0001):
-- not_sold (unknown, inactive, archived), out_of_stock, too_many_lines; nothing is written then.
CREATE FUNCTION shop_add_to_cart(p_variant uuid, p_user uuid, p_cart uuid, p_quantity int, p_max_quantity int,
  p_max_lines int) RETURNS TABLE (cart_id uuid, line_quantity int, wanted int)
LANGUAGE plpgsql AS $$
DECLARE
  available int;
  the_cart uuid;
  had int;
  result int;
BEGIN
  SELECT GREATEST(v."stockOnHand" - v."stockReserved", 0) INTO available
  FROM product_variants v
  JOIN products p ON p.id = v."productId"
  JOIN categories cat ON cat.id = p."categoryId"
  WHERE v.id = p_variant AND v.active AND p.status = 'ACTIVE' AND NOT cat.archived;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:not_sold';
  END IF;
  IF available <= 0 THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:out_of_stock';
  END IF;

  IF p_user IS NOT NULL THEN
    -- A shopper has one cart; a concurrent first add finds the one the other made.
    INSERT INTO carts (id, "userId", "updatedAt") VALUES (gen_random_uuid(), p_user, now())
    ON CONFLICT ("userId") DO UPDATE SET "updatedAt" = now()
    RETURNING id INTO the_cart;
  ELSE
    UPDATE carts SET "updatedAt" = now() WHERE id = p_cart AND "userId" IS NULL RETURNING id INTO the_cart;
    IF the_cart IS NULL THEN
      INSERT INTO carts (id, "updatedAt") VALUES (gen_random_uuid(), now()) RETURNING id INTO the_cart;
    END IF;
  END IF;

  SELECT l.quantity INTO had FROM cart_lines l WHERE l."cartId" = the_cart AND l."variantId" = p_variant;
  IF had IS NULL AND (SELECT count(*) FROM cart_lines l WHERE l."cartId" = the_cart) >= p_max_lines THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:too_many_lines';
  END IF;

  INSERT INTO cart_lines AS l (id, "cartId", "variantId", quantity)
  VALUES (gen_random_uuid(), the_cart, p_variant, LEAST(p_quantity, p_max_quantity, available))
  ON CONFLICT ("cartId", "variantId")
    DO UPDATE SET quantity = LEAST(l.quantity + p_quantity, p_max_quantity, available)
  RETURNING l.quantity INTO result;

  RETURN QUERY SELECT the_cart, result, coalesce(had, 0) + p_quantity;
END;
$$;
