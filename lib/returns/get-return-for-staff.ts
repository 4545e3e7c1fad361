import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { OrderStatus, PaymentMethod, RefundStatus } from "@/lib/generated/prisma/client";
import { MANUAL_REFUND_PROVIDERS } from "@/lib/payments/manual-refund-provider";
import { type ReturnView, returnViewInclude, toReturnView } from "./return-view";

export interface StaffReturnView extends ReturnView {
  requestedBy: string;
  order: {
    id: string;
    number: string;
    email: string;
    status: OrderStatus;
    currency: string;
    paymentMethod: PaymentMethod;
  };
  /** Refund attempts for this return, oldest first, with their credit notes. */
  refunds: {
    id: string;
    amountMinor: number;
    status: RefundStatus;
    failureReason: string | null;
    createdAt: string;
    creditNote: { id: string; number: string } | null;
  }[];
  /** The refund is paid out by staff (bank transfer, cash on delivery) rather than by a payment service. */
  manualRefund: boolean;
  actions: { approve: boolean; reject: boolean; receive: boolean; refund: boolean };
}

/** One return with its order, lines and refunds, and which staff steps it allows now. */
export async function getReturnForStaff(db: Db, returnId: string): Promise<StaffReturnView> {
  const row = await db.returnRequest.findUnique({
    where: { id: returnId },
    include: {
      ...returnViewInclude,
      order: {
        select: {
          id: true,
          number: true,
          email: true,
          status: true,
          currency: true,
          paymentMethod: true,
          payments: { where: { status: "SUCCEEDED" }, select: { provider: true }, take: 1 },
        },
      },
      refunds: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) throw notFound("The return was not found.");
  const notes = await db.creditNote.findMany({
    where: { refundId: { in: row.refunds.map((r) => r.id) } },
    select: { id: true, number: true, refundId: true },
  });
  const live = row.refunds.some((r) => r.status !== "FAILED");
  const { payments, ...order } = row.order;
  return {
    ...toReturnView(row),
    requestedBy: row.requestedBy,
    order,
    refunds: row.refunds.map((r) => {
      const note = notes.find((n) => n.refundId === r.id);
      return {
        id: r.id,
        amountMinor: r.amountMinor,
        status: r.status,
        failureReason: r.failureReason,
        createdAt: r.createdAt.toISOString(),
        creditNote: note ? { id: note.id, number: note.number } : null,
      };
    }),
    manualRefund: MANUAL_REFUND_PROVIDERS.includes(payments[0]?.provider ?? ""),
    actions: {
      approve: row.status === "REQUESTED",
      reject: row.status === "REQUESTED",
      receive: row.status === "APPROVED",
      refund: row.status === "RECEIVED" && !live,
    },
  };
}
