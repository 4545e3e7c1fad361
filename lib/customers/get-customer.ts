import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { OrderStatus, Role } from "@/lib/generated/prisma/client";

export interface CustomerDetail {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
  twoFactorEnabledAt: Date | null;
  addresses: {
    id: string;
    fullName: string;
    line1: string;
    line2: string;
    city: string;
    postalCode: string;
    country: string;
    phone: string;
  }[];
  orders: {
    id: string;
    number: string;
    status: OrderStatus;
    totalMinor: number;
    refundedMinor: number;
    currency: string;
    createdAt: Date;
  }[];
  orderCount: number;
  spentMinor: number;
  currency: string;
}

const RECENT_ORDERS = 50;

/**
 * One account as staff see it: profile, saved addresses and orders. Selected field by field, so the password
 * hash and session version never leave the database.
 */
export async function getCustomer(db: Db, id: string, currency: string): Promise<CustomerDetail> {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      twoFactorEnabledAt: true,
      addresses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fullName: true,
          line1: true,
          line2: true,
          city: true,
          postalCode: true,
          country: true,
          phone: true,
        },
      },
    },
  });
  if (!user) throw notFound("The customer was not found.");
  const [orders, totals] = await Promise.all([
    db.order.findMany({
      where: { userId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_ORDERS,
      select: {
        id: true,
        number: true,
        status: true,
        totalMinor: true,
        refundedMinor: true,
        currency: true,
        createdAt: true,
      },
    }),
    db.$queryRaw<{ orderCount: number; spentMinor: bigint }[]>`
      SELECT COUNT(*)::int AS "orderCount",
        COALESCE(SUM("totalMinor" - "refundedMinor")
          FILTER (WHERE "paidAt" IS NOT NULL AND currency = ${currency}), 0)::bigint AS "spentMinor"
      FROM orders WHERE "userId" = ${id}::uuid`,
  ]);
  return {
    ...user,
    orders,
    orderCount: totals[0]?.orderCount ?? 0,
    spentMinor: Number(totals[0]?.spentMinor ?? 0),
    currency,
  };
}
