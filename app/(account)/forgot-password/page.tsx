import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { forgotPasswordAction } from "@/app/(account)/actions";
import { LocaleLink as Link } from "@/app/_components/locale-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forgotPassword"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const [t, f] = await Promise.all([getTranslations("auth"), getTranslations("fields")]);
  return (
    <>
      <h1>{t("forgotPassword")}</h1>
      <p>{t("forgotIntro")}</p>
      <AccountForm
        action={forgotPasswordAction}
        submitLabel={t("sendLink")}
        fields={[{ name: "email", label: f("email"), type: "email", autoComplete: "email", maxLength: 254 }]}
      />
      <p>
        <Link href="/login">{t("backToLogIn")}</Link>
      </p>
    </>
  );
}
