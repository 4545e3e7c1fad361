import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TwoFactorSetup } from "@/app/(account)/_components/two-factor-setup";
import { localizedReturnPath } from "@/app/(account)/return-path";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pendingSignInFromCookies } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { localeHref } from "@/lib/i18n/paths";
import { enrolmentForSignIn } from "@/lib/two-factor/complete-sign-in";
import { confirmSignInEnrolmentAction } from "../actions";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("twoFactor");
  return { title: t("setupTitle"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

// Staff whose role requires two-factor sign-in (STAFF_2FA) and who have none come here from the password step, with
// no session: they get one only once the set-up is confirmed.
export default async function TwoFactorSetupPage({ searchParams }: { searchParams: Search }) {
  const next = safeReturnPath((await searchParams).next);
  const enrolment = await enrolmentForSignIn(db, await pendingSignInFromCookies()).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "unauthenticated") return null;
    throw error;
  });
  // Once the set-up is confirmed the pending sign-in is gone and a session exists: the page stays, showing the
  // recovery codes the confirmation returned.
  if (!enrolment && !(await getCurrentUser())) redirect(await localeHref(`/login?next=${encodeURIComponent(next)}`));
  const t = await getTranslations("twoFactor");
  return (
    <>
      <h1>{t("setupTitle")}</h1>
      <p>{t("setupIntro")}</p>
      <PageTranslations namespaces={["twoFactor"]}>
        <TwoFactorSetup
          key="two-factor-setup"
          action={confirmSignInEnrolmentAction}
          enrolment={enrolment}
          continueHref={await localizedReturnPath(next)}
          continueLabel={t("continue")}
        />
      </PageTranslations>
    </>
  );
}
