import type { StaffActor } from "@/lib/admin/staff-actor";
import { requireWrite } from "@/lib/admin/require-write";
import { recordAudit } from "@/lib/audit/record-audit";
import { refreshStorefront } from "@/lib/catalog-admin/refresh-storefront";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SetProductExportedInput } from "./schemas";

/**
 * Puts a product in the product feeds or keeps it out (every active product is exported unless kept out). Audited;
 * setting what is already set changes nothing and records nothing.
 */
export async function setProductExported(db: Db, actor: StaffActor, input: SetProductExportedInput): Promise<void> {
  requireWrite(actor);
  const changed = await db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: input.productId },
      select: { id: true, feedExclusion: { select: { productId: true } } },
    });
    if (!product) throw notFound("The product was not found.");
    const exported = product.feedExclusion === null;
    if (exported === input.exported) return false;
    if (input.exported) await tx.feedProductExclusion.delete({ where: { productId: product.id } });
    else await tx.feedProductExclusion.create({ data: { productId: product.id } });
    await recordAudit(tx, actor, {
      action: "feed.product_export",
      entityType: "product",
      entityId: product.id,
      before: { exported },
      after: { exported: input.exported },
    });
    return true;
  });
  if (changed) await refreshStorefront([input.productId]);
}
