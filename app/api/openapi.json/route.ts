import { handler } from "@/lib/http/handler";
import { openApiDocument } from "@/lib/openapi/document";

// Rendered per request so `servers` and the title follow this deployment's PUBLIC_BASE_URL and SHOP_NAME.
export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 description, generated from the schemas the route handlers validate with. */
export const GET = handler({ auth: "public" }, () =>
  Promise.resolve(Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } })),
);
