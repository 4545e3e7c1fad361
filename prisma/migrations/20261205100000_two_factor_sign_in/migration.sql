-- Two-factor sign-in (TOTP, RFC 6238) with one-time recovery codes. Secrets are stored encrypted by the application
-- (AES-256-GCM, key derived from AUTH_SECRET); recovery codes only as salted SHA-256 hashes.
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingEncrypted" TEXT,
ADD COLUMN     "totpSecretEncrypted" TEXT,
ADD COLUMN     "twoFactorEnabledAt" TIMESTAMPTZ(3);

-- Two-factor sign-in is on exactly when a confirmed secret is stored.
ALTER TABLE "users" ADD CONSTRAINT "users_two_factor_check"
    CHECK (("twoFactorEnabledAt" IS NULL) = ("totpSecretEncrypted" IS NULL));

-- CreateTable
CREATE TABLE "recovery_codes" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "salt" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "recovery_codes_userId_idx" ON "recovery_codes"("userId");

-- AddForeignKey
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
