import type { Db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { orderFilterSql } from "./order-filter-sql";
import type { OrderListQuery } from "./schemas";

export interface StaffOrderRow {
  id: string;
  number: string;
  createdAt: Date;
  status: OrderStatus;
  email: string;
  customerName: string;
  currency: string;
  totalMinor: number;
  refundedMinor: number;
  itemCount: number;
  attentionReason: string | null;
}

export interface StaffOrderPage {
  items: StaffOrderRow[];
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
}

/** Orders for the admin list and GET /api/admin/orders: filtered, newest first, one page counted in the database. */
export async function listOrdersForStaff(db: Db, query: OrderListQuery): Promise<StaffOrderPage> {
  const where = orderFilterSql(query);
  const offset = (query.page - 1) * query.perPage;
  const [items, counted] = await Promise.all([
    db.$queryRaw<StaffOrderRow[]>`
      SELECT o.id, o.number, o."createdAt", o.status::text AS status, o.email,
             coalesce(o."shippingAddress"->>'name', '') AS "customerName", o.currency, o."totalMinor",
             o."refundedMinor", o."attentionReason",
             (SELECT coalesce(sum(l.quantity), 0)::int FROM order_lines l WHERE l."orderId" = o.id) AS "itemCount"
      FROM orders o
      WHERE ${where}
      ORDER BY o."createdAt" DESC, o.id DESC
      LIMIT ${query.perPage} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM orders o WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    items,
    total,
    page: query.page,
    perPage: query.perPage,
    pageCount: Math.max(1, Math.ceil(total / query.perPage)),
  };
}
