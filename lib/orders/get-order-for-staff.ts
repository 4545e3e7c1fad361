import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { EmailStatus, OrderStatus, PaymentStatus, RefundStatus } from "@/lib/generated/prisma/client";
import { type OrderView, getOrder } from "./get-order";
import { REFUNDABLE } from "./open-refund";
import { canTransition } from "./state-machine";

export interface StaffOrderActions {
  ship: boolean;
  deliver: boolean;
  cancel: boolean;
  refund: boolean;
  resendConfirmation: boolean;
  /** Cash on delivery: staff may record the cash (see mark-cash-received.ts for when). */
  recordCash: boolean;
}

export interface StaffOrderView extends OrderView {
  attentionReason: string | null;
  paymentProvider: string;
  /** Refunds still in flight hold their amount: this is what may be refunded now. */
  refundableMinor: number;
  payments: {
    id: string;
    provider: string;
    reference: string | null;
    amountMinor: number;
    currency: string;
    status: PaymentStatus;
    failureReason: string | null;
    createdAt: string;
  }[];
  refundAttempts: {
    id: string;
    amountMinor: number;
    currency: string;
    reason: string;
    status: RefundStatus;
    reference: string | null;
    failureReason: string | null;
    actor: string;
    createdAt: string;
    creditNote: { id: string; number: string } | null;
  }[];
  history: {
    fromStatus: OrderStatus | null;
    toStatus: OrderStatus;
    actor: string;
    /** The staff member's e-mail address for "staff:<id>" actors still on file. */
    actorName: string | null;
    note: string | null;
    createdAt: string;
  }[];
  emails: {
    id: string;
    template: string;
    recipient: string;
    status: EmailStatus;
    attempts: number;
    lastError: string | null;
    createdAt: string;
    sentAt: string | null;
  }[];
  invoice: { id: string; number: string; issuedAt: string; totalMinor: number } | null;
  actions: StaffOrderActions;
}

/** The states in which markCashReceived accepts the cash of a cash-on-delivery order. */
const CASH_STATUSES: readonly OrderStatus[] = ["CONFIRMED", "SHIPPED", "DELIVERED"];

type EmailRow = Omit<StaffOrderView["emails"][number], "createdAt" | "sentAt"> & {
  createdAt: Date;
  sentAt: Date | null;
};

/** Everything staff see about one order: the shopper's view plus payments, refunds, history, e-mails, documents. */
export async function getOrderForStaff(db: Db, orderId: string): Promise<StaffOrderView> {
  const view = await getOrder(db, orderId, { userId: null, linkValid: false, staff: true });
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      attentionReason: true,
      paymentProvider: true,
      payments: { orderBy: { createdAt: "asc" } },
      refunds: { orderBy: { createdAt: "asc" } },
      events: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!order) throw notFound("The order was not found.");
  const [invoice, creditNotes, emails] = await Promise.all([
    db.invoice.findUnique({
      where: { orderId },
      select: { id: true, number: true, issuedAt: true, totalMinor: true },
    }),
    db.creditNote.findMany({ where: { orderId }, select: { id: true, number: true, refundId: true } }),
    // Every order e-mail carries the order id in its payload (see lib/mail/messages.ts).
    db.$queryRaw<EmailRow[]>`
      SELECT id, template, recipient, status::text AS status, attempts, "lastError", "createdAt", "sentAt"
      FROM email_outbox WHERE payload->>'orderId' = ${orderId}
      ORDER BY "createdAt", id`,
  ]);
  const staffIds = [
    ...new Set(order.events.map((e) => /^staff:([0-9a-f-]{36})$/.exec(e.actor)?.[1]).filter((id) => id !== undefined)),
  ];
  const staff = staffIds.length
    ? await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })
    : [];
  const staffEmail = new Map(staff.map((u) => [`staff:${u.id}`, u.email]));
  const pendingMinor = order.refunds.filter((r) => r.status === "PENDING").reduce((sum, r) => sum + r.amountMinor, 0);
  const refundableMinor = REFUNDABLE.includes(view.status)
    ? Math.max(0, view.totalMinor - view.refundedMinor - pendingMinor)
    : 0;
  const cancelling = order.refunds.some((r) => r.status === "PENDING" && r.idempotencyKey.startsWith("order-cancel-"));

  return {
    ...view,
    attentionReason: order.attentionReason,
    paymentProvider: order.paymentProvider,
    refundableMinor,
    payments: order.payments.map((p) => ({
      id: p.id,
      provider: p.provider,
      reference: p.reference,
      amountMinor: p.amountMinor,
      currency: p.currency,
      status: p.status,
      failureReason: p.failureReason,
      createdAt: p.createdAt.toISOString(),
    })),
    refundAttempts: order.refunds.map((r) => {
      const note = creditNotes.find((c) => c.refundId === r.id);
      return {
        id: r.id,
        amountMinor: r.amountMinor,
        currency: r.currency,
        reason: r.reason,
        status: r.status,
        reference: r.reference,
        failureReason: r.failureReason,
        actor: r.actor,
        createdAt: r.createdAt.toISOString(),
        creditNote: note ? { id: note.id, number: note.number } : null,
      };
    }),
    history: order.events.map((e) => ({
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: e.actor,
      actorName: staffEmail.get(e.actor) ?? null,
      note: e.note,
      createdAt: e.createdAt.toISOString(),
    })),
    emails: emails.map((e) => ({
      ...e,
      createdAt: e.createdAt.toISOString(),
      sentAt: e.sentAt?.toISOString() ?? null,
    })),
    invoice: invoice
      ? {
          id: invoice.id,
          number: invoice.number,
          issuedAt: invoice.issuedAt.toISOString(),
          totalMinor: invoice.totalMinor,
        }
      : null,
    actions: {
      ship: canTransition(view.status, "SHIPPED") && !cancelling,
      deliver: canTransition(view.status, "DELIVERED"),
      cancel: (view.status === "PENDING_PAYMENT" || view.status === "PAID") && pendingMinor === 0,
      refund: refundableMinor > 0 && invoice !== null,
      resendConfirmation: view.paidAt !== null,
      recordCash:
        view.paymentMethod === "cash_on_delivery" && view.paidAt === null && CASH_STATUSES.includes(view.status),
    },
  };
}
