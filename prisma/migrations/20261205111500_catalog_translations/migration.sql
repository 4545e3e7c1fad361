-- Catalog content in the shop's other languages. The shop's own language (SHOP_LOCALE's) stays in the catalog
-- tables' columns; a translation row holds another language's text, and each null or empty field falls back to the
-- column it translates (lib/catalog reads them with COALESCE in the same statement).

-- Search per language (lib/catalog/list-products.ts). PostgreSQL ships no Czech stemmer, so Czech folds accents
-- and matches words as written (prefixes, plus trigram similarity for typos and other word forms); English keeps
-- its stemmer. Any other language gets the same folding without stemming. The function is IMMUTABLE so the
-- generated column below may use it: it only names configurations this migration creates.
CREATE TEXT SEARCH CONFIGURATION shop_czech (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION shop_czech
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION shop_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION shop_simple
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION shop_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN CASE language
        WHEN 'en' THEN 'shop_english'::regconfig
        WHEN 'cs' THEN 'shop_czech'::regconfig
        ELSE 'shop_simple'::regconfig
    END;

-- CreateTable
CREATE TABLE "category_translations" (
    "id" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "category_translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_translations" (
    "id" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(shop_search_config("language"), coalesce("name", '')), 'A')
            || setweight(to_tsvector(shop_search_config("language"), coalesce("description", '')), 'B')
    ) STORED,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_image_translations" (
    "id" UUID NOT NULL,
    "imageId" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "alt" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_image_translations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "category_translations_categoryId_language_key" ON "category_translations"("categoryId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "product_translations_productId_language_key" ON "product_translations"("productId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "product_image_translations_imageId_language_key" ON "product_image_translations"("imageId", "language");

-- AddForeignKey
ALTER TABLE "category_translations" ADD CONSTRAINT "category_translations_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_translations" ADD CONSTRAINT "product_translations_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_image_translations" ADD CONSTRAINT "product_image_translations_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "product_images"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A language code such as "cs".
ALTER TABLE "product_translations"
    ADD CONSTRAINT "product_translations_language_code" CHECK ("language" ~ '^[a-z]{2,3}$');
ALTER TABLE "category_translations"
    ADD CONSTRAINT "category_translations_language_code" CHECK ("language" ~ '^[a-z]{2,3}$');
ALTER TABLE "product_image_translations"
    ADD CONSTRAINT "product_image_translations_language_code" CHECK ("language" ~ '^[a-z]{2,3}$');

CREATE INDEX "product_translations_searchVector_idx" ON "product_translations" USING GIN ("searchVector");
-- Typo tolerance on the folded translated name, as products_name_trgm_idx does for the shop's own name.
CREATE INDEX "product_translations_name_trgm_idx" ON "product_translations" USING GIN (shop_unaccent("name") gin_trgm_ops);

-- A changed translation changes what the storefront shows: the same catalog_changed notifications as the tables they
-- translate (migration 20261125220700_catalog_change_notify), so the catalog cache and the page cache drop it.
CREATE TRIGGER "product_translations_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "product_translations"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_product"();
CREATE TRIGGER "category_translations_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "category_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();

-- An image translation names its image, not its product: look the product up. When the image itself is being
-- deleted (the cascade), it is already gone and its own trigger has announced its product.
CREATE FUNCTION "catalog_notify_image_translation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    image_ids uuid[];
BEGIN
    image_ids := CASE TG_OP
        WHEN 'DELETE' THEN ARRAY[OLD."imageId"]
        WHEN 'INSERT' THEN ARRAY[NEW."imageId"]
        ELSE ARRAY[OLD."imageId", NEW."imageId"]
    END;
    PERFORM pg_notify('catalog_changed', 'product:' || i."productId")
    FROM (SELECT DISTINCT "productId" FROM "product_images" WHERE "id" = ANY (image_ids)) i;
    RETURN NULL;
END
$$;
CREATE TRIGGER "product_image_translations_catalog_notify"
    AFTER INSERT OR UPDATE OR DELETE ON "product_image_translations"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_image_translation"();

CREATE TRIGGER "product_translations_catalog_notify_truncate" AFTER TRUNCATE ON "product_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "category_translations_catalog_notify_truncate" AFTER TRUNCATE ON "category_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "product_image_translations_catalog_notify_truncate" AFTER TRUNCATE ON "product_image_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
