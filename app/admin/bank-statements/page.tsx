import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffGate } from "@/app/admin/_lib/gate";
import { StatementUpload } from "./statement-upload";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.bankStatements");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function BankStatementsPage() {
  await staffGate("/admin/bank-statements");
  const t = await getTranslations("admin.bankStatements");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p>{t("intro")}</p>
      <StatementUpload />
    </main>
  );
}
