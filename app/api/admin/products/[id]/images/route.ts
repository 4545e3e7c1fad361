import { addProductImage } from "@/lib/catalog-admin/add-product-image";
import { idParams, imageUploadSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { adminHandler } from "@/lib/http/admin-handler";
import { readMultipartForm } from "@/lib/http/read-body";

// Room for the multipart framing around the file.
const FORM_OVERHEAD = 64 * 1024;

/** Uploads a picture (multipart/form-data: `file`, and `alt`, its text alternative). */
export const POST = adminHandler({ access: "write", params: idParams }, async ({ request, params, actor }) => {
  const form = await readMultipartForm(request, env.UPLOAD_MAX_IMAGE_BYTES + FORM_OVERHEAD);
  const { file, alt } = imageUploadSchema.parse({
    file: form.get("file") ?? undefined,
    alt: form.get("alt") ?? undefined,
  });
  const image = await addProductImage(db, actor, params.id, { alt, bytes: new Uint8Array(await file.arrayBuffer()) });
  return Response.json(image, { status: 201 });
});
