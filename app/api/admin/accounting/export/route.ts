import { buildAccountingExport } from "@/lib/accounting/build-accounting-export";
import { accountingExportQuerySchema } from "@/lib/accounting/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { adminHandler } from "@/lib/http/admin-handler";
import { attachmentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

/** GET /api/admin/accounting/export?from=YYYY-MM-DD&to=YYYY-MM-DD — invoices and credit notes as CSV + ISDOC, zipped. */
export const GET = adminHandler({ access: "read", query: accountingExportQuerySchema }, async ({ query }) => {
  const built = await buildAccountingExport(db, query, { timeZone: env.SHOP_TIME_ZONE, issuingSystem: env.SHOP_NAME });
  return new Response(new Uint8Array(built.zip), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": attachmentDisposition(built.filename),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
