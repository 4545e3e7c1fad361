-- The shop's legal pages (terms, privacy notice, withdrawal and returns, shipping and payment, imprint), versioned:
-- publishing adds a version, the highest of a kind is in force, and orders point at the versions their shoppers
-- accepted. A published version is a record of what was shown, so the database refuses to change or delete it.
CREATE TYPE "LegalDocumentKind" AS ENUM ('TERMS', 'PRIVACY', 'RETURNS', 'SHIPPING_PAYMENT', 'IMPRINT');

CREATE TABLE "legal_document_versions" (
    "id" UUID NOT NULL,
    "kind" "LegalDocumentKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedBy" TEXT,

    CONSTRAINT "legal_document_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "legal_document_versions_version_check" CHECK ("version" >= 1),
    CONSTRAINT "legal_document_versions_title_check" CHECK (length("title") BETWEEN 1 AND 200),
    CONSTRAINT "legal_document_versions_body_check" CHECK (length("body") BETWEEN 1 AND 100000)
);

CREATE UNIQUE INDEX "legal_document_versions_kind_version_key" ON "legal_document_versions"("kind", "version");

CREATE FUNCTION refuse_legal_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published legal document version cannot be changed or deleted; publish a new version';
END
$$;
CREATE TRIGGER legal_document_versions_immutable BEFORE UPDATE OR DELETE ON "legal_document_versions"
  FOR EACH ROW EXECUTE FUNCTION refuse_legal_version_change();
