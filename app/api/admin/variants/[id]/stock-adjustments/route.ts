import { adjustStock } from "@/lib/catalog-admin/adjust-stock";
import { listStockAdjustments } from "@/lib/catalog-admin/list-stock-adjustments";
import { idParams, stockAdjustmentSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** The variant's latest manual stock changes. */
export const GET = adminHandler({ access: "read", params: idParams }, async ({ params }) => ({
  items: await listStockAdjustments(db, params.id),
}));

/** { delta, reason }: adds (or with a negative delta removes) units on hand; 409 below zero or below reserved. */
export const POST = adminHandler(
  { access: "write", params: idParams, body: stockAdjustmentSchema },
  async ({ params, body, actor }) => Response.json(await adjustStock(db, actor, params.id, body), { status: 201 }),
);
