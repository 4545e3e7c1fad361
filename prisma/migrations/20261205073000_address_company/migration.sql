-- A saved address may carry a business buyer's company (name, registration number, VAT ID), so a customer who buys
-- for a company fills it in once. Empty text means none, as for the address's second line and phone.
ALTER TABLE "addresses" ADD COLUMN "companyName" TEXT NOT NULL DEFAULT '',
ADD COLUMN "companyRegistrationNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN "companyVatId" TEXT NOT NULL DEFAULT '';

-- A registration number or VAT ID belongs to a named company.
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_company_named_check"
  CHECK ("companyName" <> '' OR ("companyRegistrationNumber" = '' AND "companyVatId" = ''));
