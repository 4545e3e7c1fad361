import type { MetadataRoute } from "next";
import { listCachedSitemapEntries } from "@/lib/catalog/cache";
import { absoluteUrl } from "@/lib/catalog/structured-data";
import { env } from "@/lib/env";
import { languageAlternates } from "@/lib/i18n/paths";

// Rendered per request from the (cached) catalog, so a new product is listed as soon as it is active.
// URLs come from PUBLIC_BASE_URL, never from the request's Host header. A single sitemap holds up to 50,000 URLs;
// beyond that, split it with generateSitemaps.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { products, categories } = await listCachedSitemapEntries();
  const url = (path: string) => absoluteUrl(env.PUBLIC_BASE_URL, path);
  // Each page in the shop's own language, with its translations as hreflang alternates.
  const alternates = (path: string) => ({
    languages: Object.fromEntries(
      Object.entries(languageAlternates(path))
        .filter(([language]) => language !== "x-default")
        .map(([language, localized]) => [language, url(localized)]),
    ),
  });
  const newest = [...products, ...categories].reduce<Date | undefined>(
    (latest, e) => (!latest || e.updatedAt > latest ? e.updatedAt : latest),
    undefined,
  );
  return [
    { url: url("/"), lastModified: newest, changeFrequency: "daily", priority: 1, alternates: alternates("/") },
    ...categories.map((c) => ({
      url: url(`/categories/${c.slug}`),
      alternates: alternates(`/categories/${c.slug}`),
      lastModified: c.updatedAt,
      changeFrequency: "daily" as const,
      priority: 0.8,
    })),
    ...products.map((p) => ({
      url: url(`/products/${p.slug}`),
      alternates: alternates(`/products/${p.slug}`),
      lastModified: p.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
  ];
}
