import { requireWrite } from "@/lib/admin/require-write";
import { CountryNames, serverMessage } from "@/lib/i18n/server-message";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import type { ZoneInput } from "./admin-schemas";
import { dropShopSettings } from "./settings-cache";

/**
 * Creates a zone or changes one. A country belongs to at most one zone: the check takes the same advisory lock as
 * the database trigger (migration 20261204130000), so two concurrent edits cannot each miss the other's overlap,
 * and a clash is a field error naming the countries and the zone that has them.
 */
export async function saveZone(db: Db, actor: StaffActor, input: ZoneInput): Promise<{ id: string }> {
  requireWrite(actor);
  const saved = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('delivery_zones'))`;
    const before = input.id ? await tx.deliveryZone.findUnique({ where: { id: input.id } }) : null;
    if (input.id && !before) throw notFound("The zone was not found.");
    const others = await tx.deliveryZone.findMany({
      where: { countries: { hasSome: input.countries }, ...(input.id ? { id: { not: input.id } } : {}) },
      select: { name: true, countries: true },
    });
    const clash = others[0];
    if (clash) {
      const taken = input.countries.filter((c) => clash.countries.includes(c));
      throw invalidInput({
        countries: serverMessage("Already in the zone “{zone}”: {countries}.", {
          zone: clash.name,
          countries: new CountryNames(taken),
        }),
      });
    }
    const data = { name: input.name, countries: input.countries, position: input.position };
    const zone = before
      ? await tx.deliveryZone.update({ where: { id: before.id }, data })
      : await tx.deliveryZone.create({ data });
    await recordAudit(tx, actor, {
      action: before ? "delivery_zone.update" : "delivery_zone.create",
      entityType: "delivery_zone",
      entityId: zone.id,
      before: before ? { name: before.name, countries: before.countries, position: before.position } : undefined,
      after: data,
    });
    return { id: zone.id };
  });
  dropShopSettings();
  return saved;
}
