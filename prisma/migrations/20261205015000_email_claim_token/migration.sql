-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "claimToken" UUID;
