import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { SettingsTranslations } from "@/app/admin/_components/settings-translations";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { formatDecimal } from "@/lib/catalog-admin/amounts";
import { db } from "@/lib/db";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import { env } from "@/lib/env";
import { formatIbanForPeople } from "@/lib/payments/bank-transfer/bank-account";
import { cardUnavailableReason, paymentTestMode } from "@/lib/payments/payment-mode";
import { configurablePaymentMethods } from "@/lib/payments/settings/schemas";
import { deleteBankAccountAction } from "./actions";
import { BankAccountForm } from "./bank-account-form";
import { paymentsNoticeKeys } from "./notices";
import { PaymentMethodForm } from "./payment-method-form";
import { savePaymentMethodTranslationsAction } from "./translation-actions";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.payments");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Why a method switched on is still not offered here, or null when it is offered. Fail closed, said plainly. */
function unavailableReason(
  method: string,
  hasAccount: boolean,
  currency: string,
  t: Awaited<ReturnType<typeof getTranslations<"adminSettings.payments">>>,
): string | null {
  if (method === "card") return cardUnavailableReason() === null ? null : t("cardUnavailable");
  if (method === "bank_transfer" && !hasAccount) return t("transferUnavailable", { currency });
  return null;
}

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/payments");
  const [settings, query, t, tCommon, tr] = await Promise.all([
    loadShopSettings(db),
    searchParams,
    getTranslations("adminSettings.payments"),
    getTranslations("adminSettings.common"),
    getTranslations("adminTranslations"),
  ]);
  const notices = Object.fromEntries(paymentsNoticeKeys.map((key) => [key, t(`notices.${key}`)]));
  const currency = env.SHOP_CURRENCY;
  const hasAccount = settings.bankAccounts.some((a) => a.currency === currency);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("title")}</h1>
      <PageNotice notice={firstParam(query.notice)} messages={notices} />
      <p>{t("intro")}</p>
      {paymentTestMode() ? (
        <p className="notice notice-warn" role="note">
          {t("testMode")}
        </p>
      ) : null}
      {configurablePaymentMethods.map((method) => {
        const config = settings.payments[method];
        const reason = unavailableReason(method, hasAccount, currency, t);
        const headingId = `payment-${method}`;
        return (
          <section key={method} className="panel section" aria-labelledby={headingId}>
            <h2 id={headingId}>{tCommon(`paymentMethod.${method}`)}</h2>
            {reason ? (
              <p className="notice notice-warn" data-testid={`unavailable-${method}`}>
                <strong>{t("unavailable")}</strong> {reason}
              </p>
            ) : null}
            <PaymentMethodForm
              currency={currency}
              initial={{
                method,
                enabled: config.enabled,
                instructions: config.instructions,
                surcharge: formatDecimal(config.surchargeMinor, currency),
                reservationDays: String(config.reservationDays),
              }}
            />
            <SettingsTranslations
              summary={tr("textsSummary", { name: tCommon(`paymentMethod.${method}`) })}
              action={savePaymentMethodTranslationsAction}
              id={method}
              idPrefix={`payment-${method}-translation`}
              fields={[
                {
                  key: "instructions",
                  label: tr("instructions"),
                  fallback: config.instructions,
                  max: 1_000,
                  multiline: true,
                },
              ]}
              stored={config.translations}
            />
          </section>
        );
      })}

      <section className="section" aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t("accountsTitle")}</h2>
        <p>{t("accountsIntro")}</p>
        {settings.bankAccounts.map((account) => (
          <div key={account.id} className="panel">
            <h3 className="subheading">
              {account.currency}: {formatIbanForPeople(account.iban)}
            </h3>
            <BankAccountForm
              initial={{
                id: account.id,
                currency: account.currency,
                accountHolder: account.accountHolder,
                iban: formatIbanForPeople(account.iban),
                bic: account.bic ?? "",
              }}
            />
            <ButtonAction
              action={deleteBankAccountAction}
              fields={{ id: account.id }}
              label={t("removeAccount", { currency: account.currency })}
              pendingLabel={tCommon("working")}
              secondary
            />
          </div>
        ))}
        <div className="panel">
          <h3 className="subheading">{t("addAccount")}</h3>
          <BankAccountForm initial={{ id: "", currency, accountHolder: "", iban: "", bic: "" }} />
        </div>
      </section>
    </main>
  );
}
