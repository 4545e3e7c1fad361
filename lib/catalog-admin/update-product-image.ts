import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { refreshStorefront } from "./refresh-storefront";
import type { AdminImage } from "./types";

/** Changes a picture's text alternative (what screen readers say and search engines index). */
export async function updateProductImage(
  db: Db,
  actor: StaffActor,
  productId: string,
  imageId: string,
  input: { alt: string },
): Promise<AdminImage> {
  const image = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ alt: string }[]>`
      SELECT alt FROM product_images WHERE id = ${imageId}::uuid AND "productId" = ${productId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw notFound("The picture was not found.");
    const updated = await tx.productImage.update({
      where: { id: imageId },
      data: { alt: input.alt },
      select: { id: true, url: true, alt: true, width: true, height: true, position: true },
    });
    if (before.alt !== input.alt) {
      await recordAudit(tx, actor, {
        action: "product.image_update",
        entityType: "product",
        entityId: productId,
        before: { imageId, alt: before.alt },
        after: { imageId, alt: input.alt },
      });
    }
    return updated;
  });
  await refreshStorefront([productId]);
  return image;
}
