"use server";

import { action } from "@/lib/http/action";
import { db } from "@/lib/db";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { translator } from "@/lib/i18n/translator";
import { applyBankStatement } from "@/lib/payments/bank-transfer/apply-bank-statement";
import { previewBankStatement } from "@/lib/payments/bank-transfer/preview-bank-statement";
import { MAX_STATEMENT_BYTES, bankStatementSchema } from "@/lib/payments/bank-transfer/schemas";
import { type StatementState, summarize } from "./statement-state";

// Upload → preview (changes nothing) → apply. The apply form sends the statement text back, and the server matches
// it again inside the applying transaction, so nothing from the preview page is trusted. Messages are in the
// language of the page the form was sent from.

async function statementText(formData: FormData, language: string): Promise<string | StatementState> {
  const file = formData.get("file");
  const text = formData.get("statement");
  if (typeof text === "string") return text;
  if (!(file instanceof File) || file.size === 0)
    return { status: "error", message: translateServerText("Choose a statement file.", language) };
  if (file.size > MAX_STATEMENT_BYTES)
    return { status: "error", message: translateServerText("The statement is larger than 2 MB.", language) };
  return file.text();
}

/** A refusal as the statement field's message (or the whole message), in the page's language; 5xx rethrown. */
function refusal(error: unknown, language: string): StatementState {
  const appError = toAppError(error, language);
  if (appError.status >= 500) throw error;
  const { message, fields } = localizedError(appError, language);
  return { status: "error", message: fields?.statement ?? message };
}

export const previewStatementAction = action(
  { auth: "staff" },
  async (_caller, _state: StatementState, formData: FormData): Promise<StatementState> => {
    const language = await currentLanguage();
    const text = await statementText(formData, language);
    if (typeof text !== "string") return text;
    try {
      const { statement } = bankStatementSchema.parse({ statement: text });
      const preview = await previewBankStatement(db, statement);
      const words = { t: translator(language), language, locale: formattingLocale(language) };
      return { status: "preview", statement, ...summarize(preview, words) };
    } catch (error) {
      return refusal(error, language);
    }
  },
);

export const applyStatementAction = action(
  { auth: "staff" },
  async ({ actor }, _state: StatementState, formData: FormData): Promise<StatementState> => {
    const language = await currentLanguage();
    const text = await statementText(formData, language);
    if (typeof text !== "string") return text;
    try {
      const { statement } = bankStatementSchema.parse({ statement: text });
      const applied = await applyBankStatement(db, actor, statement);
      return { status: "applied", paid: applied.paid.map((p) => p.orderNumber), notApplied: applied.notApplied };
    } catch (error) {
      return refusal(error, language);
    }
  },
);
