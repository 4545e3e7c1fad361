import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import { deleteImageFile, saveImageFile } from "./image-files";
import { lockProduct } from "./locks";
import { processImage } from "./process-image";
import { refreshStorefront } from "./refresh-storefront";
import type { AdminImage } from "./types";

/**
 * Checks and stores an uploaded picture and adds it after the product's other pictures. The file is written
 * first; if the database then refuses the row, the file is removed again, so no picture is left half-added.
 */
export async function addProductImage(
  db: Db,
  actor: StaffActor,
  productId: string,
  input: { alt: string; bytes: Uint8Array },
): Promise<AdminImage> {
  const product = await db.product.findUnique({ where: { id: productId }, select: { id: true } });
  if (!product) throw notFound("The product was not found.");
  const image = await processImage(input.bytes, env.UPLOAD_MAX_IMAGE_BYTES);
  const url = await saveImageFile(image.data, image.format);
  try {
    const created = await db.$transaction(async (tx) => {
      await lockProduct(tx, productId);
      const last = await tx.productImage.aggregate({ where: { productId }, _max: { position: true } });
      const row = await tx.productImage.create({
        data: {
          productId,
          url,
          alt: input.alt,
          width: image.width,
          height: image.height,
          position: (last._max.position ?? -1) + 1,
        },
        select: { id: true, url: true, alt: true, width: true, height: true, position: true },
      });
      await recordAudit(tx, actor, {
        action: "product.image_add",
        entityType: "product",
        entityId: productId,
        after: { image: { ...row, bytes: image.data.byteLength } },
      });
      return row;
    });
    await refreshStorefront([productId]);
    return created;
  } catch (error) {
    await deleteImageFile(url).catch((cleanup: unknown) =>
      log.warn("could not remove a picture left by a failed upload", { url, ...describeError(cleanup) }),
    );
    throw error;
  }
}
