import type { Db } from "@/lib/db";
import { ADMIN_PAGE_SIZE, type ListPage, listPage } from "@/lib/admin/list-page";
import { notFound } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { type DiscountCodeSummary, discountSummarySelect } from "./list-discount-codes";

export interface DiscountRedemptionRow {
  id: string;
  email: string;
  createdAt: Date;
  order: {
    id: string;
    number: string;
    status: OrderStatus;
    totalMinor: number;
    discountMinor: number;
    currency: string;
  };
}

/** One code with the orders that used it, newest first. */
export async function getDiscountCode(
  db: Db,
  id: string,
  page = 1,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<{ code: DiscountCodeSummary; redemptions: ListPage<DiscountRedemptionRow> }> {
  const row = await db.discountCode.findUnique({ where: { id }, select: discountSummarySelect });
  if (!row) throw notFound("The discount code was not found.");
  const { _count, ...code } = row;
  const redemptions = await db.discountRedemption.findMany({
    where: { discountCodeId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      email: true,
      createdAt: true,
      order: {
        select: { id: true, number: true, status: true, totalMinor: true, discountMinor: true, currency: true },
      },
    },
  });
  return {
    code: { ...code, redemptionCount: _count.redemptions },
    redemptions: listPage(redemptions, _count.redemptions, page, pageSize),
  };
}
