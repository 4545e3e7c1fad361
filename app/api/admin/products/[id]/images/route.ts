import { addProductImage } from "@/lib/catalog-admin/add-product-image";
import { idParams, imageUploadSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { bodyLimits } from "@/lib/http/body-limits";
import { readMultipartForm } from "@/lib/http/read-body";

/** Uploads a picture (multipart/form-data: `file`, and `alt`, its text alternative). */
export const POST = adminHandler({ access: "write", params: idParams }, async ({ request, params, actor }) => {
  const form = await readMultipartForm(request, bodyLimits.upload.maxBytes);
  const { file, alt } = imageUploadSchema.parse({
    file: form.get("file") ?? undefined,
    alt: form.get("alt") ?? undefined,
  });
  const image = await addProductImage(db, actor, params.id, { alt, bytes: new Uint8Array(await file.arrayBuffer()) });
  return Response.json(image, { status: 201 });
});
