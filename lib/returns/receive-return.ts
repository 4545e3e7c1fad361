import { requireWrite } from "@/lib/admin/require-write";
import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkViolationAsConflict } from "@/lib/catalog-admin/constraint-errors";
import type { Db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { lockReturn, requireReturnStatus } from "./lock-return";
import { describeUnits, recordReturnStep } from "./return-step";
import { receiveReturnSchema } from "./schemas";

/**
 * Staff record that an approved return's parcel arrived. Each line's units go back on the shelf when staff say so
 * (restockLineIds), through one stock adjustment per line that names the return line (unique in the database), and
 * only in the transaction that moves the return from APPROVED to RECEIVED: a second press finds it RECEIVED and is
 * refused, so no line moves stock twice.
 */
export async function receiveReturn(db: Db, actor: StaffActor, returnId: string, rawInput: unknown) {
  requireWrite(actor);
  const input = receiveReturnSchema.parse(rawInput);
  return db
    .$transaction(async (tx) => {
      const { order, ret } = await lockReturn(tx, returnId);
      requireReturnStatus(ret, "APPROVED", "received");
      const lines = await tx.returnLine.findMany({
        where: { returnId: ret.id },
        include: { orderLine: { select: { variantId: true, productName: true, variantTitle: true, sku: true } } },
        orderBy: { orderLine: { position: "asc" } },
      });
      const known = new Set(lines.map((line) => line.id));
      const restock = new Set(input.restockLineIds);
      const unknown = input.restockLineIds.findIndex((id) => !known.has(id));
      if (unknown >= 0) throw invalidInput({ [`restockLineIds.${unknown}`]: "This is not a line of the return." });

      const label = actorLabel(actor);
      const restocked: { returnLineId: string; variantId: string; quantity: number; stockAfter: number }[] = [];
      for (const line of lines) {
        const back = restock.has(line.id);
        await tx.returnLine.update({ where: { id: line.id }, data: { restocked: back } });
        if (!back) continue;
        const [variant] = await tx.$queryRaw<{ stockOnHand: number }[]>`
          UPDATE product_variants SET "stockOnHand" = "stockOnHand" + ${line.quantity}::int, "updatedAt" = now()
          WHERE id = ${line.orderLine.variantId}::uuid
          RETURNING "stockOnHand"`;
        // A variant deleted since the order was placed has no shelf to go back to; the line stays not restocked.
        if (!variant) {
          await tx.returnLine.update({ where: { id: line.id }, data: { restocked: false } });
          continue;
        }
        await tx.stockAdjustment.create({
          data: {
            variantId: line.orderLine.variantId,
            delta: line.quantity,
            stockAfter: variant.stockOnHand,
            reason: `Return ${ret.number}`,
            actor: label,
            returnLineId: line.id,
          },
        });
        restocked.push({
          returnLineId: line.id,
          variantId: line.orderLine.variantId,
          quantity: line.quantity,
          stockAfter: variant.stockOnHand,
        });
      }
      await tx.returnRequest.update({ where: { id: ret.id }, data: { status: "RECEIVED", receivedAt: new Date() } });

      const restockedIds = new Set(restocked.map((r) => r.returnLineId));
      const back = lines.filter((line) => restockedIds.has(line.id));
      const units = (list: typeof lines) => describeUnits(list.map((l) => ({ ...l.orderLine, quantity: l.quantity })));
      await recordReturnStep(tx, {
        order,
        returnId: ret.id,
        step: "received",
        actor: label,
        note: `Return ${ret.number} received${back.length > 0 ? `; back in stock: ${units(back)}` : "; nothing put back in stock"}`,
      });
      await recordAudit(tx, actor, {
        action: "return.receive",
        entityType: "return",
        entityId: ret.id,
        before: { status: ret.status },
        after: { status: "RECEIVED", orderId: order.id, restocked },
      });
      return { id: ret.id, number: ret.number, status: "RECEIVED" as const, restocked };
    })
    .catch((error: unknown) => {
      throw checkViolationAsConflict(error, "The stock changed at the same moment; look at it again and retry.");
    });
}
