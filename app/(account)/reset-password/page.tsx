import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { resetPasswordAction } from "@/app/(account)/actions";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("choosePassword"), robots: { index: false }, referrer: "no-referrer" };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: Search }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  const askLink = (chunks: ReactNode) => <Link href="/forgot-password">{chunks}</Link>;
  if (typeof token !== "string" || token.length === 0) {
    return (
      <>
        <h1>{t("choosePassword")}</h1>
        <p>{t.rich("needsEmailLink", { link: askLink })}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("choosePassword")}</h1>
      <AccountForm
        action={resetPasswordAction}
        hidden={{ token }}
        submitLabel={t("saveNewPassword")}
        fields={[
          {
            name: "password",
            label: t("newPassword"),
            type: "password",
            autoComplete: "new-password",
            hint: t("newPasswordHint", { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }),
          },
        ]}
      />
      <p>{t.rich("linkNotWorking", { link: askLink })}</p>
    </>
  );
}
