import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { invalidInput, notFound } from "@/lib/errors";
import type { DeliveryMethodInput } from "./admin-schemas";
import { dropShopSettings } from "./settings-cache";

/**
 * Creates a delivery method or changes one, with its weight bands replaced as a whole. Prices are in the shop's
 * currency, the only one carts are priced in. Orders already placed keep the price and name they were placed with.
 */
export async function saveDeliveryMethod(
  db: Db,
  actor: StaffActor,
  input: DeliveryMethodInput,
): Promise<{ id: string }> {
  requireWrite(actor);
  const saved = await db.$transaction(async (tx) => {
    const zone = await tx.deliveryZone.findUnique({ where: { id: input.zoneId }, select: { id: true } });
    if (!zone) throw invalidInput({ zoneId: "Choose a zone." });
    const before = input.id
      ? await tx.deliveryMethod.findUnique({ where: { id: input.id }, include: { weightBands: true } })
      : null;
    if (input.id && !before) throw notFound("The delivery method was not found.");
    const data = {
      zoneId: input.zoneId,
      name: input.name,
      description: input.description,
      kind: input.kind,
      priceMinor: input.priceMinor,
      currency: env.SHOP_CURRENCY,
      freeFromMinor: input.freeFromMinor,
      paymentMethods: input.paymentMethods,
      active: input.active,
      position: input.position,
    };
    const method = before
      ? await tx.deliveryMethod.update({ where: { id: before.id }, data })
      : await tx.deliveryMethod.create({ data });
    await tx.deliveryWeightBand.deleteMany({ where: { methodId: method.id } });
    if (input.weightBands.length > 0) {
      await tx.deliveryWeightBand.createMany({
        data: input.weightBands.map((b) => ({ methodId: method.id, maxGrams: b.maxGrams, priceMinor: b.priceMinor })),
      });
    }
    const bands = (list: readonly { maxGrams: number; priceMinor: number }[]) =>
      [...list].sort((a, b) => a.maxGrams - b.maxGrams).map(({ maxGrams, priceMinor }) => ({ maxGrams, priceMinor }));
    await recordAudit(tx, actor, {
      action: before ? "delivery_method.update" : "delivery_method.create",
      entityType: "delivery_method",
      entityId: method.id,
      before: before
        ? {
            zoneId: before.zoneId,
            name: before.name,
            description: before.description,
            kind: before.kind,
            priceMinor: before.priceMinor,
            currency: before.currency,
            freeFromMinor: before.freeFromMinor,
            paymentMethods: before.paymentMethods,
            active: before.active,
            position: before.position,
            weightBands: bands(before.weightBands),
          }
        : undefined,
      after: { ...data, weightBands: bands(input.weightBands) },
    });
    return { id: method.id };
  });
  dropShopSettings();
  return saved;
}
