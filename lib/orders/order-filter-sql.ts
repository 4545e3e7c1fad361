import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrderFilters } from "./schemas";

/** `%`, `_` and `\` typed by staff are searched for literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause (over `orders o`) for the staff order list and its CSV export, so both always agree. Dates are
 * calendar days in the shop's time zone; the search matches the order number, the e-mail address or the name on
 * the shipping address, anywhere and ignoring case.
 */
export function orderFilterSql(filters: OrderFilters, timeZone: string = env.SHOP_TIME_ZONE): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.status) conditions.push(Prisma.sql`o.status = ${filters.status}::"OrderStatus"`);
  if (filters.from) {
    conditions.push(Prisma.sql`o."createdAt" >= (${filters.from}::date::timestamp AT TIME ZONE ${timeZone})`);
  }
  if (filters.to) {
    conditions.push(Prisma.sql`o."createdAt" < ((${filters.to}::date + 1)::timestamp AT TIME ZONE ${timeZone})`);
  }
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(
      Prisma.sql`(o.number ILIKE ${pattern} OR o.email ILIKE ${pattern} OR o."shippingAddress"->>'name' ILIKE ${pattern})`,
    );
  }
  return Prisma.join(conditions, " AND ");
}
