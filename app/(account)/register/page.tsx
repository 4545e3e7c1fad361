import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { registerAction } from "@/app/(account)/actions";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/accounts/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("createAccount"), robots: { index: false } };
}

export default async function RegisterPage() {
  const [t, f] = await Promise.all([getTranslations("auth"), getTranslations("fields")]);
  return (
    <>
      <h1>{t("createAccount")}</h1>
      <AccountForm
        action={registerAction}
        submitLabel={t("createAccountButton")}
        fields={[
          { name: "name", label: f("yourName"), autoComplete: "name", maxLength: 100 },
          { name: "email", label: f("email"), type: "email", autoComplete: "email", maxLength: 254 },
          {
            name: "password",
            label: f("password"),
            type: "password",
            autoComplete: "new-password",
            hint: t("newPasswordHintStrong", { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }),
          },
        ]}
      />
      <p>
        {t("haveAccount")} <Link href="/login">{t("logIn")}</Link>
      </p>
    </>
  );
}
