"use server";

import { db } from "@/lib/db";
import { currentStaffActor } from "@/lib/http/staff-action";
import { toAppError } from "@/lib/http/error-response";
import { applyBankStatement } from "@/lib/payments/bank-transfer/apply-bank-statement";
import { previewBankStatement } from "@/lib/payments/bank-transfer/preview-bank-statement";
import { MAX_STATEMENT_BYTES, bankStatementSchema } from "@/lib/payments/bank-transfer/schemas";
import { type StatementState, summarize } from "./statement-state";

// Upload → preview (changes nothing) → apply. The apply form sends the statement text back, and the server matches
// it again inside the applying transaction, so nothing from the preview page is trusted.

async function statementText(formData: FormData): Promise<string | StatementState> {
  const file = formData.get("file");
  const text = formData.get("statement");
  if (typeof text === "string") return text;
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Choose a statement file." };
  if (file.size > MAX_STATEMENT_BYTES) return { status: "error", message: "The statement is larger than 2 MB." };
  return file.text();
}

export async function previewStatementAction(_state: StatementState, formData: FormData): Promise<StatementState> {
  await currentStaffActor();
  const text = await statementText(formData);
  if (typeof text !== "string") return text;
  try {
    const { statement } = bankStatementSchema.parse({ statement: text });
    return { status: "preview", statement, ...summarize(await previewBankStatement(db, statement)) };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.status >= 500) throw error;
    const field = appError.details.fields?.statement;
    return { status: "error", message: field ?? appError.message };
  }
}

export async function applyStatementAction(_state: StatementState, formData: FormData): Promise<StatementState> {
  const actor = await currentStaffActor();
  const text = await statementText(formData);
  if (typeof text !== "string") return text;
  try {
    const { statement } = bankStatementSchema.parse({ statement: text });
    const applied = await applyBankStatement(db, actor, statement);
    return { status: "applied", paid: applied.paid.map((p) => p.orderNumber), notApplied: applied.notApplied };
  } catch (error) {
    const appError = toAppError(error);
    if (appError.status >= 500) throw error;
    return { status: "error", message: appError.details.fields?.statement ?? appError.message };
  }
}
