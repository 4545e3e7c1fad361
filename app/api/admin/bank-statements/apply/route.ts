import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { applyBankStatement } from "@/lib/payments/bank-transfer/apply-bank-statement";
import { bankStatementSchema } from "@/lib/payments/bank-transfer/schemas";

export const dynamic = "force-dynamic";

/** Pays the orders the statement matches exactly, in one transaction; a repeated upload pays nothing twice. */
export const POST = adminHandler(
  { access: "write", body: bankStatementSchema, maxBodyBytes: 3 * 1024 * 1024 },
  async ({ body, actor }) => applyBankStatement(db, actor, body.statement),
);
