import { type ShopperActor, recordShopperAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, type FieldErrors, invalidInput, notFound } from "@/lib/errors";
import { lockOrder } from "@/lib/orders/lock-order";
import { returnableLines } from "./returnable-lines";
import { deliveredAtOf, returnWindow } from "./return-window";
import { describeUnits, recordReturnStep } from "./return-step";
import { requestReturnSchema } from "./schemas";

/** Who asks: the signed-in shopper, and whether they hold the order's signed link (as for viewing the order). */
export interface ReturnRequester {
  userId: string | null;
  linkValid: boolean;
}

export interface RequestedReturn {
  id: string;
  number: string;
  status: "REQUESTED";
}

/**
 * A shopper asks to return some units of a delivered order. Only the shopper who placed the order or a holder of
 * its signed link may (anyone else gets 404, as for the order itself). In one transaction under the order's row
 * lock: the return window is checked, every line's units already in returns (all but rejected ones) are counted,
 * and the request is stored only if each line has enough left, so concurrent requests for the last unit cannot both
 * pass. The order's history, the shopper's e-mail and the audit log get the request in the same transaction.
 */
export async function requestReturn(
  db: Db,
  requester: ReturnRequester,
  orderId: string,
  rawInput: unknown,
  now: Date = new Date(),
): Promise<RequestedReturn> {
  // Who may see the order is settled before the input is read: a stranger learns nothing from validation errors.
  const owner = await db.order.findUnique({ where: { id: orderId }, select: { userId: true, email: true } });
  const asCustomer = requester.userId !== null && owner?.userId === requester.userId;
  if (!owner || !(asCustomer || requester.linkValid)) throw notFound("The order was not found.");
  const input = requestReturnSchema.parse(rawInput);
  const shopper: ShopperActor = asCustomer
    ? {
        userId: requester.userId,
        email:
          (await db.user.findUnique({ where: { id: requester.userId ?? "" }, select: { email: true } }))?.email ??
          owner.email,
        via: "customer",
      }
    : { userId: null, email: owner.email, via: "order-link" };

  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    const window = returnWindow(order.status, await deliveredAtOf(tx, order.id), now);
    if (!window.open) {
      throw new AppError("conflict", window.closedReason ?? "This order cannot be returned.", {
        fields: { order: window.closedReason ?? "This order cannot be returned." },
      });
    }
    const lines = await returnableLines(tx, order.id);
    const byId = new Map(lines.map((line) => [line.orderLineId, line]));
    const unknown: FieldErrors = {};
    const tooMany: FieldErrors = {};
    input.lines.forEach((wanted, i) => {
      const line = byId.get(wanted.orderLineId);
      if (!line) {
        unknown[`lines.${i}.orderLineId`] = "This item is not part of the order.";
      } else if (wanted.quantity > line.returnable) {
        tooMany[`lines.${i}.quantity`] =
          line.returnable === 0
            ? "Every unit of this item is already in a return."
            : `At most ${line.returnable} of this item can still be returned.`;
      }
    });
    if (Object.keys(unknown).length > 0) throw invalidInput(unknown);
    if (Object.keys(tooMany).length > 0) {
      throw new AppError("conflict", "You asked to return more than is left to return.", { fields: tooMany });
    }

    const count = await tx.returnRequest.count({ where: { orderId: order.id } });
    const number = `${order.number}-R${count + 1}`;
    const created = await tx.returnRequest.create({
      data: {
        number,
        orderId: order.id,
        reason: input.reason ?? "",
        requestedBy: shopper.via === "customer" ? `customer:${shopper.userId}` : "link",
        lines: {
          create: input.lines.map((line) => ({ orderLineId: line.orderLineId, quantity: line.quantity })),
        },
      },
      select: { id: true },
    });
    const units = input.lines.map((wanted) => {
      const line = byId.get(wanted.orderLineId);
      return {
        quantity: wanted.quantity,
        productName: line?.productName ?? "",
        variantTitle: line?.variantTitle ?? "",
        sku: line?.sku ?? "",
      };
    });
    await recordReturnStep(tx, {
      order,
      returnId: created.id,
      step: "requested",
      actor: "shopper",
      note: `Return ${number} requested: ${describeUnits(units)}${input.reason ? `. Reason: ${input.reason}` : ""}`,
    });
    await recordShopperAudit(tx, shopper, {
      action: "return.request",
      entityType: "return",
      entityId: created.id,
      before: null,
      after: {
        orderId: order.id,
        number,
        status: "REQUESTED",
        reason: input.reason ?? "",
        lines: input.lines,
      },
    });
    return { id: created.id, number, status: "REQUESTED" as const };
  }, REQUEST_TX);
}

// Requests for one order queue on its row lock; let a burst of them wait their turn rather than time out.
const REQUEST_TX = { maxWait: 10_000, timeout: 15_000 };
