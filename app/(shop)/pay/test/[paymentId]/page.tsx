import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Price } from "@/app/_components/price";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadTestPayment } from "@/lib/payments/test-payment-actions";
import { testPaymentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payment");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ token?: string }> };

/** The built-in test provider's payment page: no money moves; each button raises the event a real provider would. */
export default async function TestPaymentPage({ params, searchParams }: Props) {
  const [{ paymentId }, { token = "" }] = await Promise.all([params, searchParams]);
  const payment = await loadTestPayment(db, paymentId, token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
  if (!payment) notFound();
  const t = await getTranslations("payment");
  const open = payment.status === "PENDING" && payment.order.status === "PENDING_PAYMENT";
  return (
    <section className="section" aria-labelledby="pay-heading">
      <h1 id="pay-heading">{t("heading", { number: payment.order.number })}</h1>
      <p>
        {t.rich("amount", {
          price: () => <Price money={{ amountMinor: payment.amountMinor, currency: payment.currency }} />,
        })}
      </p>
      <p className="notice">{t("testNotice")}</p>
      {open ? (
        <form action={testPaymentAction} className="pay-options">
          <input type="hidden" name="paymentId" value={payment.id} />
          <input type="hidden" name="token" value={token} />
          <button className="button" type="submit" name="outcome" value="pay">
            {t("payNow")}
          </button>
          <button className="button button-secondary" type="submit" name="outcome" value="pay_delayed">
            {t("payDelayed")}
          </button>
          <button className="button button-secondary" type="submit" name="outcome" value="decline">
            {t("decline")}
          </button>
          <button className="button button-secondary" type="submit" name="outcome" value="cancel">
            {t("cancel")}
          </button>
        </form>
      ) : (
        <p role="status">{t("noLongerOpen")}</p>
      )}
    </section>
  );
}
