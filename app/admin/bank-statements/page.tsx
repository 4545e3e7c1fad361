import type { Metadata } from "next";
import { staffGate } from "@/app/admin/_lib/gate";
import { StatementUpload } from "./statement-upload";

export const metadata: Metadata = { title: "Bank statements", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function BankStatementsPage() {
  await staffGate("/admin/bank-statements");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Bank statements</h1>
      </div>
      <p>
        Upload a statement of the shop&apos;s bank account to pay the orders waiting for a bank transfer. Credits are
        matched by payment reference (the variable symbol, which is the order number) and amount. Only a credit that
        names one order and pays exactly what is due is applied; under- and over-payments and ambiguous credits are
        shown for you to record on the order. Applying the same statement again pays nothing twice.
      </p>
      <StatementUpload />
    </main>
  );
}
