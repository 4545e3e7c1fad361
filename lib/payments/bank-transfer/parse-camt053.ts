import { XMLParser, XMLValidator } from "fast-xml-parser";
import { serverMessage } from "@/lib/i18n/server-message";
import { z } from "zod";
import { safeString } from "@/lib/validation";
import { variableSymbolsIn } from "./payment-reference";
import { statementAmountMinor } from "./statement-amount";
import { type ParsedStatement, type StatementCredit, StatementFormatError, contentEntryIds } from "./statement-credit";

// ISO 20022 camt.053 (BankToCustomerStatement), versions 001.02 to 001.13: the shape differs between versions only
// where handled below (entry status as text or as <Cd>, the transaction amount under AmtDtls or directly, parties
// directly or under <Pty>). Only booked, non-reversed credits are payments to match.

const repeated = new Set(["Stmt", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && repeated.has(name),
});

const text = safeString();
/** An optional element; an empty one (`<RltdPties/>`) counts as absent. */
const opt = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const amount = z.object({ "#text": text, "@_Ccy": text });
const party = z.object({ Nm: opt(text), Pty: opt(z.object({ Nm: opt(text) })) });
const account = z.object({ Id: opt(z.object({ IBAN: opt(text), Othr: opt(z.object({ Id: opt(text) })) })) });
const txDetails = z.object({
  Refs: opt(z.object({ AcctSvcrRef: opt(text), EndToEndId: opt(text) })),
  Amt: opt(amount),
  AmtDtls: opt(z.object({ TxAmt: opt(z.object({ Amt: amount })) })),
  RltdPties: opt(z.object({ Dbtr: opt(party), DbtrAcct: opt(account) })),
  RmtInf: opt(
    z.object({
      Ustrd: opt(z.array(text)),
      Strd: opt(z.array(z.object({ CdtrRefInf: opt(z.object({ Ref: opt(text) })), AddtlRmtInf: opt(text) }))),
    }),
  ),
});
const dateNode = z.object({ Dt: opt(text), DtTm: opt(text) });
const entry = z.object({
  NtryRef: opt(text),
  Amt: amount,
  CdtDbtInd: z.enum(["CRDT", "DBIT"]),
  RvslInd: opt(text),
  Sts: z.union([text, z.object({ Cd: opt(text), Prtry: opt(text) })]),
  BookgDt: opt(dateNode),
  ValDt: opt(dateNode),
  AcctSvcrRef: opt(text),
  NtryDtls: opt(z.array(z.preprocess((v) => (v === "" ? {} : v), z.object({ TxDtls: opt(z.array(txDetails)) })))),
});
const statement = z.object({
  Id: opt(text),
  Acct: opt(z.object({ Id: opt(z.object({ IBAN: opt(text) })) })),
  Ntry: opt(z.array(entry)),
});
const documentSchema = z.object({
  Document: z.object({ BkToCstmrStmt: z.object({ Stmt: z.array(statement) }) }),
});

type Entry = z.infer<typeof entry>;
type TxDetails = z.infer<typeof txDetails>;

function present(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" || trimmed.toUpperCase() === "NOTPROVIDED" ? null : trimmed;
}

function bookingDate(node: Entry["BookgDt"]): string | null {
  const value = node?.Dt ?? node?.DtTm;
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function referencesOf(tx: TxDetails | undefined): string[] {
  const structured = (tx?.RmtInf?.Strd ?? []).flatMap((s) => [s.CdtrRefInf?.Ref, s.AddtlRmtInf]);
  const all = [...structured, tx?.Refs?.EndToEndId, ...(tx?.RmtInf?.Ustrd ?? [])];
  return all.map(present).filter((value): value is string => value !== null);
}

interface Draft extends Omit<StatementCredit, "entryId"> {
  bankRef: string | null;
}

export function parseCamt053(xml: string): ParsedStatement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    // Bank statements never declare entities; refusing them rules out entity-expansion attacks.
    throw new StatementFormatError("The statement contains a document type declaration, which is not allowed.");
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new StatementFormatError(
      serverMessage("The file is not well-formed XML: {problem}", { problem: valid.err.msg }),
      valid.err.line,
    );
  const parsed = documentSchema.safeParse(parser.parse(xml));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join("/") ?? "";
    throw new StatementFormatError(
      where
        ? serverMessage("The file is not a camt.053 bank statement (unexpected content at {where}).", { where })
        : "This file is not a camt.053 bank statement.",
    );
  }

  const drafts: Draft[] = [];
  const skipped: ParsedStatement["skipped"] = [];
  let statementId: string | null = null;
  for (const stmt of parsed.data.Document.BkToCstmrStmt.Stmt) {
    statementId ??= present(stmt.Id);
    const ownAccount = present(stmt.Acct?.Id?.IBAN) ?? present(stmt.Id) ?? "camt";
    for (const [index, ntry] of (stmt.Ntry ?? []).entries()) {
      const label = present(ntry.AcctSvcrRef) ?? present(ntry.NtryRef) ?? `entry ${index + 1}`;
      const status = typeof ntry.Sts === "string" ? ntry.Sts : (ntry.Sts.Cd ?? ntry.Sts.Prtry ?? "");
      if (ntry.CdtDbtInd !== "CRDT") {
        skipped.push({ entry: label, reason: "a debit" });
        continue;
      }
      if (status !== "BOOK") {
        skipped.push({ entry: label, reason: `not booked (${status || "no status"})` });
        continue;
      }
      if (ntry.RvslInd === "true") {
        skipped.push({ entry: label, reason: "a reversal" });
        continue;
      }
      const bookedOn = bookingDate(ntry.BookgDt) ?? bookingDate(ntry.ValDt);
      if (bookedOn === null) {
        skipped.push({ entry: label, reason: "no booking date" });
        continue;
      }
      const transactions = (ntry.NtryDtls ?? []).flatMap((d) => d.TxDtls ?? []);
      const parts: (TxDetails | undefined)[] = transactions.length > 0 ? transactions : [undefined];
      for (const [txIndex, tx] of parts.entries()) {
        const txAmount = tx?.Amt ?? tx?.AmtDtls?.TxAmt?.Amt ?? (parts.length === 1 ? ntry.Amt : undefined);
        if (txAmount === undefined) {
          skipped.push({ entry: label, reason: "a batch entry without the amount of each transaction" });
          continue;
        }
        const currency = txAmount["@_Ccy"].toUpperCase();
        const amountMinor = /^[A-Z]{3}$/.test(currency) ? statementAmountMinor(txAmount["#text"], currency) : null;
        if (amountMinor === null || amountMinor <= 0) {
          skipped.push({ entry: label, reason: `an amount that cannot be read (${txAmount["#text"]} ${currency})` });
          continue;
        }
        const references = referencesOf(tx);
        const bankRef = present(tx?.Refs?.AcctSvcrRef) ?? present(ntry.AcctSvcrRef);
        const debtor = tx?.RltdPties?.Dbtr;
        const debtorAccount = tx?.RltdPties?.DbtrAcct?.Id;
        drafts.push({
          bankRef: bankRef === null ? null : `${ownAccount}:${bankRef}${parts.length > 1 ? `#${txIndex + 1}` : ""}`,
          bookedOn,
          amount: { amountMinor, currency },
          references,
          variableSymbols: [...new Set(references.flatMap(variableSymbolsIn))],
          counterparty: {
            name: present(debtor?.Nm ?? debtor?.Pty?.Nm),
            account: present(debtorAccount?.IBAN ?? debtorAccount?.Othr?.Id),
          },
        });
      }
    }
  }
  return { format: "camt.053", statementId, credits: withEntryIds(drafts, "camt"), skipped };
}

function withEntryIds(drafts: Draft[], prefix: string): StatementCredit[] {
  const contentIds = contentEntryIds(
    prefix,
    drafts.map((d) =>
      JSON.stringify([d.bookedOn, d.amount, d.references, d.counterparty.name, d.counterparty.account]),
    ),
  );
  return drafts.map(({ bankRef, ...credit }, index) => ({ entryId: bankRef ?? contentIds[index] ?? "", ...credit }));
}
