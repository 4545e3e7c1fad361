import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getReturnForStaff } from "@/lib/returns/get-return-for-staff";
import { returnParamsSchema } from "@/lib/returns/schemas";

export const dynamic = "force-dynamic";

/** One return with its order, lines, refunds and the steps it allows now. */
export const GET = adminHandler({ access: "read", params: returnParamsSchema }, async ({ params }) =>
  getReturnForStaff(db, params.id),
);
