import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/app/(account)/_components/account-form";
import { TwoFactorSetup } from "@/app/(account)/_components/two-factor-setup";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { twoFactorRequiredFor } from "@/lib/two-factor/policy";
import { unusedRecoveryCodes } from "@/lib/two-factor/recovery-codes";
import { startEnrolment } from "@/lib/two-factor/start-enrolment";
import { disableTwoFactorAction, enableTwoFactorAction } from "./actions";
import { PageTranslations } from "@/app/_components/page-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("twoFactor");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountTwoFactorPage() {
  const user = await getCurrentUser();
  if (!user) redirect(await localeHref("/login?next=/account/two-factor"));
  const [t, f, language] = await Promise.all([
    getTranslations("twoFactor"),
    getTranslations("fields"),
    currentLanguage(),
  ]);
  const dateFormat = new Intl.DateTimeFormat(formattingLocale(language), {
    dateStyle: "long",
    timeZone: env.SHOP_TIME_ZONE,
  });
  const { twoFactorEnabledAt } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { twoFactorEnabledAt: true },
  });
  const required = twoFactorRequiredFor(user.role);
  const enrolment = twoFactorEnabledAt ? null : await startEnrolment(db, user.id);
  return (
    <>
      <p>
        <Link href="/account">{t("backToAccount")}</Link>
      </p>
      <h1>{t("title")}</h1>
      {twoFactorEnabledAt ? (
        <>
          <p role="status">
            {t.rich("onSince", {
              date: dateFormat.format(twoFactorEnabledAt),
              count: await unusedRecoveryCodes(db, user.id),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          {required ? (
            <p>{t("requiredForRole")}</p>
          ) : (
            <section aria-labelledby="disable-heading">
              <h2 id="disable-heading">{t("disableHeading")}</h2>
              <AccountForm
                action={disableTwoFactorAction}
                submitLabel={t("disableButton")}
                secondary
                fields={[
                  { name: "password", label: f("password"), type: "password", autoComplete: "current-password" },
                  {
                    name: "code",
                    label: t("codeOrRecovery"),
                    autoComplete: "one-time-code",
                    maxLength: 40,
                  },
                ]}
              />
            </section>
          )}
        </>
      ) : (
        <p>{t("intro")}</p>
      )}
      {/* Keyed and always rendered: it keeps the recovery codes on screen through the refresh after turning on. */}
      <PageTranslations namespaces={["twoFactor"]}>
        <TwoFactorSetup
          key="two-factor-setup"
          action={enableTwoFactorAction}
          enrolment={enrolment}
          continueHref={await localeHref("/account")}
          continueLabel={t("continueToAccount")}
        />
      </PageTranslations>
    </>
  );
}
