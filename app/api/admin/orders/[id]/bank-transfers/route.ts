import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { orderParamsSchema } from "@/lib/orders/schemas";
import { recordReceivedTransfer } from "@/lib/payments/bank-transfer/record-received-transfer";
import { recordBankTransferSchema } from "@/lib/payments/bank-transfer/schemas";

export const dynamic = "force-dynamic";

/** Records a bank transfer received for the order; the exact amount pays it, a difference is flagged. */
export const POST = adminHandler(
  { access: "write", params: orderParamsSchema, body: recordBankTransferSchema, maxBodyBytes: 4 * 1024 },
  async ({ params, body, actor }) => {
    const transfer = await recordReceivedTransfer(db, actor, params.id, body);
    return Response.json({ transfer, order: await getOrderForStaff(db, params.id) }, { status: 201 });
  },
);
