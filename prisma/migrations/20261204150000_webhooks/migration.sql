-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "secret" TEXT NOT NULL,
    "previousSecret" TEXT,
    "previousSecretExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "endpointId" UUID NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstAttemptAt" TIMESTAMPTZ(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "completedAt" TIMESTAMPTZ(3),
    "redeliveryOf" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_attempts" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "statusCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "responseBody" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_events_dedupeKey_key" ON "webhook_events"("dedupeKey");

-- CreateIndex
CREATE INDEX "webhook_events_createdAt_idx" ON "webhook_events"("createdAt");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_nextAttemptAt_idx" ON "webhook_deliveries"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "webhook_deliveries_endpointId_status_seq_idx" ON "webhook_deliveries"("endpointId", "status", "seq");

-- CreateIndex
CREATE INDEX "webhook_deliveries_eventId_idx" ON "webhook_deliveries"("eventId");

-- CreateIndex
CREATE INDEX "webhook_attempts_endpointId_createdAt_idx" ON "webhook_attempts"("endpointId", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_attempts_deliveryId_createdAt_idx" ON "webhook_attempts"("deliveryId", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_attempts_createdAt_idx" ON "webhook_attempts"("createdAt");

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A redelivery staff ask for is a second delivery of the same event to the same endpoint; anything else is one.
CREATE UNIQUE INDEX "webhook_deliveries_first_per_endpoint" ON "webhook_deliveries"("eventId", "endpointId")
    WHERE "redeliveryOf" IS NULL;

ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_secret_shape"
    CHECK ("secret" LIKE 'whsec\_%' AND ("previousSecret" IS NULL OR "previousSecret" LIKE 'whsec\_%'));

-- ---------------------------------------------------------------------------------------------------------------
-- The outbox. Triggers on the tables whose changes are events call shop_enqueue_webhook inside the transaction
-- that makes the change, so an event exists if and only if its change committed, whatever code (a shop_* function,
-- Prisma, psql) made it. An event nobody subscribes to is not written at all.

CREATE FUNCTION "webhook_time"(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE FUNCTION "shop_enqueue_webhook"(p_type text, p_data jsonb, p_dedupe text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_id text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE active AND p_type = ANY(events)) THEN
    RETURN;
  END IF;
  v_id := 'msg_' || replace(gen_random_uuid()::text, '-', '');
  INSERT INTO webhook_events (id, type, payload, "dedupeKey")
  VALUES (v_id, p_type,
          jsonb_build_object('type', p_type, 'version', 1, 'timestamp', webhook_time(clock_timestamp()), 'data', p_data),
          p_dedupe)
  ON CONFLICT ("dedupeKey") DO NOTHING;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  INSERT INTO webhook_deliveries (id, "eventId", "endpointId")
  SELECT gen_random_uuid(), v_id, e.id FROM webhook_endpoints e
   WHERE e.active AND p_type = ANY(e.events)
   ORDER BY e.id;
END
$$;

-- The order as receivers see it (version 1 of the payload; documented in the OpenAPI document's webhooks).
CREATE FUNCTION "webhook_order_data"(p_order_id uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'id', o.id, 'number', o.number, 'status', o.status::text, 'email', o.email, 'currency', o.currency,
    'itemsTotalMinor', o."itemsTotalMinor", 'discountMinor', o."discountMinor", 'shippingMinor', o."shippingMinor",
    'totalMinor', o."totalMinor", 'vatMinor', o."vatMinor", 'refundedMinor', o."refundedMinor",
    'shippingMethod', o."shippingMethod", 'shippingAddress', o."shippingAddress",
    'paymentProvider', o."paymentProvider", 'paymentMethod', o."paymentMethod"::text,
    'deliveryKind', o."deliveryKind"::text, 'surchargeMinor', o."surchargeMinor", 'pickup', o."pickupSnapshot",
    'trackingNumber', o."trackingNumber", 'carrier', o.carrier,
    'createdAt', webhook_time(o."createdAt"), 'paidAt', webhook_time(o."paidAt"),
    'paymentDueAt', webhook_time(o."paymentDueAt"),
    'lines', COALESCE((
      SELECT jsonb_agg(jsonb_build_object(
               'variantId', l."variantId", 'sku', l.sku, 'productName', l."productName",
               'variantTitle', l."variantTitle", 'quantity', l.quantity, 'unitPriceMinor', l."unitPriceMinor",
               'grossMinor', l."grossMinor", 'discountMinor', l."discountMinor", 'vatRateBps', l."vatRateBps",
               'vatMinor', l."vatMinor") ORDER BY l.position)
        FROM order_lines l WHERE l."orderId" = o.id), '[]'::jsonb))
  FROM orders o WHERE o.id = p_order_id
$$;

-- Which status change is which event. CONFIRMED is a cash-on-delivery order ready to ship unpaid. EXPIRED (an
-- unpaid order that ran out of time) is a cancellation to receivers; REFUNDED comes from the refund itself
-- (order.refunded, for partial refunds too).
CREATE FUNCTION "webhook_order_event_type"(p_status text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_status
    WHEN 'CONFIRMED' THEN 'order.confirmed'
    WHEN 'PAID' THEN 'order.paid'
    WHEN 'SHIPPED' THEN 'order.shipped'
    WHEN 'DELIVERED' THEN 'order.delivered'
    WHEN 'CANCELLED' THEN 'order.cancelled'
    WHEN 'EXPIRED' THEN 'order.cancelled'
  END
$$;

-- An order placed straight into a later status (cash on delivery: CONFIRMED) also gets that status's event.
CREATE FUNCTION "webhook_order_created"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_type text := webhook_order_event_type(NEW.status::text);
BEGIN
  PERFORM shop_enqueue_webhook('order.created', webhook_order_data(NEW.id), 'order.created:' || NEW.id);
  IF v_type IS NOT NULL THEN
    PERFORM shop_enqueue_webhook(
      v_type,
      webhook_order_data(NEW.id) || jsonb_build_object('status', NEW.status::text, 'previousStatus', NULL),
      v_type || ':' || NEW.id || ':' || NEW.status::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "webhook_order_status_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_type text := webhook_order_event_type(NEW.status::text);
BEGIN
  IF v_type IS NOT NULL THEN
    PERFORM shop_enqueue_webhook(
      v_type,
      webhook_order_data(NEW.id) || jsonb_build_object('status', NEW.status::text, 'previousStatus', OLD.status::text),
      v_type || ':' || NEW.id || ':' || NEW.status::text);
  END IF;
  RETURN NULL;
END
$$;

-- At commit, so the order's lines (written after the order row) are in the payload.
CREATE CONSTRAINT TRIGGER "orders_webhook_created" AFTER INSERT ON "orders"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "webhook_order_created"();

CREATE TRIGGER "orders_webhook_status" AFTER UPDATE OF "status" ON "orders"
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION "webhook_order_status_changed"();

-- A refund the provider confirmed, partial or full; at commit, so the order's refunded amount and status are final.
CREATE FUNCTION "webhook_refund_succeeded"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'SUCCEEDED' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
    PERFORM shop_enqueue_webhook(
      'order.refunded',
      webhook_order_data(NEW."orderId") || jsonb_build_object('refund', jsonb_build_object(
        'id', NEW.id, 'amountMinor', NEW."amountMinor", 'currency', NEW.currency, 'reason', NEW.reason)),
      'order.refunded:' || NEW.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "refunds_webhook_succeeded" AFTER INSERT OR UPDATE OF "status" ON "refunds"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "webhook_refund_succeeded"();

-- Products: what the catalog shows of them, stock counts aside (stock.low covers those).
CREATE FUNCTION "webhook_product_data"(p_product_id uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'id', p.id, 'slug', p.slug, 'name', p.name, 'description', p.description, 'status', p.status::text,
    'categoryId', p."categoryId", 'vatRateBps', p."vatRateBps", 'optionNames', to_jsonb(p."optionNames"),
    'createdAt', webhook_time(p."createdAt"), 'updatedAt', webhook_time(p."updatedAt"),
    'variants', COALESCE((
      SELECT jsonb_agg(jsonb_build_object(
               'id', v.id, 'sku', v.sku, 'optionValues', v."optionValues", 'priceMinor', v."priceMinor",
               'currency', v.currency, 'active', v.active, 'weightGrams', v."weightGrams",
               'available', GREATEST(v."stockOnHand" - v."stockReserved", 0)) ORDER BY v.position, v.id)
        FROM product_variants v WHERE v."productId" = p.id), '[]'::jsonb))
  FROM products p WHERE p.id = p_product_id
$$;

-- One product.created, or one product.updated, per product and transaction, built at commit with its final state.
CREATE FUNCTION "webhook_product_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_product_id uuid;
  v_type text := 'product.updated';
  v_data jsonb;
BEGIN
  -- Separate statements: PL/pgSQL resolves NEW's fields when it runs a statement, and products has no productId.
  IF TG_TABLE_NAME = 'products' THEN
    v_product_id := NEW.id;
    IF TG_OP = 'INSERT' THEN
      v_type := 'product.created';
    END IF;
  ELSE
    v_product_id := NEW."productId";
  END IF;
  v_data := webhook_product_data(v_product_id);
  IF v_data IS NOT NULL THEN
    PERFORM shop_enqueue_webhook(v_type, v_data, 'product:' || v_product_id || ':' || txid_current());
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "products_webhook_created" AFTER INSERT ON "products"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "webhook_product_changed"();

CREATE CONSTRAINT TRIGGER "products_webhook_updated" AFTER UPDATE ON "products"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'updatedAt' - 'searchVector') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt' - 'searchVector'))
    EXECUTE FUNCTION "webhook_product_changed"();

CREATE CONSTRAINT TRIGGER "product_variants_webhook_added" AFTER INSERT ON "product_variants"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "webhook_product_changed"();

-- Reservations and sales move stock on every order; they are not product updates.
CREATE CONSTRAINT TRIGGER "product_variants_webhook_updated" AFTER UPDATE ON "product_variants"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'stockOnHand' - 'stockReserved' - 'updatedAt')
          IS DISTINCT FROM (to_jsonb(NEW) - 'stockOnHand' - 'stockReserved' - 'updatedAt'))
    EXECUTE FUNCTION "webhook_product_changed"();

-- stock.low: a variant's available units fall to the shop's low-stock threshold or below. The threshold is the
-- storefront's (LOW_STOCK_THRESHOLD in lib/catalog/stock-state.ts), which every connection the shop opens passes
-- as the setting shop.low_stock_threshold; a session without it (psql) raises no stock.low.
CREATE FUNCTION "webhook_stock_low"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM shop_enqueue_webhook('stock.low', jsonb_build_object(
    'variantId', NEW.id, 'sku', NEW.sku, 'productId', NEW."productId",
    'productName', (SELECT name FROM products WHERE id = NEW."productId"),
    'stockOnHand', NEW."stockOnHand", 'stockReserved', NEW."stockReserved",
    'available', GREATEST(NEW."stockOnHand" - NEW."stockReserved", 0),
    'threshold', current_setting('shop.low_stock_threshold')::int));
  RETURN NULL;
END
$$;

CREATE TRIGGER "product_variants_webhook_stock_low" AFTER UPDATE ON "product_variants"
    FOR EACH ROW WHEN (
        NEW.active
        AND NEW."stockOnHand" - NEW."stockReserved" <= NULLIF(current_setting('shop.low_stock_threshold', true), '')::int
        AND OLD."stockOnHand" - OLD."stockReserved" > NULLIF(current_setting('shop.low_stock_threshold', true), '')::int)
    EXECUTE FUNCTION "webhook_stock_low"();

-- contact.received: a message that is not spam, as staff see it in the inbox.
CREATE FUNCTION "webhook_contact_received"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM shop_enqueue_webhook('contact.received', jsonb_build_object(
    'id', NEW.id, 'name', NEW.name, 'email', NEW.email, 'subject', NEW.subject::text,
    'orderNumber', NEW."orderNumber", 'message', NEW.message, 'createdAt', webhook_time(NEW."createdAt")),
    'contact.received:' || NEW.id);
  RETURN NULL;
END
$$;

CREATE TRIGGER "contact_messages_webhook_received" AFTER INSERT ON "contact_messages"
    FOR EACH ROW WHEN (NEW.status <> 'SPAM') EXECUTE FUNCTION "webhook_contact_received"();
