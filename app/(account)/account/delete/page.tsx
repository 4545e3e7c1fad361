import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { localeHref } from "@/lib/i18n/paths";
import { deleteAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("deleteAccount"), robots: { index: false } };
}

export default async function DeleteAccountPage() {
  if (!(await getCurrentUser())) redirect(await localeHref("/login?next=/account/delete"));
  const t = await getTranslations("account");
  return (
    <>
      <h1>{t("deleteAccount")}</h1>
      <p>{t("deleteIntro")}</p>
      <p>{t.rich("deleteExportFirst", { link: (chunks) => <a href="/api/account/export">{chunks}</a> })}</p>
      <AccountForm
        action={deleteAccountAction}
        submitLabel={t("deleteMyAccount")}
        fields={[{ name: "password", label: t("confirmPassword"), type: "password", autoComplete: "current-password" }]}
      />
      <p>
        <Link href="/account">{t("keepAccount")}</Link>
      </p>
    </>
  );
}
