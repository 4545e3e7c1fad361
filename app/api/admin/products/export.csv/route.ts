import { exportProductsCsv } from "@/lib/catalog-admin/export-products-csv";
import { adminProductListSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

const filter = adminProductListSchema.pick({ q: true, status: true, categoryId: true });

/** Every variant of the products the filters select (as on the product list), streamed as CSV. */
export const GET = adminHandler({ access: "read", query: filter }, ({ query }) => {
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
