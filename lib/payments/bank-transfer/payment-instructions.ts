import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import type { Money } from "@/lib/money/money";
import { dayIn } from "./due-date";
import { paymentQrPayload } from "./payment-qr-payload";
import { paymentReferenceForOrder } from "./payment-reference";
import { QrPayloadError } from "./qr-payload-error";

/** What a shopper needs to pay an order by bank transfer; the checkout answer, order page, e-mails and PDF show it. */
export interface PaymentInstructions {
  accountHolder: string;
  /** Without spaces, upper-case (print it with formatIbanForPeople). */
  iban: string;
  bic: string | null;
  amount: Money;
  /** The variable symbol to quote with the transfer (payment-reference.ts). */
  reference: string;
  /** The last day the money may arrive, YYYY-MM-DD in the shop's time zone. */
  dueDate: string;
  /**
   * The exact text of the payment QR code: EPC QR ("GiroCode") for EUR, SPAYD for CZK; null for a currency without
   * a common format (the shopper types the details).
   */
  qrPayload: string | null;
}

export interface OrderAwaitingTransfer {
  number: string;
  /** What is still to pay. */
  totalMinor: number;
  currency: string;
  paymentDueAt: Date;
}

export interface BankAccountDetails {
  accountHolder: string;
  iban: string;
  bic: string | null;
}

/** The instructions for an order, paid to `account` (the shop's account in the order's currency). */
export function paymentInstructionsFor(order: OrderAwaitingTransfer, account: BankAccountDetails): PaymentInstructions {
  const amount = { amountMinor: order.totalMinor, currency: order.currency };
  const reference = paymentReferenceForOrder(order.number);
  const dueDate = dayIn(order.paymentDueAt, env.SHOP_TIME_ZONE);
  let qrPayload: string | null = null;
  try {
    qrPayload = paymentQrPayload({ ...account, amount, reference, dueDate });
  } catch (error) {
    // An account staff saved that a QR format cannot carry (e.g. a holder's name over 70 characters): the shopper
    // still gets the details to type in; the log says what to fix.
    if (!(error instanceof QrPayloadError)) throw error;
    log.warn("payment QR code not made", { order: order.number, field: error.field, ...describeError(error) });
  }
  return {
    accountHolder: account.accountHolder,
    iban: account.iban,
    bic: account.bic,
    amount,
    reference,
    dueDate,
    qrPayload,
  };
}

/**
 * The payment instructions of an order still awaiting a bank transfer, or null: another payment method, already
 * paid or closed, or no bank account in its currency any more. The account is the one configured now, so a changed
 * account reaches shoppers who have not paid yet.
 */
export async function loadPaymentInstructions(db: Db | Tx, orderId: string): Promise<PaymentInstructions | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { number: true, totalMinor: true, currency: true, paymentDueAt: true, paymentMethod: true, status: true },
  });
  if (!order || order.paymentMethod !== "bank_transfer" || order.status !== "PENDING_PAYMENT") return null;
  if (!order.paymentDueAt) return null;
  const [account, received] = await Promise.all([
    db.bankAccount.findUnique({
      where: { currency: order.currency },
      select: { accountHolder: true, iban: true, bic: true },
    }),
    db.bankTransfer.aggregate({ where: { orderId }, _sum: { amountMinor: true } }),
  ]);
  // After a short transfer, what is still missing (statement matching compares a credit with the same amount).
  const dueMinor = order.totalMinor - (received._sum.amountMinor ?? 0);
  if (!account || dueMinor <= 0) return null;
  return paymentInstructionsFor({ ...order, totalMinor: dueMinor, paymentDueAt: order.paymentDueAt }, account);
}
