import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import { deleteImageFile } from "./image-files";
import { refreshStorefront } from "./refresh-storefront";

/** Removes a picture from a product; its uploaded file is deleted once the removal has committed. */
export async function removeProductImage(db: Db, actor: StaffActor, productId: string, imageId: string): Promise<void> {
  const removed = await db.$transaction(async (tx) => {
    const image = await tx.productImage.findFirst({
      where: { id: imageId, productId },
      select: { id: true, url: true, alt: true, width: true, height: true, position: true },
    });
    if (!image) throw notFound("The picture was not found.");
    await tx.productImage.delete({ where: { id: imageId } });
    await recordAudit(tx, actor, {
      action: "product.image_remove",
      entityType: "product",
      entityId: productId,
      before: { image },
    });
    return image;
  });
  await refreshStorefront([productId]);
  await deleteImageFile(removed.url).catch((error: unknown) =>
    log.warn("could not delete a removed picture's file", { url: removed.url, ...describeError(error) }),
  );
}
