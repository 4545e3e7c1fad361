import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/catalog/structured-data";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        // Private or per-shopper pages; search result pages stay crawlable but carry noindex themselves.
        disallow: ["/api/", "/admin", "/account", "/cart", "/checkout", "/login", "/register", "/bench/"],
      },
    ],
    sitemap: absoluteUrl(env.PUBLIC_BASE_URL, "/sitemap.xml"),
  };
}
