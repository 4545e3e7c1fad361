import { listProducts } from "@/lib/catalog/list-products";
import { productListQuerySchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";

/** GET /api/products?q=&category=&page=&pageSize=&sort=&minPrice=&maxPrice=&inStock= */
export const GET = handler({ query: productListQuerySchema }, async ({ query }) => listProducts(db, query));
