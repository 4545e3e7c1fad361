-- The language an order was placed in and a contact message was written in ("en", "cs"), so that their e-mails,
-- invoices and credit notes speak it. Rows from before languages existed were served in English.
-- AlterTable
ALTER TABLE "orders" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "contact_messages" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';

-- shop_place_order as 20261205050200_place_order_consent_keeps_emails made it, plus the order's language (p->>'locale';
-- the column's default when the caller names none).
CREATE OR REPLACE FUNCTION shop_place_order(p jsonb) RETURNS TABLE (order_id uuid, order_number text)
LANGUAGE plpgsql AS $$
DECLARE
  -- The app may choose the id, so that the e-mails it queues with the order can name it.
  new_id uuid := COALESCE((p->>'orderId')::uuid, gen_random_uuid());
  new_number text := nextval('order_number_seq')::text;
  wanted_count int;
  removed int;
  matched int;
  code_id uuid := (p->'discount'->>'id')::uuid;
  used int;
  refused text;
  ids uuid[];
  qtys int[];
  prices int[];
  -- Cash on delivery is accepted at once, without payment; everything else waits for its payment.
  cod boolean := p->>'paymentMethod' = 'cash_on_delivery';
  first_status "OrderStatus" := CASE WHEN p->>'paymentMethod' = 'cash_on_delivery'
    THEN 'CONFIRMED'::"OrderStatus" ELSE 'PENDING_PAYMENT'::"OrderStatus" END;
BEGIN
  -- Sold out as of the latest commit: refuse before writing or locking anything. Without this, during a sell-out
  -- every late checkout queued for the variant's row lock only to be refused there, one lock hand-over at a time.
  -- Stock only grows back by a committed change, so a refusal here is exact as of this statement; enough stock here
  -- is checked again under the lock below.
  SELECT string_agg(w.id::text, ',') INTO refused
  FROM (SELECT x."variantId" AS id, sum(x.quantity)::int AS qty
        FROM jsonb_to_recordset(p->'lines') AS x("variantId" uuid, quantity int)
        GROUP BY x."variantId") w
  JOIN product_variants v ON v.id = w.id
  WHERE v."stockOnHand" - v."stockReserved" < w.qty;
  IF refused IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:out_of_stock', DETAIL = refused;
  END IF;

  -- The order first: a second request with the same idempotency key stops here, on the unique index.
  INSERT INTO orders (id, number, "userId", email, status, currency, "itemsTotalMinor", "discountMinor",
    "shippingMinor", "surchargeMinor", "totalMinor", "vatMinor", "vatBreakdown", "shippingMethod", "shippingMethodId",
    "deliveryKind", "shippingAddress", "pickupLocationId", "pickupSnapshot", "discountCode", "idempotencyKey",
    "paymentProvider", "paymentMethod", "paymentDueAt", "expiresAt", "termsVersionId", "privacyVersionId",
    "termsAcceptedAt", "buyerCompany", "billingAddress", locale, "updatedAt")
  VALUES (new_id, new_number, (p->>'userId')::uuid, p->>'email', first_status, p->>'currency',
    (p->>'itemsTotalMinor')::int, (p->>'discountMinor')::int, (p->>'shippingMinor')::int,
    (p->>'surchargeMinor')::int, (p->>'totalMinor')::int, (p->>'vatMinor')::int, p->'vatBreakdown',
    p->>'shippingMethod', (p->>'shippingMethodId')::uuid, (p->>'deliveryKind')::"DeliveryKind",
    p->'shippingAddress', (p->>'pickupLocationId')::uuid, NULLIF(p->'pickupSnapshot', 'null'::jsonb),
    p->'discount'->>'code', p->>'idempotencyKey', p->>'paymentProvider', (p->>'paymentMethod')::"PaymentMethod",
    (p->>'paymentDueAt')::timestamptz, (p->>'expiresAt')::timestamptz, (p->>'termsVersionId')::uuid,
    (p->>'privacyVersionId')::uuid, (p->>'termsAcceptedAt')::timestamptz, NULLIF(p->'buyerCompany', 'null'::jsonb),
    NULLIF(p->'billingAddress', 'null'::jsonb), COALESCE(p->>'locale', 'en'), now());

  INSERT INTO order_lines (id, "orderId", "variantId", "productName", "variantTitle", sku, "unitPriceMinor",
    quantity, "vatRateBps", "grossMinor", "discountMinor", "vatMinor", position)
  SELECT gen_random_uuid(), new_id, x."variantId", x."productName", x."variantTitle", x.sku, x."unitPriceMinor",
    x.quantity, x."vatRateBps", x."grossMinor", x."discountMinor", x."vatMinor", x.position
  FROM jsonb_to_recordset(p->'lines') AS x("variantId" uuid, "productName" text, "variantTitle" text, sku text,
    "unitPriceMinor" int, quantity int, "vatRateBps" int, "grossMinor" int, "discountMinor" int, "vatMinor" int,
    position int);

  INSERT INTO order_events (id, "orderId", "toStatus", actor)
  VALUES (gen_random_uuid(), new_id, first_status, p->>'actor');

  INSERT INTO payments (id, "orderId", provider, "amountMinor", currency, reference, "redirectUrl", "updatedAt")
  VALUES ((p->'payment'->>'id')::uuid, new_id, p->>'paymentProvider', (p->>'totalMinor')::int, p->>'currency',
    p->'payment'->>'reference', p->'payment'->>'redirectUrl', now());

  -- The code's row lock makes concurrent redemptions queue; the per-customer count that follows is taken after it,
  -- so it sees every redemption committed ahead of this one.
  IF code_id IS NOT NULL THEN
    UPDATE discount_codes SET "timesUsed" = "timesUsed" + 1
    WHERE id = code_id AND active AND ("usageLimit" IS NULL OR "timesUsed" < "usageLimit");
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:discount_used_up';
    END IF;
    IF p->'discount'->>'perCustomerLimit' IS NOT NULL THEN
      SELECT count(*) INTO used FROM discount_redemptions
      WHERE "discountCodeId" = code_id AND email = p->>'email';
      IF used >= (p->'discount'->>'perCustomerLimit')::int THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:discount_customer_limit';
      END IF;
    END IF;
    INSERT INTO discount_redemptions (id, "discountCodeId", "orderId", email)
    VALUES (gen_random_uuid(), code_id, new_id, p->>'email');
  END IF;

  -- The cart is emptied only if it still holds exactly the lines that were priced: a line added or changed since,
  -- or a second checkout of the same cart that got here first, refuses the order.
  wanted_count := jsonb_array_length(p->'lines');
  WITH gone AS (
    DELETE FROM cart_lines WHERE "cartId" = (p->>'cartId')::uuid RETURNING "variantId", quantity
  )
  SELECT count(*), count(x."variantId") INTO removed, matched
  FROM gone g
  LEFT JOIN jsonb_to_recordset(p->'lines') AS x("variantId" uuid, quantity int)
    ON x."variantId" = g."variantId" AND x.quantity = g.quantity;
  IF removed <> wanted_count OR matched <> wanted_count THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:cart_changed';
  END IF;

  -- Stock last, so the variant rows stay locked only until the commit that follows. Quantities of the same variant
  -- are summed; the rows are locked in id order (no deadlocks between orders sharing variants), then checked and
  -- reserved while held.
  SELECT array_agg(g.id ORDER BY g.id), array_agg(g.qty ORDER BY g.id), array_agg(g.price ORDER BY g.id)
  INTO ids, qtys, prices
  FROM (SELECT x."variantId" AS id, sum(x.quantity)::int AS qty, max(x."unitPriceMinor") AS price
        FROM jsonb_to_recordset(p->'lines') AS x("variantId" uuid, quantity int, "unitPriceMinor" int)
        GROUP BY x."variantId") g;
  PERFORM 1 FROM product_variants v WHERE v.id = ANY (ids) ORDER BY v.id FOR UPDATE;

  -- A price or availability change between pricing and now refuses the order rather than charge another amount.
  SELECT string_agg(w.id::text, ',') INTO refused
  FROM unnest(ids, prices) AS w(id, price) LEFT JOIN product_variants v ON v.id = w.id
  WHERE v.id IS NULL OR NOT v.active OR v."priceMinor" <> w.price OR v.currency <> p->>'currency';
  IF refused IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:price_changed', DETAIL = refused;
  END IF;

  SELECT string_agg(w.id::text, ',') INTO refused
  FROM unnest(ids, qtys) AS w(id, qty) JOIN product_variants v ON v.id = w.id
  WHERE v."stockOnHand" - v."stockReserved" < w.qty;
  IF refused IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:out_of_stock', DETAIL = refused;
  END IF;

  -- Unpaid orders reserve their units until paid or expired; a cash-on-delivery order is confirmed, so its units
  -- leave the stock now, as a paid order's do (lib/orders/stock-movements.ts).
  IF cod THEN
    UPDATE product_variants v SET "stockOnHand" = v."stockOnHand" - w.qty
    FROM unnest(ids, qtys) AS w(id, qty)
    WHERE v.id = w.id;
  ELSE
    UPDATE product_variants v SET "stockReserved" = v."stockReserved" + w.qty
    FROM unnest(ids, qtys) AS w(id, qty)
    WHERE v.id = w.id;
  END IF;

  -- E-mails the new order sends (bank transfer: the payment instructions), queued in its transaction so they go
  -- out if and only if the order exists (lib/mail/enqueue-email.ts does the same for changes made through Prisma).
  INSERT INTO email_outbox (id, template, recipient, payload, "dedupeKey")
  SELECT gen_random_uuid(), e->>'template', e->>'to', e->'payload', e->>'dedupeKey'
  FROM jsonb_array_elements(COALESCE(p->'emails', '[]'::jsonb)) AS e
  ON CONFLICT ("dedupeKey") DO NOTHING;

  RETURN QUERY SELECT new_id, new_number;
END;
$$;
