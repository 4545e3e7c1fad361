import { catalogApiLanguage, catalogApiResponse } from "@/lib/catalog/api-language";
import { listCachedProducts } from "@/lib/catalog/cache";
import { productListApiQuerySchema } from "@/lib/catalog/schemas";
import { handler } from "@/lib/http/handler";

/** GET /api/products?q=&category=&page=&pageSize=&sort=&minPrice=&maxPrice=&inStock=&locale= */
export const GET = handler({ auth: "public", query: productListApiQuerySchema }, async ({ request, query }) => {
  const { locale, ...listing } = query;
  const language = catalogApiLanguage(request, locale);
  return catalogApiResponse(request, await listCachedProducts(listing, language), language);
});
