-- Who the shop is (legal name, address, registration number, VAT ID, contact e-mail), set by staff in the admin.
-- One row at most; until staff save it the SHOP_* environment variables apply. Invoices already issued keep the
-- seller they were issued with (invoices.document), so a change here only reaches invoices issued after it.
CREATE TABLE "shop_identity" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "companyId" TEXT NOT NULL DEFAULT '',
    "vatId" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "shop_identity_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "shop_identity_single_row_check" CHECK ("id" = 1),
    CONSTRAINT "shop_identity_legal_name_check" CHECK (length("legalName") BETWEEN 1 AND 120),
    CONSTRAINT "shop_identity_address_check" CHECK (length("address") BETWEEN 1 AND 300)
);
