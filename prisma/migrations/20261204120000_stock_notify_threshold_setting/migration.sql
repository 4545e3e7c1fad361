-- The low-stock threshold has one definition, LOW_STOCK_THRESHOLD in lib/catalog/stock-state.ts. The shop's
-- connections carry it as the setting shop.low_stock_threshold (lib/db/client.ts); this trigger used a copy of it
-- (6, the first count shown as plain "In stock") and now reads the setting instead. A session without the setting
-- (psql, another tool) notifies every stock change: LEAST ignores the NULL, so any change of the count counts.
DROP TRIGGER "product_variants_catalog_notify_update" ON "product_variants";

CREATE TRIGGER "product_variants_catalog_notify_update" AFTER UPDATE ON "product_variants"
    FOR EACH ROW WHEN (
        (to_jsonb(OLD) - 'stockOnHand' - 'stockReserved' - 'updatedAt')
            IS DISTINCT FROM (to_jsonb(NEW) - 'stockOnHand' - 'stockReserved' - 'updatedAt')
        OR LEAST(
                GREATEST(OLD."stockOnHand" - OLD."stockReserved", 0),
                NULLIF(current_setting('shop.low_stock_threshold', true), '')::int + 1)
            <> LEAST(
                GREATEST(NEW."stockOnHand" - NEW."stockReserved", 0),
                NULLIF(current_setting('shop.low_stock_threshold', true), '')::int + 1)
    )
    EXECUTE FUNCTION "catalog_notify_product"();
