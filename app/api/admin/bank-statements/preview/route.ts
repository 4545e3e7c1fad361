import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { previewBankStatement } from "@/lib/payments/bank-transfer/preview-bank-statement";
import { bankStatementSchema } from "@/lib/payments/bank-transfer/schemas";

export const dynamic = "force-dynamic";

/** Matches a camt.053 or CSV statement against orders awaiting a transfer; changes nothing. */
export const POST = adminHandler(
  { access: "read", body: bankStatementSchema, maxBodyBytes: 3 * 1024 * 1024 },
  async ({ body }) => previewBankStatement(db, body.statement),
);
