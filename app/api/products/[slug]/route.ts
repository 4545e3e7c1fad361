import { catalogApiLanguage, catalogApiResponse } from "@/lib/catalog/api-language";
import { getCachedProduct } from "@/lib/catalog/cache";
import { catalogLocaleQuerySchema, productSlugParamsSchema } from "@/lib/catalog/schemas";
import { notFound } from "@/lib/errors";
import { handler } from "@/lib/http/handler";

/** GET /api/products/{slug}?locale= */
export const GET = handler(
  { auth: "public", params: productSlugParamsSchema, query: catalogLocaleQuerySchema },
  async ({ request, params, query }) => {
    const language = catalogApiLanguage(request, query.locale);
    const product = await getCachedProduct(params.slug, language);
    if (!product) throw notFound("The product was not found.");
    return catalogApiResponse(request, product, language);
  },
);
