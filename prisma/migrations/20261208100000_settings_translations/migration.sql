-- Delivery method names and descriptions, pickup opening hours and payment instructions in the shop's other
-- languages. Like the catalog's *_translations, a null or empty field falls back to the shop's own text.

-- CreateTable
CREATE TABLE "delivery_method_translations" (
    "id" UUID NOT NULL,
    "methodId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delivery_method_translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pickup_location_translations" (
    "id" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "openingHours" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pickup_location_translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_method_translations" (
    "method" "PaymentMethod" NOT NULL,
    "language" TEXT NOT NULL,
    "instructions" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_method_translations_pkey" PRIMARY KEY ("method","language")
);

-- CreateIndex
CREATE UNIQUE INDEX "delivery_method_translations_methodId_language_key" ON "delivery_method_translations"("methodId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "pickup_location_translations_locationId_language_key" ON "pickup_location_translations"("locationId", "language");

-- AddForeignKey
ALTER TABLE "delivery_method_translations" ADD CONSTRAINT "delivery_method_translations_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "delivery_methods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pickup_location_translations" ADD CONSTRAINT "pickup_location_translations_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "pickup_locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The cached delivery and payment settings (lib/delivery/settings-cache.ts) hold these texts too: a change to them
-- drops every instance's copy, as a change to the settings themselves does.
CREATE TRIGGER "delivery_method_translations_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "delivery_method_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "pickup_location_translations_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "pickup_location_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
CREATE TRIGGER "payment_method_translations_settings_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "payment_method_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "shop_settings_notify"();
