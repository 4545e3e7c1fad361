-- Hand-written: every committed change to the catalog tables tells each app instance, so their catalog caches
-- (lib/catalog/cache.ts) drop what changed within milliseconds, whichever process or tool made the change
-- (admin pages, checkout reserving stock, a CSV import, psql). NOTIFY is delivered only on commit, once per
-- distinct payload per transaction, and costs nothing when nobody listens.
--   'product:<id>' — that product, its variants (price, stock) or its images changed
--   'all'          — categories changed, or a table was truncated: drop everything

CREATE FUNCTION "catalog_notify_product"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    product_id uuid;
BEGIN
    IF TG_TABLE_NAME = 'products' THEN
        product_id := CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END;
    ELSE
        product_id := CASE WHEN TG_OP = 'DELETE' THEN OLD."productId" ELSE NEW."productId" END;
        -- A variant or image moved to another product: both products changed.
        IF TG_OP = 'UPDATE' AND OLD."productId" <> NEW."productId" THEN
            PERFORM pg_notify('catalog_changed', 'product:' || OLD."productId");
        END IF;
    END IF;
    PERFORM pg_notify('catalog_changed', 'product:' || product_id);
    RETURN NULL;
END
$$;

CREATE FUNCTION "catalog_notify_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('catalog_changed', 'all');
    RETURN NULL;
END
$$;

CREATE TRIGGER "products_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "products"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_product"();
CREATE TRIGGER "product_variants_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "product_variants"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_product"();
CREATE TRIGGER "product_images_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "product_images"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_product"();
CREATE TRIGGER "categories_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "categories"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "products_catalog_notify_truncate" AFTER TRUNCATE ON "products"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "product_variants_catalog_notify_truncate" AFTER TRUNCATE ON "product_variants"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "product_images_catalog_notify_truncate" AFTER TRUNCATE ON "product_images"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "categories_catalog_notify_truncate" AFTER TRUNCATE ON "categories"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
