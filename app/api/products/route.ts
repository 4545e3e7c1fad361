import { listCachedProducts } from "@/lib/catalog/cache";
import { productListQuerySchema } from "@/lib/catalog/schemas";
import { handler } from "@/lib/http/handler";

/** GET /api/products?q=&category=&page=&pageSize=&sort=&minPrice=&maxPrice=&inStock= */
export const GET = handler({ query: productListQuerySchema }, async ({ query }) => listCachedProducts(query));
