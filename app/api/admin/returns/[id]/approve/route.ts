import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { approveReturn } from "@/lib/returns/decide-return";
import { getReturnForStaff } from "@/lib/returns/get-return-for-staff";
import { approveReturnSchema, returnParamsSchema } from "@/lib/returns/schemas";

export const dynamic = "force-dynamic";

/** Approves a requested return, `{ note? }` for the shopper; 409 when it is no longer waiting for a decision. */
export const POST = adminHandler(
  { access: "write", params: returnParamsSchema, body: approveReturnSchema, maxBodyBytes: 4 * 1024 },
  async ({ params, body, actor }) => {
    await approveReturn(db, actor, params.id, body);
    return getReturnForStaff(db, params.id);
  },
);
