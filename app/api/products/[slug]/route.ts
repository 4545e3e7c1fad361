import { getProductBySlug } from "@/lib/catalog/get-product";
import { productSlugParamsSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";

export const GET = handler({ params: productSlugParamsSchema }, async ({ params }) =>
  getProductBySlug(db, params.slug),
);
