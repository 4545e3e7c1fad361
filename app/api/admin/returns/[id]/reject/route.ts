import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { rejectReturn } from "@/lib/returns/decide-return";
import { getReturnForStaff } from "@/lib/returns/get-return-for-staff";
import { rejectReturnSchema, returnParamsSchema } from "@/lib/returns/schemas";

export const dynamic = "force-dynamic";

/** Rejects a requested return with `{ note }` (why, e-mailed to the shopper); its units become returnable again. */
export const POST = adminHandler(
  { access: "write", params: returnParamsSchema, body: rejectReturnSchema, maxBodyBytes: 4 * 1024 },
  async ({ params, body, actor }) => {
    await rejectReturn(db, actor, params.id, body);
    return getReturnForStaff(db, params.id);
  },
);
