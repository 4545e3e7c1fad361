import { stringify } from "csv-stringify/sync";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { minorUnitDigits } from "@/lib/money/money";
import { orderFilterSql } from "./order-filter-sql";
import type { OrderFilters } from "./schemas";

const BATCH = 500;

export const ORDER_CSV_COLUMNS = [
  "number",
  "placed_at",
  "paid_at",
  "status",
  "email",
  "customer_name",
  "company_name",
  "company_registration_number",
  "company_vat_id",
  "country",
  "items",
  "currency",
  "items_total",
  "discount",
  "shipping",
  "total",
  "vat",
  "refunded",
  "carrier",
  "tracking_number",
] as const;

interface Row {
  id: string;
  number: string;
  createdAt: Date;
  paidAt: Date | null;
  status: string;
  email: string;
  customerName: string;
  companyName: string;
  companyRegistrationNumber: string;
  companyVatId: string;
  country: string;
  items: number;
  currency: string;
  itemsTotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  totalMinor: number;
  vatMinor: number;
  refundedMinor: number;
  carrier: string | null;
  trackingNumber: string | null;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, so a name like
 * "=HYPERLINK(…)" typed at checkout stays text when staff open the export (OWASP "CSV injection").
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** 1250 → "12.50" for EUR: exact, from integers, with the currency's decimals. */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amountMinor);
  const sign = amountMinor < 0 ? "-" : "";
  const abs = Math.abs(amountMinor);
  return `${sign}${Math.trunc(abs / 10 ** digits)}.${String(abs % 10 ** digits).padStart(digits, "0")}`;
}

function toRecord(row: Row): string[] {
  const money = (minor: number) => minorToDecimal(minor, row.currency);
  return [
    row.number,
    row.createdAt.toISOString(),
    row.paidAt?.toISOString() ?? "",
    row.status,
    row.email,
    row.customerName,
    row.companyName,
    row.companyRegistrationNumber,
    row.companyVatId,
    row.country,
    String(row.items),
    row.currency,
    money(row.itemsTotalMinor),
    money(row.discountMinor),
    money(row.shippingMinor),
    money(row.totalMinor),
    money(row.vatMinor),
    money(row.refundedMinor),
    row.carrier ?? "",
    row.trackingNumber ?? "",
  ].map(csvSafe);
}

async function* batches(db: Db, filters: OrderFilters): AsyncGenerator<Row[]> {
  const where = orderFilterSql(filters, env.SHOP_TIME_ZONE);
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    // Keyset paging: each batch is an index range scan, however deep into the export.
    const cursor: Prisma.Sql = after
      ? Prisma.sql`AND (o."createdAt", o.id) < (${after.createdAt}, ${after.id}::uuid)`
      : Prisma.empty;
    const rows: Row[] = await db.$queryRaw<Row[]>`
      SELECT o.id, o.number, o."createdAt", o."paidAt", o.status::text AS status, o.email,
             coalesce(o."shippingAddress"->>'name', '') AS "customerName",
             coalesce(o."buyerCompany"->>'name', '') AS "companyName",
             coalesce(o."buyerCompany"->>'registrationNumber', '') AS "companyRegistrationNumber",
             coalesce(o."buyerCompany"->>'vatId', '') AS "companyVatId",
             coalesce(o."shippingAddress"->>'country', '') AS country,
             (SELECT coalesce(sum(l.quantity), 0)::int FROM order_lines l WHERE l."orderId" = o.id) AS items,
             o.currency, o."itemsTotalMinor", o."discountMinor", o."shippingMinor", o."totalMinor", o."vatMinor",
             o."refundedMinor", o.carrier, o."trackingNumber"
      FROM orders o
      WHERE ${where} ${cursor}
      ORDER BY o."createdAt" DESC, o.id DESC
      LIMIT ${BATCH}`;
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/**
 * The filtered orders as CSV (UTF-8 with a byte-order mark so spreadsheets read accents), produced batch by batch
 * as the client reads: memory stays flat however many orders match.
 */
export function exportOrdersCsv(db: Db, filters: OrderFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = batches(db, filters);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${stringify([[...ORDER_CSV_COLUMNS]])}`));
    },
    async pull(controller) {
      const next = await source.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(stringify(next.value.map(toRecord))));
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}
