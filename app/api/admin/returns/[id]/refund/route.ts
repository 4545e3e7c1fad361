import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getReturnForStaff } from "@/lib/returns/get-return-for-staff";
import { refundReturn } from "@/lib/returns/refund-return";
import { returnParamsSchema } from "@/lib/returns/schemas";

export const dynamic = "force-dynamic";

/**
 * Refunds a received return through the order's payment provider, with a credit note for its lines. 201 when the
 * refund is booked, 202 when the provider confirms later; 409 when it is not received or already refunded; a
 * provider refusal is 503 and leaves the return as it was.
 */
export const POST = adminHandler({ access: "write", params: returnParamsSchema }, async ({ params, actor }) => {
  const outcome = await refundReturn(db, actor, params.id);
  return Response.json(await getReturnForStaff(db, params.id), { status: outcome.status === "SUCCEEDED" ? 201 : 202 });
});
