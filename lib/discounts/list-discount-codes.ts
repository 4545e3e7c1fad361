import type { Db } from "@/lib/db";
import { ADMIN_PAGE_SIZE, type ListPage, listPage } from "@/lib/admin/list-page";
import type { DiscountKind } from "@/lib/generated/prisma/client";
import type { DiscountListQuery } from "./admin-schemas";

export interface DiscountCodeSummary {
  id: string;
  code: string;
  kind: DiscountKind;
  value: number;
  currency: string | null;
  minOrderMinor: number;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  /** Counted under the code's row lock at checkout: what the usage limit is checked against. */
  timesUsed: number;
  /** Orders that carry the code. */
  redemptionCount: number;
  active: boolean;
  createdAt: Date;
}

export const discountSummarySelect = {
  id: true,
  code: true,
  kind: true,
  value: true,
  currency: true,
  minOrderMinor: true,
  startsAt: true,
  endsAt: true,
  usageLimit: true,
  perCustomerLimit: true,
  timesUsed: true,
  active: true,
  createdAt: true,
  _count: { select: { redemptions: true } },
} as const;

/** Discount codes, newest first, with how often each was used. */
export async function listDiscountCodes(
  db: Db,
  query: DiscountListQuery,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<ListPage<DiscountCodeSummary>> {
  const [rows, total] = await Promise.all([
    db.discountCode.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: discountSummarySelect,
    }),
    db.discountCode.count(),
  ]);
  const items = rows.map(({ _count, ...row }) => ({ ...row, redemptionCount: _count.redemptions }));
  return listPage(items, total, query.page, pageSize);
}
