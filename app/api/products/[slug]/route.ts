import { getCachedProduct } from "@/lib/catalog/cache";
import { productSlugParamsSchema } from "@/lib/catalog/schemas";
import { notFound } from "@/lib/errors";
import { handler } from "@/lib/http/handler";

export const GET = handler({ params: productSlugParamsSchema }, async ({ params }) => {
  const product = await getCachedProduct(params.slug);
  if (!product) throw notFound("The product");
  return product;
});
