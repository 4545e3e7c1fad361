import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { listReturns } from "@/lib/returns/list-returns";
import { returnListQuerySchema } from "@/lib/returns/schemas";

export const dynamic = "force-dynamic";

/** Return requests, newest first: `?status=` and `?page=` (25 a page). */
export const GET = adminHandler({ access: "read", query: returnListQuerySchema }, async ({ query }) =>
  listReturns(db, query),
);
