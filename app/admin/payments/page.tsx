import type { Metadata } from "next";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { formatDecimal } from "@/lib/catalog-admin/amounts";
import { db } from "@/lib/db";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import { env } from "@/lib/env";
import { formatIbanForPeople } from "@/lib/payments/bank-transfer/bank-account";
import { paymentMethodNames } from "@/lib/payments/offered-payment-methods";
import { cardUnavailableReason, paymentTestMode } from "@/lib/payments/payment-mode";
import { configurablePaymentMethods } from "@/lib/payments/settings/schemas";
import { deleteBankAccountAction } from "./actions";
import { BankAccountForm } from "./bank-account-form";
import { paymentsNotices } from "./notices";
import { PaymentMethodForm } from "./payment-method-form";
import "../people.css";

export const metadata: Metadata = { title: "Payments", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Why a method switched on is still not offered here, or null when it is offered. Fail closed, said plainly. */
function unavailableReason(method: string, hasAccount: boolean, currency: string): string | null {
  if (method === "card") return cardUnavailableReason();
  if (method === "bank_transfer" && !hasAccount) {
    return `Not offered until a bank account in ${currency} is added below.`;
  }
  return null;
}

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/payments");
  const [settings, query] = await Promise.all([loadShopSettings(db), searchParams]);
  const currency = env.SHOP_CURRENCY;
  const hasAccount = settings.bankAccounts.some((a) => a.currency === currency);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Payments</h1>
      <PageNotice notice={firstParam(query.notice)} messages={paymentsNotices} />
      <p>
        Shoppers see the methods that are switched on here, possible on this deployment, and allowed by the delivery
        they chose. Changes apply to the checkout at once.
      </p>
      {paymentTestMode() ? (
        <p className="notice notice-warn" role="note">
          Test mode is on: the built-in test provider takes &ldquo;payments&rdquo; without real money. Turn it off
          (PAYMENT_TEST_MODE=off with a database of your own) before taking real orders.
        </p>
      ) : null}
      {configurablePaymentMethods.map((method) => {
        const config = settings.payments[method];
        const reason = unavailableReason(method, hasAccount, currency);
        const headingId = `payment-${method}`;
        return (
          <section key={method} className="panel section" aria-labelledby={headingId}>
            <h2 id={headingId}>{paymentMethodNames[method]}</h2>
            {reason ? (
              <p className="notice notice-warn" data-testid={`unavailable-${method}`}>
                <strong>Unavailable:</strong> {reason}
              </p>
            ) : null}
            <PaymentMethodForm
              currency={currency}
              initial={{
                method,
                label: paymentMethodNames[method],
                enabled: config.enabled,
                instructions: config.instructions,
                surcharge: formatDecimal(config.surchargeMinor, currency),
                reservationDays: String(config.reservationDays),
              }}
            />
          </section>
        );
      })}

      <section className="section" aria-labelledby="accounts-title">
        <h2 id="accounts-title">Bank accounts</h2>
        <p>
          One per currency: bank-transfer orders are paid to the account in their currency, and its details go into the
          payment instructions and QR code.
        </p>
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
              label={`Remove the ${account.currency} account`}
              secondary
            />
          </div>
        ))}
        <div className="panel">
          <h3 className="subheading">Add an account</h3>
          <BankAccountForm initial={{ id: "", currency, accountHolder: "", iban: "", bic: "" }} />
        </div>
      </section>
    </main>
  );
}
