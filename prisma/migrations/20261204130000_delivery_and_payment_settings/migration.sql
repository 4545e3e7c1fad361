-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('card', 'bank_transfer', 'cash_on_delivery', 'test');

-- CreateEnum
CREATE TYPE "DeliveryKind" AS ENUM ('HOME_DELIVERY', 'CLICK_AND_COLLECT');

-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'CONFIRMED';

-- AlterTable
ALTER TABLE "product_variants" ADD COLUMN     "weightGrams" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "deliveryKind" "DeliveryKind" NOT NULL DEFAULT 'HOME_DELIVERY',
ADD COLUMN     "paymentDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "paymentMethod" "PaymentMethod" NOT NULL DEFAULT 'card',
ADD COLUMN     "pickupLocationId" UUID,
ADD COLUMN     "pickupSnapshot" JSONB,
ADD COLUMN     "shippingMethodId" UUID,
ADD COLUMN     "surchargeMinor" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "delivery_zones" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delivery_zones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_methods" (
    "id" UUID NOT NULL,
    "zoneId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "DeliveryKind" NOT NULL DEFAULT 'HOME_DELIVERY',
    "priceMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "freeFromMinor" INTEGER,
    "paymentMethods" "PaymentMethod"[] DEFAULT ARRAY[]::"PaymentMethod"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delivery_methods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_weight_bands" (
    "id" UUID NOT NULL,
    "methodId" UUID NOT NULL,
    "maxGrams" INTEGER NOT NULL,
    "priceMinor" INTEGER NOT NULL,

    CONSTRAINT "delivery_weight_bands_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pickup_locations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "line1" TEXT NOT NULL,
    "line2" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "openingHours" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pickup_locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_method_settings" (
    "method" "PaymentMethod" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "instructions" TEXT NOT NULL DEFAULT '',
    "surchargeMinor" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "reservationDays" INTEGER NOT NULL DEFAULT 7,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_method_settings_pkey" PRIMARY KEY ("method")
);

-- CreateTable
CREATE TABLE "bank_accounts" (
    "id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "accountHolder" TEXT NOT NULL,
    "iban" TEXT NOT NULL,
    "bic" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bank_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delivery_methods_zoneId_position_idx" ON "delivery_methods"("zoneId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_weight_bands_methodId_maxGrams_key" ON "delivery_weight_bands"("methodId", "maxGrams");

-- CreateIndex
CREATE UNIQUE INDEX "bank_accounts_currency_key" ON "bank_accounts"("currency");

-- CreateIndex
CREATE INDEX "orders_shippingMethodId_idx" ON "orders"("shippingMethodId");

-- CreateIndex
CREATE INDEX "orders_pickupLocationId_idx" ON "orders"("pickupLocationId");

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_shippingMethodId_fkey" FOREIGN KEY ("shippingMethodId") REFERENCES "delivery_methods"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_pickupLocationId_fkey" FOREIGN KEY ("pickupLocationId") REFERENCES "pickup_locations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_methods" ADD CONSTRAINT "delivery_methods_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "delivery_zones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_weight_bands" ADD CONSTRAINT "delivery_weight_bands_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "delivery_methods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here: what Prisma cannot express.

ALTER TABLE "delivery_zones" ALTER COLUMN "countries" SET NOT NULL;
ALTER TABLE "delivery_methods" ALTER COLUMN "paymentMethods" SET NOT NULL;

ALTER TABLE "product_variants"
    ADD CONSTRAINT "product_variants_weight_nonnegative" CHECK ("weightGrams" >= 0);

-- Orders placed before payment methods existed were paid by card, or through the built-in test provider.
UPDATE "orders" SET "paymentMethod" = 'test' WHERE "paymentProvider" = 'test';

ALTER TABLE "orders" DROP CONSTRAINT "orders_total_adds_up";
ALTER TABLE "orders"
    ADD CONSTRAINT "orders_total_adds_up" CHECK ("totalMinor" = "itemsTotalMinor" + "shippingMinor" + "surchargeMinor"),
    ADD CONSTRAINT "orders_surcharge_nonnegative" CHECK ("surchargeMinor" >= 0),
    ADD CONSTRAINT "orders_pickup_needs_snapshot" CHECK ("deliveryKind" <> 'CLICK_AND_COLLECT' OR "pickupSnapshot" IS NOT NULL);

ALTER TABLE "delivery_zones"
    ADD CONSTRAINT "delivery_zones_countries_iso" CHECK (array_to_string("countries", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
    ADD CONSTRAINT "delivery_zones_name_present" CHECK (length(btrim("name")) > 0);

ALTER TABLE "delivery_methods"
    ADD CONSTRAINT "delivery_methods_price_nonnegative" CHECK ("priceMinor" >= 0),
    ADD CONSTRAINT "delivery_methods_free_from_nonnegative" CHECK ("freeFromMinor" IS NULL OR "freeFromMinor" >= 0),
    ADD CONSTRAINT "delivery_methods_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$'),
    ADD CONSTRAINT "delivery_methods_name_present" CHECK (length(btrim("name")) > 0);

ALTER TABLE "delivery_weight_bands"
    ADD CONSTRAINT "delivery_weight_bands_max_positive" CHECK ("maxGrams" > 0),
    ADD CONSTRAINT "delivery_weight_bands_price_nonnegative" CHECK ("priceMinor" >= 0);

ALTER TABLE "pickup_locations"
    ADD CONSTRAINT "pickup_locations_country_iso" CHECK ("country" ~ '^[A-Z]{2}$');

ALTER TABLE "payment_method_settings"
    ADD CONSTRAINT "payment_method_settings_surcharge_nonnegative" CHECK ("surchargeMinor" >= 0),
    ADD CONSTRAINT "payment_method_settings_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$'),
    ADD CONSTRAINT "payment_method_settings_reservation_days" CHECK ("reservationDays" BETWEEN 1 AND 60);

ALTER TABLE "bank_accounts"
    ADD CONSTRAINT "bank_accounts_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$'),
    ADD CONSTRAINT "bank_accounts_iban_format" CHECK ("iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    ADD CONSTRAINT "bank_accounts_bic_format" CHECK ("bic" IS NULL OR "bic" ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
    ADD CONSTRAINT "bank_accounts_holder_present" CHECK (length(btrim("accountHolder")) > 0);

-- A country belongs to at most one zone, so its delivery options are never ambiguous. The advisory lock queues
-- concurrent zone edits, so two of them cannot each miss the other's overlap.
CREATE FUNCTION "delivery_zones_disjoint"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    clash text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('delivery_zones'));
    SELECT string_agg(DISTINCT c, ',') INTO clash
    FROM "delivery_zones" z, unnest(z."countries") AS c
    WHERE z."id" <> NEW."id" AND c = ANY (NEW."countries");
    IF clash IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'shop:zone_overlap', DETAIL = clash;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER "delivery_zones_disjoint" BEFORE INSERT OR UPDATE OF "countries" ON "delivery_zones"
    FOR EACH ROW EXECUTE FUNCTION "delivery_zones_disjoint"();

-- Every committed change to the delivery and payment settings tells each app instance, so the cached settings
-- (lib/settings/cache.ts) are dropped at once whichever process or tool made the change.
CREATE FUNCTION "shop_settings_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('shop_settings_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER "delivery_zones_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "delivery_zones"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "delivery_methods_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "delivery_methods"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "delivery_weight_bands_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "delivery_weight_bands"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "pickup_locations_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pickup_locations"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "payment_method_settings_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "payment_method_settings"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "bank_accounts_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "bank_accounts"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
