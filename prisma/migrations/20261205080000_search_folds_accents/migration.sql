-- Search folds accents: "kosile" finds "Košile" and "cafe" finds "Café". unaccent ships with PostgreSQL's contrib
-- (and with the embedded server) and is a trusted extension, so the shop's own role may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming after accent folding, for the stored search vector and for the shopper's query alike.
CREATE TEXT SEARCH CONFIGURATION shop_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION shop_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- unaccent() is only STABLE (its dictionary could be changed); naming the dictionary makes it safe to index.
CREATE FUNCTION shop_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN unaccent('unaccent'::regdictionary, $1);

ALTER TABLE "products" DROP COLUMN "searchVector";
ALTER TABLE "products" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('shop_english'::regconfig, "name"), 'A')
        || setweight(to_tsvector('shop_english'::regconfig, "description"), 'B')
) STORED;
CREATE INDEX "products_searchVector_idx" ON "products" USING GIN ("searchVector");

-- Typo tolerance compares the folded name, so "kosle" still finds "Košile".
DROP INDEX "products_name_trgm_idx";
CREATE INDEX "products_name_trgm_idx" ON "products" USING GIN (shop_unaccent("name") gin_trgm_ops);
