-- CreateEnum
CREATE TYPE "ContactSubject" AS ENUM ('ORDER_QUESTION', 'RETURN', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('NEW', 'HANDLED', 'SPAM');

-- CreateTable
CREATE TABLE "contact_messages" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "subject" "ContactSubject" NOT NULL,
    "orderNumber" TEXT,
    "message" TEXT NOT NULL,
    "consent" BOOLEAN NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'NEW',
    "spamScore" INTEGER NOT NULL DEFAULT 0,
    "spamReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "clientAddressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_messages_status_createdAt_idx" ON "contact_messages"("status", "createdAt");

-- CreateIndex
CREATE INDEX "contact_messages_clientAddressHash_createdAt_idx" ON "contact_messages"("clientAddressHash", "createdAt");

-- Added by hand: the database refuses what the form's schema refuses, whoever writes.
ALTER TABLE "contact_messages"
  ADD CONSTRAINT "contact_messages_name_check" CHECK (char_length("name") BETWEEN 1 AND 100 AND "name" !~ '[\r\n]'),
  ADD CONSTRAINT "contact_messages_email_check" CHECK (char_length("email") BETWEEN 3 AND 254 AND "email" !~ '[\r\n]'),
  ADD CONSTRAINT "contact_messages_order_number_check" CHECK ("orderNumber" IS NULL OR (char_length("orderNumber") BETWEEN 1 AND 32 AND "orderNumber" !~ '[\r\n]')),
  ADD CONSTRAINT "contact_messages_message_check" CHECK (char_length("message") BETWEEN 1 AND 5000),
  ADD CONSTRAINT "contact_messages_consent_check" CHECK ("consent"),
  ADD CONSTRAINT "contact_messages_spam_score_check" CHECK ("spamScore" >= 0),
  ADD CONSTRAINT "contact_messages_client_address_hash_check" CHECK ("clientAddressHash" ~ '^[0-9a-f]{64}$');
