-- Every order reserves stock, and every expiry, cancellation or payment moves it again. Each such update used to
-- notify every app instance, which dropped the product's cached data and pages: during a sale, the page of the
-- product being bought was rendered again for nearly every visitor. Most of these updates change nothing the shop
-- shows: the storefront names a count only at 5 or fewer left (LOW_STOCK_THRESHOLD in lib/catalog/stock-state.ts),
-- above that just "In stock". Such updates no longer notify; every other change to a variant does, as before. A
-- count above the threshold in the catalog cache may then lag by up to its 15 s backstop; the cart and checkout
-- always read stock live.
DROP TRIGGER "product_variants_catalog_notify" ON "product_variants";

CREATE TRIGGER "product_variants_catalog_notify" AFTER INSERT OR DELETE ON "product_variants"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_product"();

CREATE TRIGGER "product_variants_catalog_notify_update" AFTER UPDATE ON "product_variants"
    FOR EACH ROW WHEN (
        (to_jsonb(OLD) - 'stockOnHand' - 'stockReserved' - 'updatedAt')
            IS DISTINCT FROM (to_jsonb(NEW) - 'stockOnHand' - 'stockReserved' - 'updatedAt')
        OR LEAST(GREATEST(OLD."stockOnHand" - OLD."stockReserved", 0), 6)
            <> LEAST(GREATEST(NEW."stockOnHand" - NEW."stockReserved", 0), 6)
    )
    EXECUTE FUNCTION "catalog_notify_product"();
