import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getReturnForStaff } from "@/lib/returns/get-return-for-staff";
import { receiveReturn } from "@/lib/returns/receive-return";
import { receiveReturnSchema, returnParamsSchema } from "@/lib/returns/schemas";

export const dynamic = "force-dynamic";

/** Marks an approved return received; `{ restockLineIds }` lists the return lines whose units go back into stock. */
export const POST = adminHandler(
  { access: "write", params: returnParamsSchema, body: receiveReturnSchema, maxBodyBytes: 8 * 1024 },
  async ({ params, body, actor }) => {
    await receiveReturn(db, actor, params.id, body);
    return getReturnForStaff(db, params.id);
  },
);
