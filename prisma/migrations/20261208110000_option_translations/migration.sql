-- Option names and values ("Size", "White") in the shop's other languages: one glossary for the whole catalog, so
-- staff translate "White" once for every product that has it.

-- CreateTable
CREATE TABLE "option_translations" (
    "language" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "option_translations_pkey" PRIMARY KEY ("language","kind","source")
);

-- Backstops for the admin form's rules (lib/catalog-admin/option-translation-schemas.ts).
ALTER TABLE "option_translations"
    ADD CONSTRAINT "option_translations_kind_check" CHECK ("kind" IN ('name', 'value')),
    ADD CONSTRAINT "option_translations_text_check" CHECK (length(btrim("text")) BETWEEN 1 AND 100);

-- Every product's pages and cached reads may name an option: any change drops them all, as a category change does.
CREATE TRIGGER "option_translations_catalog_notify" AFTER INSERT OR UPDATE OR DELETE ON "option_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
CREATE TRIGGER "option_translations_catalog_notify_truncate" AFTER TRUNCATE ON "option_translations"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalog_notify_all"();
