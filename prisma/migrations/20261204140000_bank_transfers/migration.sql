-- CreateEnum
CREATE TYPE "BankTransferOutcome" AS ENUM ('PAID', 'UNDERPAID', 'OVERPAID');

-- CreateTable
CREATE TABLE "bank_transfers" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "receivedOn" DATE NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "counterparty" TEXT,
    "statementEntryId" TEXT,
    "outcome" "BankTransferOutcome" NOT NULL,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_transfers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "bank_transfers_statementEntryId_key" ON "bank_transfers"("statementEntryId");

-- CreateIndex
CREATE INDEX "bank_transfers_orderId_idx" ON "bank_transfers"("orderId");

-- AddForeignKey
ALTER TABLE "bank_transfers" ADD CONSTRAINT "bank_transfers_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here: what Prisma cannot express.
ALTER TABLE "bank_transfers"
    ADD CONSTRAINT "bank_transfers_amount_positive" CHECK ("amountMinor" > 0),
    ADD CONSTRAINT "bank_transfers_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$'),
    ADD CONSTRAINT "bank_transfers_reference_length" CHECK (char_length("reference") <= 140),
    ADD CONSTRAINT "bank_transfers_counterparty_length" CHECK ("counterparty" IS NULL OR char_length("counterparty") <= 140);
