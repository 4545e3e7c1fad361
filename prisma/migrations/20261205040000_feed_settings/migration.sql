-- CreateEnum
CREATE TYPE "FeedSite" AS ENUM ('google', 'heureka', 'zbozi');

-- CreateTable
CREATE TABLE "feed_product_exclusions" (
    "productId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feed_product_exclusions_pkey" PRIMARY KEY ("productId")
);

-- CreateTable
CREATE TABLE "feed_category_mappings" (
    "categoryId" UUID NOT NULL,
    "site" "FeedSite" NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feed_category_mappings_pkey" PRIMARY KEY ("categoryId","site")
);

-- AddForeignKey
ALTER TABLE "feed_product_exclusions" ADD CONSTRAINT "feed_product_exclusions_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_category_mappings" ADD CONSTRAINT "feed_category_mappings_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the feeds are built from the catalog cache (lib/catalog/cache.ts), so a change to what is exported
-- or to a category's site text tells every instance the way catalog changes do (migration
-- 20261125220700_catalog_change_notify): an excluded product as 'product:<id>', a mapping as 'all'.
CREATE TRIGGER "feed_product_exclusions_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "feed_product_exclusions"
    FOR EACH ROW EXECUTE FUNCTION "catalog_notify_product"();
CREATE TRIGGER "feed_category_mappings_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "feed_category_mappings"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
