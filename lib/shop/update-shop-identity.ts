import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { CATALOG_CHANNEL } from "@/lib/catalog/cache";
import type { Db } from "@/lib/db";
import type { ShopIdentityInput } from "./schemas";
import { loadShopIdentity } from "./shop-identity";

/**
 * Sets who the shop is. Audited with what was in force before (the defaults, the first time). Invoices already
 * issued keep their seller; e-mails, the imprint, the footer and invoices issued from now on use the new one.
 */
export async function updateShopIdentity(db: Db, actor: StaffActor, input: ShopIdentityInput): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    // Serialises two staff saving at once, so each audit entry's "before" is what the other left.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shop_identity'))`;
    const before = await loadShopIdentity(tx);
    await tx.shopIdentitySetting.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await recordAudit(tx, actor, {
      action: "shop_identity.update",
      entityType: "shop_identity",
      entityId: "1",
      before: {
        legalName: before.legalName,
        address: before.addressLines.join("\n"),
        companyId: before.companyId ?? "",
        vatId: before.vatId ?? "",
        email: before.email,
      },
      after: input,
    });
    // Every page shows the identity in its footer: the page cache (lib/runtime/page-cache.ts) drops every page on
    // a notification of this channel that names no product, on every instance, at commit.
    await tx.$executeRaw`SELECT pg_notify(${CATALOG_CHANNEL}, 'shop-identity')`;
  });
}
