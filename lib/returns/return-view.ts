import type { Prisma, ReturnStatus } from "@/lib/generated/prisma/client";

/** A return as its shopper and staff both see it. */
export interface ReturnView {
  id: string;
  number: string;
  orderId: string;
  status: ReturnStatus;
  reason: string;
  staffNote: string | null;
  createdAt: string;
  decidedAt: string | null;
  receivedAt: string | null;
  refundedAt: string | null;
  lines: {
    id: string;
    orderLineId: string;
    productName: string;
    variantTitle: string;
    sku: string;
    quantity: number;
    /** Set once received: whether the units went back into stock. */
    restocked: boolean | null;
    /** Set once the refund is opened: what it gives back for these units. */
    creditMinor: number | null;
  }[];
}

export const returnViewInclude = {
  lines: { include: { orderLine: true }, orderBy: { orderLine: { position: "asc" } } },
} satisfies Prisma.ReturnRequestInclude;

type ReturnRow = Prisma.ReturnRequestGetPayload<{ include: typeof returnViewInclude }>;

export function toReturnView(row: ReturnRow): ReturnView {
  return {
    id: row.id,
    number: row.number,
    orderId: row.orderId,
    status: row.status,
    reason: row.reason,
    staffNote: row.staffNote,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    refundedAt: row.refundedAt?.toISOString() ?? null,
    lines: row.lines.map((line) => ({
      id: line.id,
      orderLineId: line.orderLineId,
      productName: line.orderLine.productName,
      variantTitle: line.orderLine.variantTitle,
      sku: line.orderLine.sku,
      quantity: line.quantity,
      restocked: line.restocked,
      creditMinor: line.creditMinor,
    })),
  };
}
