import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { PasskeySignIn } from "@/app/(account)/_components/passkey-sign-in";
import { ProviderSignInButtons, ProviderSignInNotice } from "@/app/(account)/_components/provider-sign-in";
import { logInAction } from "@/app/(account)/actions";
import { localizedReturnPath } from "@/app/(account)/return-path";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { REGISTERED_MESSAGE } from "@/lib/accounts/messages";
import { CSRF_COOKIE, csrfTokenOf } from "@/lib/auth/csrf-cookie";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readCookie } from "@/lib/http/request-cookies";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { signInRefusal } from "@/lib/auth/sign-in-refusal";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("logIn"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const next = safeReturnPath(search.next);
  if (await getCurrentUser()) redirect(await localizedReturnPath(next));
  const [t, f, language] = await Promise.all([getTranslations("auth"), getTranslations("fields"), currentLanguage()]);
  // next-auth's CSRF token (its cookie is set by proxy.ts or by next-auth's own routes).
  const csrfToken = csrfTokenOf(await readCookie(CSRF_COOKIE)) ?? "";
  const refusal = signInRefusal(search.error);
  return (
    <>
      <h1>{t("logIn")}</h1>
      {search.registered ? (
        <p className="form-message form-message-success">{translateServerText(REGISTERED_MESSAGE, language)}</p>
      ) : null}
      {search.reset ? <p className="form-message form-message-success">{t("passwordReset")}</p> : null}
      {refusal ? (
        <p className="form-message form-message-error" role="alert">
          {translateServerText(refusal, language)}
        </p>
      ) : null}
      <ProviderSignInNotice reason={search.signin} link={search.link} />
      <AccountForm
        action={logInAction}
        hidden={{ next, csrfToken }}
        submitLabel={t("logIn")}
        fields={[
          { name: "email", label: f("email"), type: "email", autoComplete: "email", maxLength: 254 },
          { name: "password", label: f("password"), type: "password", autoComplete: "current-password" },
        ]}
      />
      <PageTranslations namespaces={["passkeys"]}>
        <PasskeySignIn next={next} />
      </PageTranslations>
      <ProviderSignInButtons next={next} />
      <p>
        <Link href="/forgot-password">{t("forgotPassword")}</Link>
      </p>
      <p>
        {t("newHere")} <Link href="/register">{t("createAccount")}</Link>
      </p>
    </>
  );
}
