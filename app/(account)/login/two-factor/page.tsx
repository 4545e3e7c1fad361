import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { pendingSignInFromCookies } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { localeHref } from "@/lib/i18n/paths";
import { readPendingToken } from "@/lib/two-factor/sign-in-tokens";
import { TwoFactorCodeForm } from "./two-factor-code-form";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("twoFactor");
  return { title: t("title"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TwoFactorPage({ searchParams }: { searchParams: Search }) {
  const next = safeReturnPath((await searchParams).next);
  // Without a current pending sign-in there is nothing to confirm: back to the password.
  if (!readPendingToken("code", await pendingSignInFromCookies())) {
    redirect(await localeHref(`/login?next=${encodeURIComponent(next)}`));
  }
  const t = await getTranslations("twoFactor");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("enterCode")}</p>
      <PageTranslations namespaces={["twoFactor"]}>
        <TwoFactorCodeForm next={next} />
      </PageTranslations>
      <p>
        <Link href={`/login?next=${encodeURIComponent(next)}`}>{t("startAgain")}</Link>
      </p>
    </>
  );
}
