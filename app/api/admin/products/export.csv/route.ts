import { exportProductsCsv } from "@/lib/catalog-admin/export-products-csv";
import { productExportQuerySchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** Every variant of the products the filters select (as on the product list), streamed as CSV. */
export const GET = adminHandler({ access: "read", query: productExportQuerySchema }, ({ query }) => {
  const day = new Date().toISOString().slice(0, 10);
  return Promise.resolve(
    new Response(exportProductsCsv(db, query), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="products-${day}.csv"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    }),
  );
});
