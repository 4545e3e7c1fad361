import type { Db } from "@/lib/db";
import type { Prisma, ReturnStatus } from "@/lib/generated/prisma/client";
import type { ReturnListQuery } from "./schemas";

export const RETURN_PAGE_SIZE = 25;

export interface ReturnListRow {
  id: string;
  number: string;
  status: ReturnStatus;
  orderId: string;
  orderNumber: string;
  email: string;
  units: number;
  createdAt: string;
}

/** Returns for staff, newest first, optionally of one status; 25 a page. */
export async function listReturns(
  db: Db,
  query: ReturnListQuery,
): Promise<{ rows: ReturnListRow[]; total: number; page: number; pageSize: number }> {
  const where: Prisma.ReturnRequestWhereInput = query.status ? { status: query.status } : {};
  const [rows, total] = await Promise.all([
    db.returnRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * RETURN_PAGE_SIZE,
      take: RETURN_PAGE_SIZE,
      include: { order: { select: { number: true, email: true } }, lines: { select: { quantity: true } } },
    }),
    db.returnRequest.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      orderId: row.orderId,
      orderNumber: row.order.number,
      email: row.order.email,
      units: row.lines.reduce((sum, line) => sum + line.quantity, 0),
      createdAt: row.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: RETURN_PAGE_SIZE,
  };
}
