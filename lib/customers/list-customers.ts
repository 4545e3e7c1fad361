import type { Db } from "@/lib/db";
import { ADMIN_PAGE_SIZE, type ListPage, listPage } from "@/lib/admin/list-page";
import { containsPattern } from "./like-pattern";
import type { CustomerListQuery } from "./schemas";

export interface CustomerListItem {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
  disabledAt: Date | null;
  /** Every order placed while logged in, whatever became of it. */
  orderCount: number;
  /** Paid orders less what was refunded, in `currency`. */
  spentMinor: number;
  currency: string;
}

interface Row {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
  disabledAt: Date | null;
  orderCount: number;
  spentMinor: bigint;
}

/**
 * Customer accounts, newest first, with their order count and spending summed by the database. Only the shop's
 * currency is summed: amounts in different currencies cannot be added.
 */
export async function listCustomers(
  db: Db,
  query: CustomerListQuery,
  currency: string,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<ListPage<CustomerListItem>> {
  const pattern = query.q ? containsPattern(query.q) : null;
  const offset = (query.page - 1) * pageSize;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT u.id, u.email, u.name, u."createdAt", u."disabledAt",
        COUNT(o.id)::int AS "orderCount",
        COALESCE(SUM(o."totalMinor" - o."refundedMinor")
          FILTER (WHERE o."paidAt" IS NOT NULL AND o.currency = ${currency}), 0)::bigint AS "spentMinor"
      FROM users u
      LEFT JOIN orders o ON o."userId" = u.id
      WHERE u.role = 'CUSTOMER'
        AND (${pattern}::text IS NULL OR u.email ILIKE ${pattern} OR u.name ILIKE ${pattern})
      GROUP BY u.id
      ORDER BY u."createdAt" DESC, u.id DESC
      LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT COUNT(*)::int AS total FROM users u
      WHERE u.role = 'CUSTOMER'
        AND (${pattern}::text IS NULL OR u.email ILIKE ${pattern} OR u.name ILIKE ${pattern})`,
  ]);
  const items = rows.map((row) => ({ ...row, spentMinor: Number(row.spentMinor), currency }));
  return listPage(items, counted[0]?.total ?? 0, query.page, pageSize);
}
