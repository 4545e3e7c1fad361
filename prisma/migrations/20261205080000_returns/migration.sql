-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED');

-- AlterTable
ALTER TABLE "refunds" ADD COLUMN     "returnId" UUID;

-- AlterTable
ALTER TABLE "stock_adjustments" ADD COLUMN     "returnLineId" UUID;

-- CreateTable
CREATE TABLE "return_requests" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "orderId" UUID NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" TEXT NOT NULL DEFAULT '',
    "requestedBy" TEXT NOT NULL,
    "staffNote" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3),
    "refundedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "return_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_lines" (
    "id" UUID NOT NULL,
    "returnId" UUID NOT NULL,
    "orderLineId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "restocked" BOOLEAN,
    "creditMinor" INTEGER,
    "creditVatMinor" INTEGER,

    CONSTRAINT "return_lines_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "return_requests_number_key" ON "return_requests"("number");

-- CreateIndex
CREATE INDEX "return_requests_orderId_createdAt_idx" ON "return_requests"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "return_requests_status_createdAt_idx" ON "return_requests"("status", "createdAt");

-- CreateIndex
CREATE INDEX "return_requests_createdAt_idx" ON "return_requests"("createdAt");

-- CreateIndex
CREATE INDEX "return_lines_orderLineId_idx" ON "return_lines"("orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "return_lines_returnId_orderLineId_key" ON "return_lines"("returnId", "orderLineId");

-- CreateIndex
CREATE INDEX "refunds_returnId_idx" ON "refunds"("returnId");

-- CreateIndex
CREATE UNIQUE INDEX "stock_adjustments_returnLineId_key" ON "stock_adjustments"("returnLineId");

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "return_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_adjustments" ADD CONSTRAINT "stock_adjustments_returnLineId_fkey" FOREIGN KEY ("returnLineId") REFERENCES "return_lines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "return_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "order_lines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What Prisma cannot express.
-- A returned line moves at least one unit.
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_quantity_positive" CHECK ("quantity" > 0);
-- A return is paid back by at most one refund that has not failed (a failed attempt may be tried again), so it gets
-- one credit note however often the refund button is pressed.
CREATE UNIQUE INDEX "refunds_one_live_per_return" ON "refunds"("returnId") WHERE "returnId" IS NOT NULL AND "status" <> 'FAILED';
