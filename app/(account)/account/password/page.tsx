import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { changePasswordAction } from "@/app/(account)/actions";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";
import { getCurrentUser } from "@/lib/auth/current-user";
import { localeHref } from "@/lib/i18n/paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("changePassword"), robots: { index: false } };
}

export default async function ChangePasswordPage() {
  if (!(await getCurrentUser())) redirect(await localeHref("/login?next=/account/password"));
  const [t, a] = await Promise.all([getTranslations("account"), getTranslations("auth")]);
  return (
    <>
      <h1>{t("changePassword")}</h1>
      <p>{t("changePasswordIntro")}</p>
      <AccountForm
        action={changePasswordAction}
        submitLabel={t("changePassword")}
        fields={[
          {
            name: "currentPassword",
            label: t("currentPassword"),
            type: "password",
            autoComplete: "current-password",
          },
          {
            name: "newPassword",
            label: a("newPassword"),
            type: "password",
            autoComplete: "new-password",
            hint: a("newPasswordHint", { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }),
          },
        ]}
      />
      <p>
        <Link href="/account">{t("backToAccount")}</Link>
      </p>
    </>
  );
}
